#include "medialisteditor.h"

#include "distribution/recipientresolver.h"
#include "search/contactfilter.h"
#include "storage/contactrepository.h"
#include "storage/medialistrepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pressdesk {

MediaListEditor::MediaListEditor(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mediaListEditor"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("listHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("listName"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("listDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(60);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("listFilter"));
    m_filter->setPlaceholderText(tr("lang:es beat:economy country:Guatemala"));
    m_filter->setToolTip(tr("Who joins the list by themselves: words, \"phrases\", a OR b, -excluded, and "
                            "name: outlet: role: beat: lang: country: email:"));
    m_filterNotes = new QLabel(this);
    m_filterNotes->setObjectName(QStringLiteral("listFilterNotes"));
    m_filterNotes->setWordWrap(true);
    m_filterNotes->hide();
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Saved filter:"), m_filter);
    form->addRow(QString(), m_filterNotes);
    layout->addLayout(form);

    auto *membersLabel = new QLabel(tr("Added by hand:"), this);
    m_memberList = new QListWidget(this);
    m_memberList->setObjectName(QStringLiteral("listMembers"));
    m_memberList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_memberList->setMaximumHeight(110);
    membersLabel->setBuddy(m_memberList);
    m_removeMember = new QPushButton(tr("Remove from List"), this);
    m_removeMember->setObjectName(QStringLiteral("listRemoveMember"));
    layout->addWidget(membersLabel);
    layout->addWidget(m_memberList);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addStretch();
    memberButtons->addWidget(m_removeMember);
    layout->addLayout(memberButtons);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("listCounts"));
    layout->addWidget(m_counts);
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("listPreview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setHeaderLabels({ tr("Name"), tr("E-mail"), tr("Languages"), tr("Note") });
    m_preview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setAccessibleName(tr("Who is on the list now"));
    layout->addWidget(m_preview, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("listError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("Save List"), this);
    m_save->setObjectName(QStringLiteral("listSave"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &MediaListEditor::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &MediaListEditor::save);
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem *item : m_memberList->selectedItems())
            m_members.removeAll(item->data(Qt::UserRole).toLongLong());
        showMembers();
        updatePreview();
    });
    startNew();
}

void MediaListEditor::startNew()
{
    setList(MediaList {});
}

bool MediaListEditor::load(qint64 id)
{
    MediaListRepository repository(m_database);
    const std::optional<MediaList> list = repository.load(id);
    if (!list)
        return false;
    setList(*list);
    return true;
}

void MediaListEditor::setList(const MediaList &list)
{
    m_list = list;
    m_members = list.memberIds;
    m_heading->setText(list.id == 0 ? tr("New media list") : list.name);
    m_name->setText(list.name);
    m_description->setPlainText(list.description);
    const QSignalBlocker blocker(m_filter);
    m_filter->setText(list.filter);
    m_error->hide();
    showMembers();
    updatePreview();
}

void MediaListEditor::showMembers()
{
    m_memberList->clear();
    ContactRepository contacts(m_database);
    for (qint64 id : std::as_const(m_members)) {
        const std::optional<MediaContact> contact = contacts.load(id);
        if (!contact)
            continue;
        auto *item = new QListWidgetItem(
            contact->email.isEmpty() ? contact->name : QStringLiteral("%1 <%2>").arg(contact->name, contact->email),
            m_memberList);
        item->setData(Qt::UserRole, id);
    }
    m_removeMember->setEnabled(!m_members.isEmpty());
}

MediaList MediaListEditor::current() const
{
    MediaList list = m_list;
    list.name = m_name->text().simplified();
    list.description = m_description->toPlainText().trimmed();
    list.filter = m_filter->text().trimmed();
    list.memberIds = m_members;
    return list;
}

void MediaListEditor::addMembers(const QList<qint64> &contactIds)
{
    for (qint64 id : contactIds) {
        if (!m_members.contains(id))
            m_members.append(id);
    }
    showMembers();
    updatePreview();
}

void MediaListEditor::updatePreview()
{
    const QStringList notes = ContactFilter::parse(m_filter->text()).notes();
    m_filterNotes->setText(notes.join(QLatin1Char(' ')));
    m_filterNotes->setVisible(!notes.isEmpty());
    m_preview->clear();
    RecipientResolver resolver(m_database);
    QList<RecipientResolver::Exclusion> excluded;
    QString error;
    const auto recipients = resolver.resolveLists(QList<MediaList> { current() }, {}, &excluded, &error);
    if (!recipients) {
        m_counts->setText(error);
        return;
    }
    for (const Recipient &recipient : *recipients) {
        auto *item = new QTreeWidgetItem(m_preview,
            { recipient.name, recipient.email, recipient.languages.join(QStringLiteral(", ")),
                m_members.contains(recipient.contactId) ? tr("added by hand") : tr("found by the filter") });
        item->setData(0, Qt::UserRole, recipient.contactId);
    }
    for (const RecipientResolver::Exclusion &exclusion : std::as_const(excluded)) {
        auto *item =
            new QTreeWidgetItem(m_preview, { exclusion.name, exclusion.email, QString(), exclusion.reasonText() });
        item->setData(0, Qt::UserRole, exclusion.contactId);
        for (int column = 0; column < item->columnCount(); ++column)
            item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_counts->setText(tr("%n recipient(s) now", nullptr, static_cast<int>(recipients->size()))
        + QStringLiteral(" \u00B7 ") + tr("%n left out", nullptr, static_cast<int>(excluded.size())));
}

bool MediaListEditor::save()
{
    MediaList list = current();
    MediaListRepository repository(m_database);
    if (!repository.save(list)) {
        m_error->setText(repository.errorString());
        m_error->show();
        return false;
    }
    setList(list);
    Q_EMIT saved(list.id);
    return true;
}

} // namespace pressdesk
