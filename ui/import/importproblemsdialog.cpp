#include "importproblemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pressdesk {

ImportProblemsDialog::ImportProblemsDialog(const ImportProblems &problems, int importable, QWidget *parent)
    : QDialog(parent)
    , m_problems(problems)
{
    setObjectName(QStringLiteral("importProblemsDialog"));
    setWindowTitle(tr("Import: Records with Problems"));
    const int skipped =
        int(std::count_if(problems.cbegin(), problems.cend(), [](const ImportProblem &p) { return p.skipped; }));

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importProblemsSummary"));
    summary->setWordWrap(true);
    if (importable == 0)
        summary->setText(tr("Nothing can be imported: none of the records can be read. Here is why."));
    else if (skipped > 0)
        summary->setText(tr("%n record(s) can be imported.", nullptr, importable) + QLatin1Char(' ')
            + tr("%n record(s) cannot and will be left out; nothing is written until you choose Import the Others.",
                nullptr, skipped));
    else
        summary->setText(tr("All %n record(s) can be imported, but some were changed on the way. Check them "
                            "before you import.",
            nullptr, importable));

    m_list = new QTableWidget(int(problems.size()), 4, this);
    m_list->setObjectName(QStringLiteral("importProblemsList"));
    m_list->setAccessibleName(tr("Records with problems"));
    m_list->setHorizontalHeaderLabels({ tr("File"), tr("Line"), tr("What happens"), tr("Why") });
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(true); // long reasons wrap in their column instead of being cut
    m_list->setTextElideMode(Qt::ElideNone);
    const QIcon skippedIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (int row = 0; row < problems.size(); ++row) {
        const ImportProblem &problem = problems.at(row);
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(column == 0 ? problem.file : problem.message);
            item->setTextAlignment(column == 1 ? Qt::AlignRight | Qt::AlignTop : Qt::AlignLeft | Qt::AlignTop);
            m_list->setItem(row, column, item);
            return item;
        };
        cell(0, QFileInfo(problem.file).fileName());
        cell(1, problem.line > 0 ? QString::number(problem.line) : QString());
        cell(2, problem.skipped ? tr("Left out") : tr("Imported, changed"))
            ->setIcon(problem.skipped ? skippedIcon : warningIcon);
        cell(3, problem.message);
    }
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    auto *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyProblemsButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(listText()); });
    if (importable > 0) {
        QPushButton *import =
            buttons->addButton(skipped > 0 ? tr("&Import the Others") : tr("&Import"), QDialogButtonBox::AcceptRole);
        import->setObjectName(QStringLiteral("importOthersButton"));
        import->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelImportButton"));
    } else {
        buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("cancelImportButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

QString ImportProblemsDialog::listText() const
{
    QStringList lines;
    for (const ImportProblem &problem : m_problems)
        lines.append(problem.line > 0
                ? QStringLiteral("%1:%2: %3").arg(problem.file).arg(problem.line).arg(problem.message)
                : problem.text());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pressdesk
