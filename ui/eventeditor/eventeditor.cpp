#include "eventeditor.h"

#include "domain/domainjson.h"
#include "domain/domainjsonreader.h"
#include "editor/fieldtext.h"
#include "editor/problempresenter.h"
#include "editor/statecommand.h"
#include "i18n/countrylist.h"
#include "models/organizationlistmodel.h"
#include "models/speakerlistmodel.h"
#include "preferences/preferences.h"
#include "search/searchquery.h"
#include "storage/eventrepository.h"
#include "storage/releaserepository.h"
#include "ui_eventeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QJsonArray>
#include <QTimeZone>
#include <QUndoStack>

namespace pressdesk {

namespace {

QString organizationRoleLabel(OrganizationRole role)
{
    switch (role) {
    case OrganizationRole::Organizer:
        return EventEditor::tr("Organizer");
    case OrganizationRole::CoOrganizer:
        return EventEditor::tr("Co-organizer");
    case OrganizationRole::Funder:
        return EventEditor::tr("Funder");
    case OrganizationRole::Partner:
        return EventEditor::tr("Partner");
    }
    return {};
}

QString speakerRoleLabel(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Keynote:
        return EventEditor::tr("Keynote");
    case SpeakerRole::Panelist:
        return EventEditor::tr("Panelist");
    case SpeakerRole::Host:
        return EventEditor::tr("Host");
    }
    return {};
}

} // namespace

EventEditor::EventEditor(Database &database, QWidget *parent)
    : EditorPage(database, Entity::Event, parent)
    , m_ui(std::make_unique<Ui::EventEditor>())
{
    m_ui->setupUi(this);
    // The fields are as wide as their minimum's text: Qt's default minimum (year 100) is
    // narrower than a real date in numeric formats (Spanish, French).
    m_ui->startEdit->setMinimumDate(QDate(1900, 1, 1));
    m_ui->endEdit->setMinimumDate(QDate(1900, 1, 1));
    setFirstField(m_ui->nameEdit);
    setObjectName(QStringLiteral("eventEditor"));
    m_problems = new ProblemPresenter(m_ui->problemList, this);
    m_problems->addField(QStringLiteral("name"), m_ui->nameEdit);
    m_problems->addField(QStringLiteral("start"), m_ui->startEdit);
    m_problems->addField(QStringLiteral("end"), m_ui->endEdit);
    m_problems->addField(QStringLiteral("time_zone"), m_ui->timeZoneCombo);
    m_problems->addField(QStringLiteral("online_url"), m_ui->onlineUrlEdit);
    connect(m_problems, &ProblemPresenter::fieldActivated, this, [this](QWidget *field) {
        for (int page = 0; page < m_ui->pagesTabs->count(); ++page) {
            if (m_ui->pagesTabs->widget(page)->isAncestorOf(field))
                m_ui->pagesTabs->setCurrentIndex(page);
        }
    });

    for (EventFormat format : { EventFormat::InPerson, EventFormat::Online, EventFormat::Hybrid })
        m_ui->formatCombo->addItem(formatLabel(format), formatKey(format));
    QStringList zones;
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(zone));
    m_ui->timeZoneCombo->addItems(zones);
    m_ui->timeZoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->timeZoneCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->timeZoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto *countries = new QCompleter(CountryList::names(), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->countryEdit->setCompleter(countries);

    for (QTableWidget *table : { m_ui->organizationsTable, m_ui->speakersTable }) {
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_ui->organizationsTable->setHorizontalHeaderLabels({ tr("Organization"), tr("Role") });
    m_ui->speakersTable->setHorizontalHeaderLabels({ tr("Speaker"), tr("Role") });

    m_speakerModel = new SpeakerListModel(database, this);
    m_ui->speakerPicker->setSource(
        m_speakerModel, [this](const QString &text) { m_speakerModel->setSearch(SearchQuery::parse(text)); });
    m_organizationModel = new OrganizationListModel(database, this);
    m_ui->organizationPicker->setSource(m_organizationModel);
    connect(m_ui->organizationPicker, &RecordPicker::picked, this, [this](qint64 id, const QString &name) {
        pushLinks(tr("Add organization"), [&] { m_organizations.append({ id, OrganizationRole::Organizer, name }); });
        m_ui->organizationPicker->clear();
    });
    connect(m_ui->speakerPicker, &RecordPicker::picked, this, [this](qint64 id, const QString &name) {
        pushLinks(tr("Add speaker"), [&] { m_speakers.append({ id, SpeakerRole::Panelist, name }); });
        m_ui->speakerPicker->clear();
    });
    removeOnDelete(m_ui->organizationsTable, [this] { m_ui->removeOrganizationButton->click(); });
    removeOnDelete(m_ui->speakersTable, [this] { m_ui->removeSpeakerButton->click(); });
    connect(m_ui->removeOrganizationButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->organizationsTable->currentRow();
        if (row >= 0 && row < m_organizations.size())
            pushLinks(tr("Remove organization"), [&] { m_organizations.removeAt(row); });
    });
    connect(m_ui->removeSpeakerButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->speakersTable->currentRow();
        if (row >= 0 && row < m_speakers.size())
            pushLinks(tr("Remove speaker"), [&] { m_speakers.removeAt(row); });
    });

    for (QLineEdit *edit :
        { m_ui->nameEdit, m_ui->editionEdit, m_ui->venueEdit, m_ui->cityEdit, m_ui->countryEdit, m_ui->onlineUrlEdit })
        connect(edit, &QLineEdit::textChanged, this, &EventEditor::fieldChanged);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &EventEditor::fieldChanged);
    connect(m_ui->allDayCheck, &QCheckBox::toggled, this, &EventEditor::fieldChanged);
    connect(m_ui->hasEndCheck, &QCheckBox::toggled, this, &EventEditor::fieldChanged);
    // The end follows the start, keeping the event's length: moving a two-day congress by a
    // week moves both days (the end was left behind, or before the start).
    connect(m_ui->startEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        if (!isLoading() && m_shownStart.isValid()) {
            const qint64 moved = m_shownStart.secsTo(start);
            QSignalBlocker blocker(m_ui->endEdit);
            m_ui->endEdit->setDateTime(std::max(m_ui->endEdit->dateTime().addSecs(moved), start));
        }
        m_shownStart = start;
    });
    connect(m_ui->startEdit, &QDateTimeEdit::dateTimeChanged, this, &EventEditor::fieldChanged);
    connect(m_ui->endEdit, &QDateTimeEdit::dateTimeChanged, this, &EventEditor::fieldChanged);
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, &EventEditor::fieldChanged);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &EventEditor::fieldChanged);
    connect(m_ui->releasesList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(Entity::Release, item->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &EventEditor::save);
    connect(this, &EditorPage::modifiedChanged, this, &EventEditor::updateStateLabel);
    connect(undoStack(), &QUndoStack::indexChanged, this, [this] { updateModified(); });
}

EventEditor::~EventEditor()
{
    disconnectChildren();
}

void EventEditor::startNew()
{
    Event event;
    event.start = QDateTime(QDate::currentDate().addDays(30), QTime(9, 0));
    event.timeZone = Preferences::defaultTimeZone();
    setEvent(event);
    markClean();
}

bool EventEditor::load(qint64 id)
{
    const auto event = EventRepository(database()).load(id);
    if (!event)
        return false;
    setEvent(*event);
    undoStack()->clear();
    markClean();
    return true;
}

QString EventEditor::title() const
{
    const QString name = m_ui->nameEdit->text().simplified();
    QString shown = name.isEmpty() ? tr("New event") : name;
    if (shown.size() > 32)
        shown = shown.left(30) + QStringLiteral("…");
    return shown;
}

void EventEditor::setEvent(const Event &event)
{
    setLoading(true);
    m_event = event;
    FieldText::set(m_ui->nameEdit, event.name);
    FieldText::set(m_ui->editionEdit, event.edition);
    FieldText::set(m_ui->descriptionEdit, event.description);
    m_ui->allDayCheck->setChecked(event.allDay);
    const QDateTime start = event.start.isValid() ? event.start : QDateTime(QDate::currentDate(), QTime(9, 0));
    m_ui->startEdit->setDateTime(QDateTime(start.date(), start.time()));
    m_shownStart = m_ui->startEdit->dateTime();
    m_ui->hasEndCheck->setChecked(event.end.isValid());
    const QDateTime end = event.end.isValid() ? event.end : start.addSecs(8 * 3600);
    m_ui->endEdit->setDateTime(QDateTime(end.date(), end.time()));
    m_ui->timeZoneCombo->setCurrentText(event.timeZone);
    m_ui->formatCombo->setCurrentIndex(std::max(0, m_ui->formatCombo->findData(formatKey(event.format))));
    FieldText::set(m_ui->venueEdit, event.venue);
    FieldText::set(m_ui->cityEdit, event.city);
    FieldText::set(m_ui->countryEdit, event.country);
    FieldText::set(m_ui->onlineUrlEdit, event.onlineUrl);
    m_organizations = event.organizations;
    m_speakers = event.speakers;
    refreshTables();
    m_ui->releasesList->clear();
    if (event.id > 0) {
        for (const Release &release : ReleaseRepository(database()).linkingEvent(event.id)) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 \u00B7 %2").arg(release.releaseDate.toString(Qt::ISODate), release.headline),
                m_ui->releasesList);
            item->setData(Qt::UserRole, release.id);
        }
    }
    m_ui->pagesTabs->setTabText(2, tr("Releases (%1)").arg(m_ui->releasesList->count()));
    setLoading(false);
    updateFormat();
    m_problems->clear();
    updateStateLabel();
    Q_EMIT titleChanged();
}

Event EventEditor::current() const
{
    Event event = m_event;
    event.name = m_ui->nameEdit->text().simplified();
    event.edition = m_ui->editionEdit->text().trimmed();
    event.description = m_ui->descriptionEdit->toPlainText();
    event.allDay = m_ui->allDayCheck->isChecked();
    event.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    const QTimeZone zone(event.timeZone.toUtf8());
    auto moment = [&](const QDateTime &wall) {
        const QTime time = event.allDay ? QTime(0, 0) : wall.time();
        return zone.isValid() ? QDateTime(wall.date(), time, zone) : QDateTime(wall.date(), time, Qt::UTC);
    };
    event.start = moment(m_ui->startEdit->dateTime());
    event.end = m_ui->hasEndCheck->isChecked() ? moment(m_ui->endEdit->dateTime()) : QDateTime();
    event.format = formatFromKey(m_ui->formatCombo->currentData().toString()).value_or(EventFormat::InPerson);
    const bool place = event.format != EventFormat::Online;
    const bool link = event.format != EventFormat::InPerson;
    event.venue = place ? m_ui->venueEdit->text().trimmed() : QString();
    event.city = place ? m_ui->cityEdit->text().trimmed() : QString();
    event.country = place ? m_ui->countryEdit->text().trimmed() : QString();
    event.onlineUrl = link ? m_ui->onlineUrlEdit->text().trimmed() : QString();
    event.organizations = m_organizations;
    event.speakers = m_speakers;
    return event;
}

QJsonObject EventEditor::state() const
{
    QJsonObject object = json::event(current());
    object.remove(QStringLiteral("updated_at"));
    return object;
}

void EventEditor::restoreState(const QJsonObject &state)
{
    Event restored = json::eventFromJson(state);
    restored.id = m_event.id;
    restored.createdAt = m_event.createdAt;
    restored.version = m_event.version;
    setEvent(restored);
    updateModified();
}

bool EventEditor::save()
{
    Event event = current();
    const ValidationIssues issues = event.validate();
    m_problems->show(issues);
    if (!issues.isEmpty())
        return false;
    EventRepository repository(database());
    if (!repository.save(event)) {
        m_problems->show({ { QString(), repository.errorString() } });
        return false;
    }
    load(event.id);
    Q_EMIT saved(Entity::Event, event.id);
    return true;
}

void EventEditor::fieldChanged()
{
    if (isLoading())
        return;
    updateFormat();
    // The end-before-start rule is checked as the dates change; other problems show
    // after a save attempt and then follow the edits.
    const ValidationIssues issues = current().validate();
    const bool endProblem = std::any_of(issues.cbegin(), issues.cend(),
        [](const ValidationIssue &issue) { return issue.field == QLatin1String("end"); });
    if (endProblem || m_ui->problemList->count() > 0)
        m_problems->show(issues);
    updateModified();
    Q_EMIT titleChanged();
}

void EventEditor::updateFormat()
{
    const auto format = formatFromKey(m_ui->formatCombo->currentData().toString()).value_or(EventFormat::InPerson);
    const bool place = format != EventFormat::Online;
    const bool link = format != EventFormat::InPerson;
    for (QWidget *widget : { static_cast<QWidget *>(m_ui->venueLabel), static_cast<QWidget *>(m_ui->venueEdit),
             static_cast<QWidget *>(m_ui->cityLabel), static_cast<QWidget *>(m_ui->cityEdit),
             static_cast<QWidget *>(m_ui->countryLabel), static_cast<QWidget *>(m_ui->countryEdit) })
        widget->setVisible(place);
    m_ui->onlineUrlLabel->setVisible(link);
    m_ui->onlineUrlEdit->setVisible(link);
    const bool allDay = m_ui->allDayCheck->isChecked();
    // Translated: month abbreviations are longer in some languages than the field.
    const QString pattern = allDay ? tr("d MMM yyyy") : tr("d MMM yyyy, HH:mm");
    m_ui->startEdit->setDisplayFormat(pattern);
    m_ui->endEdit->setDisplayFormat(pattern);
    m_ui->endEdit->setEnabled(m_ui->hasEndCheck->isChecked());
    m_ui->timeZoneCombo->setEnabled(!allDay);
}

void EventEditor::updateStateLabel()
{
    m_ui->stateLabel->setText(isModified() ? tr("Unsaved changes")
            : m_event.id == 0              ? tr("New event, not saved")
                                           : tr("Saved"));
    m_ui->stateLabel->setStyleSheet(isModified() ? QStringLiteral("font-weight: bold;") : QString());
}

void EventEditor::refreshTables()
{
    m_ui->organizationsTable->setRowCount(static_cast<int>(m_organizations.size()));
    for (int row = 0; row < m_organizations.size(); ++row) {
        m_ui->organizationsTable->setItem(row, 0, new QTableWidgetItem(m_organizations.at(row).organizationName));
        auto *roles = new QComboBox(m_ui->organizationsTable);
        for (OrganizationRole role : { OrganizationRole::Organizer, OrganizationRole::CoOrganizer,
                 OrganizationRole::Funder, OrganizationRole::Partner })
            roles->addItem(organizationRoleLabel(role), organizationRoleKey(role));
        roles->setCurrentIndex(roles->findData(organizationRoleKey(m_organizations.at(row).role)));
        connect(roles, &QComboBox::currentIndexChanged, this, [this, roles, row] {
            if (row < m_organizations.size()) {
                const auto role =
                    organizationRoleFromKey(roles->currentData().toString()).value_or(OrganizationRole::Partner);
                pushLinks(tr("Change role"), [&] { m_organizations[row].role = role; });
            }
        });
        m_ui->organizationsTable->setCellWidget(row, 1, roles);
    }
    m_ui->speakersTable->setRowCount(static_cast<int>(m_speakers.size()));
    for (int row = 0; row < m_speakers.size(); ++row) {
        m_ui->speakersTable->setItem(row, 0, new QTableWidgetItem(m_speakers.at(row).speakerName));
        auto *roles = new QComboBox(m_ui->speakersTable);
        for (SpeakerRole role : { SpeakerRole::Keynote, SpeakerRole::Panelist, SpeakerRole::Host })
            roles->addItem(speakerRoleLabel(role), speakerRoleKey(role));
        roles->setCurrentIndex(roles->findData(speakerRoleKey(m_speakers.at(row).role)));
        connect(roles, &QComboBox::currentIndexChanged, this, [this, roles, row] {
            if (row < m_speakers.size()) {
                const auto role = speakerRoleFromKey(roles->currentData().toString()).value_or(SpeakerRole::Panelist);
                pushLinks(tr("Change role"), [&] { m_speakers[row].role = role; });
            }
        });
        m_ui->speakersTable->setCellWidget(row, 1, roles);
    }
    // The role combos are cell widgets, which ResizeToContents does not measure: the
    // column showed "P" and "H". It takes the widest combo (or the header).
    for (QTableWidget *table : { m_ui->organizationsTable, m_ui->speakersTable }) {
        int width = table->horizontalHeader()->sectionSizeHint(1);
        for (int row = 0; row < table->rowCount(); ++row)
            if (QWidget *combo = table->cellWidget(row, 1))
                width = std::max(width, combo->sizeHint().width());
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
        table->setColumnWidth(1, width);
    }
    m_ui->pagesTabs->setTabText(1, tr("Participants (%1)").arg(m_organizations.size() + m_speakers.size()));
}

QJsonObject EventEditor::links() const
{
    const QJsonObject all = json::event(current());
    return { { QStringLiteral("organizations"), all.value(QLatin1String("organizations")) },
        { QStringLiteral("speakers"), all.value(QLatin1String("speakers")) } };
}

void EventEditor::applyLinks(const QJsonValue &value)
{
    const Event parsed = json::eventFromJson(value.toObject());
    m_organizations = parsed.organizations;
    m_speakers = parsed.speakers;
    // Rebuilding the tables deletes the role combo box that may have triggered this.
    QMetaObject::invokeMethod(
        this, [this] { refreshTables(); }, Qt::QueuedConnection);
    updateModified();
}

void EventEditor::pushLinks(const QString &text, const std::function<void()> &change)
{
    const QJsonObject before = links();
    change();
    undoStack()->push(new StateCommand(text, before, links(), [this](const QJsonValue &value) { applyLinks(value); }));
}

} // namespace pressdesk
