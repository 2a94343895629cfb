#include "conflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pressdesk {

QList<ConflictDialog::Field> ConflictDialog::fields()
{
    return { { "headline", tr("Headline"), &Release::headline },
        { "subheadline", tr("Subheadline"), &Release::subheadline },
        { "dateline_city", tr("Dateline city"), &Release::datelineCity },
        { "dateline_country", tr("Dateline country"), &Release::datelineCountry },
        { "lead", tr("Lead"), &Release::lead }, { "body", tr("Body"), &Release::body },
        { "boilerplate", tr("Boilerplate"), &Release::boilerplate },
        { "notes_to_editors", tr("Notes to editors"), &Release::notesToEditors },
        { "author", tr("Author"), &Release::author } };
}

ConflictDialog::ConflictDialog(const Release &mine, const Release &theirs, QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_theirs(theirs)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed Elsewhere"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This release was saved elsewhere (version %1) after you opened it (version %2). "
                                "Choose what to keep; the other version stays in the history.")
                                 .arg(theirs.version)
                                 .arg(mine.version),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Theirs</b>"), this), 0, 2);
    int row = 1;
    for (const Field &field : fields()) {
        const QString &a = m_mine.*(field.member);
        const QString &b = m_theirs.*(field.member);
        if (a == b)
            continue;
        auto *group = new QButtonGroup(this);
        auto *mineButton = new QRadioButton(a.left(300), this);
        mineButton->setObjectName(QLatin1String(field.key) + QLatin1String("Mine"));
        mineButton->setChecked(true);
        auto *theirsButton = new QRadioButton(b.left(300), this);
        theirsButton->setObjectName(QLatin1String(field.key) + QLatin1String("Theirs"));
        for (QRadioButton *button : { mineButton, theirsButton })
            button->setToolTip(button == mineButton ? a : b);
        group->addButton(mineButton, 0);
        group->addButton(theirsButton, 1);
        grid->addWidget(new QLabel(field.label, this), row, 0, Qt::AlignTop);
        grid->addWidget(mineButton, row, 1, Qt::AlignTop);
        grid->addWidget(theirsButton, row, 2, Qt::AlignTop);
        m_choices.append({ QLatin1String(field.key), group });
        ++row;
    }
    if (m_choices.isEmpty())
        grid->addWidget(
            new QLabel(tr("The texts are the same; other fields (quotes, links, status) differ."), this), row, 0, 1, 3);
    auto *holder = new QWidget(this);
    holder->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Differences"));
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keepMine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton *takeTheirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::AcceptRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    QPushButton *merge = buttons->addButton(tr("Merge As Chosen"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(merge, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Merge;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 460);
}

Release ConflictDialog::merged() const
{
    Release result = m_mine;
    result.version = m_theirs.version;
    if (m_choice == Choice::Merge) {
        for (const Field &field : fields()) {
            for (const auto &[key, group] : m_choices) {
                if (key == QLatin1String(field.key) && group->checkedId() == 1)
                    result.*(field.member) = m_theirs.*(field.member);
            }
        }
    }
    return result;
}

} // namespace pressdesk
