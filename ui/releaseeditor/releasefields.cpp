#include "releasefields.h"

#include "editor/fieldtext.h"
#include "editor/problempresenter.h"
#include "editor/richtextedit.h"
#include "editor/richtexteditor.h"
#include "export/releaselabels.h"
#include "i18n/countrylist.h"
#include "i18n/datelinezone.h"
#include "i18n/languagenames.h"
#include "preferences/preferences.h"
#include "releaseeditor.h"
#include "services/releaseservice.h"
#include "services/workflowpolicy.h"
#include "spelling/spellcheckgroup.h"
#include "spelling/spellingservice.h"
#include "spelling/spellingvariant.h"
#include "storage/releaserepository.h"
#include "storage/teamrepository.h"
#include "ui_releaseeditor.h"
#include "widgets/themecolors.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTimeZone>

namespace pressdesk {

namespace {

constexpr int headlineWarningLength = 100;

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    return tags;
}

} // namespace

ReleaseFields::ReleaseFields(Ui::ReleaseEditor &ui, Database &database, QWidget *editor)
    : m_ui(ui)
    , m_database(database)
    , m_editor(editor)
{
    // As wide as a real date (see EventEditor).
    ui.embargoDateTimeEdit->setMinimumDate(QDate(1900, 1, 1));
    for (ReleaseStatus status : allStatuses())
        ui.statusCombo->addItem(statusLabel(status), statusKey(status));
    for (const QString &tag : LanguageNames::commonTags())
        ui.languageCombo->addItem(LanguageNames::displayName(tag), tag);
    ui.languageCombo->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(zone));
    ui.embargoTimeZoneCombo->addItems(zones);
    ui.embargoTimeZoneCombo->setInsertPolicy(QComboBox::NoInsert);
    ui.embargoTimeZoneCombo->completer()->setFilterMode(Qt::MatchContains);
    ui.embargoTimeZoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    ui.languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ui.embargoTimeZoneCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *countries = new QCompleter(CountryList::names(), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    ui.datelineCountryEdit->setCompleter(countries);
    setupTagCompletion();
    // The Body label's buddy is the editor; its text field inside is what takes focus.
    ui.bodyEditor->edit()->setAccessibleName(ui.bodyLabel->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

void ReleaseFields::setupTagCompletion()
{
    // Completion of the word being typed after the last comma.
    auto *tagCompleter = new QCompleter(new QStringListModel(this), this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    tagCompleter->setWidget(m_ui.tagsEdit);
    connect(m_ui.tagsEdit, &QLineEdit::textEdited, this, [this, tagCompleter](const QString &text) {
        auto *model = static_cast<QStringListModel *>(tagCompleter->model());
        if (model->rowCount() == 0)
            model->setStringList(ReleaseRepository(m_database).tags());
        const QString last = text.section(QLatin1Char(','), -1).trimmed();
        if (last.isEmpty()) {
            tagCompleter->popup()->hide();
            return;
        }
        tagCompleter->setCompletionPrefix(last);
        tagCompleter->complete();
    });
    connect(tagCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &tag) {
        QStringList tags = m_ui.tagsEdit->text().split(QLatin1Char(','));
        tags.removeLast();
        for (QString &existing : tags)
            existing = existing.trimmed();
        tags.append(tag);
        m_ui.tagsEdit->setText(tags.join(QLatin1String(", ")) + QLatin1String(", "));
    });
}

void ReleaseFields::addProblemFields(ProblemPresenter &problems) const
{
    problems.addField(QStringLiteral("headline"), m_ui.headlineEdit);
    problems.addField(QStringLiteral("subheadline"), m_ui.subheadlineEdit);
    problems.addField(QStringLiteral("dateline_city"), m_ui.datelineCityEdit);
    problems.addField(QStringLiteral("dateline_country"), m_ui.datelineCountryEdit);
    problems.addField(QStringLiteral("release_date"), m_ui.releaseDateEdit);
    problems.addField(QStringLiteral("status"), m_ui.statusCombo);
    problems.addField(QStringLiteral("embargo_until"), m_ui.embargoDateTimeEdit);
    problems.addField(QStringLiteral("embargo_time_zone"), m_ui.embargoTimeZoneCombo);
    problems.addField(QStringLiteral("language"), m_ui.languageCombo);
    problems.addField(QStringLiteral("tags"), m_ui.tagsEdit);
    problems.addField(QStringLiteral("author"), m_ui.authorEdit);
    problems.addField(QStringLiteral("lead"), m_ui.leadEdit);
    problems.addField(QStringLiteral("body"), m_ui.bodyEditor->edit());
    problems.addField(QStringLiteral("quotes["), m_ui.quotesList);
    problems.addField(QStringLiteral("boilerplate"), m_ui.boilerplateEdit);
    problems.addField(QStringLiteral("notes_to_editors"), m_ui.notesEdit);
}

void ReleaseFields::show(const Release &release)
{
    Ui::ReleaseEditor &ui = m_ui;
    FieldText::set(ui.headlineEdit, release.headline);
    FieldText::set(ui.subheadlineEdit, release.subheadline);
    FieldText::set(ui.datelineCityEdit, release.datelineCity);
    FieldText::set(ui.datelineCountryEdit, release.datelineCountry);
    ui.releaseDateEdit->setDate(release.releaseDate.isValid() ? release.releaseDate : QDate::currentDate());
    ui.statusCombo->setCurrentIndex(std::max(0, ui.statusCombo->findData(statusKey(release.status))));
    limitStatusMoves(release);
    const int language = ui.languageCombo->findData(release.language);
    if (language >= 0)
        ui.languageCombo->setCurrentIndex(language);
    else
        ui.languageCombo->setEditText(LanguageNames::displayName(release.language));
    ui.embargoCheck->setChecked(release.isEmbargoed());
    const QString zone = release.embargoTimeZone.isEmpty() ? Preferences::defaultTimeZone() : release.embargoTimeZone;
    ui.embargoTimeZoneCombo->setCurrentText(zone);
    const QTimeZone timeZone(zone.toUtf8());
    const QDateTime embargo = release.isEmbargoed()
        ? release.embargoUntil.toTimeZone(timeZone.isValid() ? timeZone : QTimeZone::utc())
        : QDateTime(ui.releaseDateEdit->date(), QTime(9, 0));
    ui.embargoDateTimeEdit->setDateTime(QDateTime(embargo.date(), embargo.time()));
    FieldText::set(ui.tagsEdit, release.tags.join(QLatin1String(", ")));
    FieldText::set(ui.authorEdit, release.author);
    FieldText::set(ui.leadEdit, release.lead);
    ui.bodyEditor->setMarkdown(release.body);
    FieldText::set(ui.boilerplateEdit, release.boilerplate);
    FieldText::set(ui.notesEdit, release.notesToEditors);
}

void ReleaseFields::read(Release &release) const
{
    const Ui::ReleaseEditor &ui = m_ui;
    release.headline = ui.headlineEdit->text();
    release.subheadline = ui.subheadlineEdit->text();
    release.datelineCity = ui.datelineCityEdit->text();
    release.datelineCountry = ui.datelineCountryEdit->text();
    release.releaseDate = ui.releaseDateEdit->date();
    release.status = statusFromKey(ui.statusCombo->currentData().toString()).value_or(ReleaseStatus::Draft);
    const int languageIndex = ui.languageCombo->findText(ui.languageCombo->currentText());
    release.language = languageIndex >= 0 ? ui.languageCombo->itemData(languageIndex).toString()
                                          : LanguageNames::tagFromDisplay(ui.languageCombo->currentText());
    if (ui.embargoCheck->isChecked()) {
        release.embargoTimeZone = ui.embargoTimeZoneCombo->currentText().trimmed();
        const QTimeZone zone(release.embargoTimeZone.toUtf8());
        const QDateTime wall = ui.embargoDateTimeEdit->dateTime();
        release.embargoUntil = QDateTime(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone::utc()).toUTC();
    } else {
        release.embargoUntil = {};
        release.embargoTimeZone.clear();
    }
    release.tags = splitTags(ui.tagsEdit->text());
    release.author = ui.authorEdit->text();
    release.lead = ui.leadEdit->toPlainText();
    release.body = ui.bodyEditor->markdown();
    release.boilerplate = ui.boilerplateEdit->toPlainText();
    release.notesToEditors = ui.notesEdit->toPlainText();
}

void ReleaseFields::updateHeadlineCount()
{
    const int length = static_cast<int>(m_ui.headlineEdit->text().size());
    m_ui.headlineCountLabel->setText(QStringLiteral("%1/%2").arg(length).arg(headlineWarningLength));
    QString style;
    QString tip = ReleaseEditor::tr("Headlines read best under %1 characters.").arg(headlineWarningLength);
    const QPalette palette = m_editor->palette();
    if (length > Release::maxHeadlineLength) {
        style = QStringLiteral("color: %1; font-weight: bold;").arg(ThemeColors::errorText(palette).name());
        tip = ReleaseEditor::tr("Too long: at most %1 characters are allowed.").arg(Release::maxHeadlineLength);
    } else if (length > headlineWarningLength) {
        style = QStringLiteral("color: %1; font-weight: bold;").arg(ThemeColors::warningText(palette).name());
        tip = ReleaseEditor::tr("Long: headlines read best under %1 characters.").arg(headlineWarningLength);
    }
    m_ui.headlineCountLabel->setStyleSheet(style);
    m_ui.headlineCountLabel->setToolTip(tip);
}

void ReleaseFields::updateEmbargo()
{
    const bool on = m_ui.embargoCheck->isChecked();
    m_ui.embargoDateTimeEdit->setEnabled(on);
    m_ui.embargoTimeZoneCombo->setEnabled(on);
    Release release;
    read(release);
    const ReleaseLabels labels = ReleaseLabels::forLanguage(release.language);
    m_ui.embargoPreviewLabel->setText(release.isEmbargoed()
            ? labels.embargoedUntil(release.embargoUntil, release.embargoTimeZone)
            : labels.immediateRelease());
}

void ReleaseFields::limitStatusMoves(const Release &release)
{
    auto *model = qobject_cast<QStandardItemModel *>(m_ui.statusCombo->model());
    if (!model)
        return;
    TeamRepository team(m_database);
    if (m_role.isEmpty()) {
        m_person = team.currentUser();
        m_role = team.currentRole();
    }
    const WorkflowPolicy policy(m_role, m_person);
    const QString creator = release.id > 0 ? team.createdBy(release.id) : m_person;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStandardItem *item = model->item(row);
        const std::optional<ReleaseStatus> status = statusFromKey(item->data(Qt::UserRole).toString());
        const QString refusal =
            status && *status != release.status ? policy.moveRefusal(release.status, *status, creator) : QString();
        item->setEnabled(refusal.isEmpty());
        item->setToolTip(refusal);
    }
    m_ui.statusCombo->setToolTip(policy.editRefusal(release.status, creator));
}

void ReleaseFields::connectEdits(const std::function<void()> &changed, const std::function<bool()> &keepEmbargo)
{
    for (QLineEdit *edit : std::initializer_list<QLineEdit *> { m_ui.headlineEdit, m_ui.subheadlineEdit,
             m_ui.datelineCityEdit, m_ui.datelineCountryEdit, m_ui.tagsEdit, m_ui.authorEdit })
        connect(edit, &QLineEdit::textChanged, m_editor, changed);
    for (QPlainTextEdit *edit : { m_ui.leadEdit, m_ui.boilerplateEdit, m_ui.notesEdit })
        connect(edit, &QPlainTextEdit::textChanged, m_editor, changed);
    connect(m_ui.bodyEditor, &RichTextEditor::changed, m_editor, changed);
    connect(m_ui.releaseDateEdit, &QDateEdit::dateChanged, m_editor, changed);
    connect(m_ui.statusCombo, &QComboBox::currentIndexChanged, m_editor, changed);
    connect(m_ui.languageCombo, &QComboBox::currentTextChanged, m_editor, changed);
    // Not today in UTC: "NAIROBI, Kenya" gives Africa/Nairobi.
    connect(m_ui.embargoCheck, &QCheckBox::toggled, m_editor, [this, keepEmbargo](bool on) {
        if (!on || keepEmbargo())
            return;
        const QString zone = DatelineZone::guess(m_ui.datelineCityEdit->text(), m_ui.datelineCountryEdit->text());
        m_ui.embargoTimeZoneCombo->setCurrentText(zone.isEmpty() ? Preferences::defaultTimeZone() : zone);
        m_ui.embargoDateTimeEdit->setDateTime(QDateTime(m_ui.releaseDateEdit->date(), QTime(9, 0)));
    });
    connect(m_ui.embargoCheck, &QCheckBox::toggled, m_editor, changed);
    connect(m_ui.embargoDateTimeEdit, &QDateTimeEdit::dateTimeChanged, m_editor, changed);
    connect(m_ui.embargoTimeZoneCombo, &QComboBox::currentTextChanged, m_editor, changed);
}

void ReleaseFields::setupSpelling()
{
    m_spelling = new SpellCheckGroup(SpellingService::shared(), m_editor);
    m_languageToolTip = m_ui.languageCombo->toolTip();
    m_spelling->attach(m_ui.headlineEdit);
    m_spelling->attach(m_ui.subheadlineEdit);
    m_spelling->attach(m_ui.leadEdit);
    m_spelling->attach(m_ui.bodyEditor->edit());
    m_spelling->attach(m_ui.quoteTextEdit);
    m_spelling->attach(m_ui.attributionEdit);
}

void ReleaseFields::updateSpellingLanguage(const Release &stored)
{
    // "en" is checked as British or American English by our organization's country (or
    // the system's): "Labour" is right at a UN agency in Nairobi.
    const auto organization = ReleaseService(m_database).organizationFor(stored);
    Release shown;
    read(shown);
    const QString language = SpellingVariant::dictionaryTag(
        shown.language, organization ? organization->country : QString(), QLocale::system());
    m_spelling->setLanguage(language);
    // Without a dictionary the fields simply show no underlines; the language says why.
    const QString reason = SpellingService::shared().unavailableReason(language);
    m_ui.languageCombo->setToolTip(
        reason.isEmpty() ? m_languageToolTip : tr("Spell checking is off for this language. %1").arg(reason));
}

} // namespace pressdesk
