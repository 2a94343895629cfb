#include "releaseeditor.h"

#include "conflictdialog.h"
#include "domain/domainjson.h"
#include "domain/domainjsonreader.h"
#include "editor/editorbar.h"
#include "editor/problempresenter.h"
#include "editor/richtextedit.h"
#include "editor/statecommand.h"
#include "firstrun/firstrunassistant.h"
#include "history/historydialog.h"
#include "i18n/languagenames.h"
#include "models/eventlistmodel.h"
#include "models/speakerlistmodel.h"
#include "people/reviewersdialog.h"
#include "preferences/preferences.h"
#include "releaseaccess.h"
#include "releasechangewatch.h"
#include "releasecomments.h"
#include "releasefields.h"
#include "releaselinks.h"
#include "releasepreview.h"
#include "releasequotes.h"
#include "search/searchquery.h"
#include "send/sentrecordview.h"
#include "services/releaseservice.h"
#include "storage/speakerrepository.h"
#include "storage/teamrepository.h"
#include "text/textstatistics.h"
#include "ui_releaseeditor.h"

#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pressdesk {

ReleaseEditor::ReleaseEditor(Database &database, QWidget *parent)
    : EditorPage(database, Entity::Release, parent)
    , m_ui(std::make_unique<Ui::ReleaseEditor>())
{
    m_ui->setupUi(this);
    setFirstField(m_ui->headlineEdit);
    setObjectName(QStringLiteral("releaseEditor"));
    m_problems = new ProblemPresenter(m_ui->problemList, this);
    m_languageChooser = [this] {
        QStringList names;
        for (const QString &tag : LanguageNames::commonTags()) {
            if (tag != current().language)
                names.append(LanguageNames::displayName(tag));
        }
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Create Translation"), tr("Translate into:"), names, 0, true, &ok);
        return ok ? LanguageNames::tagFromDisplay(chosen) : QString();
    };
    // Who got which version of this release (and its translations), when and in what state.
    m_sentRecord = SentRecordView::addPage(m_ui->pagesTabs, database, tr("Sent"));
    setupFields();
    setupTeamBars();
}

ReleaseEditor::~ReleaseEditor()
{
    m_access->detach();
    disconnectChildren();
}

void ReleaseEditor::setupTeamBars()
{
    m_access = new ReleaseAccess(database(), this, m_ui->mainLayout, [this](bool readOnly) { setReadOnly(readOnly); });
    connect(m_access->changes(), &ReleaseChangeWatch::reloadRequested, this, &ReleaseEditor::reloadFromStore);
    connect(m_access->changes(), &ReleaseChangeWatch::compareRequested, this, &ReleaseEditor::compareWithStore);
    m_reloadChooser = [this] {
        return ReleaseChangeWatch::askReload(this);
    };
}

ReleasePresence *ReleaseEditor::presence() const
{
    return m_access->presence();
}

void ReleaseEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // The pages only: their tabs, the preview and History stay usable for reading.
    for (int page = 0; page < m_ui->pagesTabs->count(); ++page)
        m_ui->pagesTabs->widget(page)->setEnabled(!readOnly);
    m_ui->saveButton->setEnabled(!readOnly);
}

void ReleaseEditor::reloadFromStore()
{
    if (m_release.id == 0)
        return;
    if (isModified()) {
        const ReloadChoice choice = m_reloadChooser();
        if (choice == ReloadChoice::Compare)
            compareWithStore();
        if (choice != ReloadChoice::Reload)
            return;
    }
    load(m_release.id);
}

void ReleaseEditor::compareWithStore()
{
    const auto theirs = ReleaseRepository(database()).load(m_release.id);
    if (!theirs)
        return;
    ConflictDialog dialog(current(), *theirs, this);
    if (dialog.exec() == QDialog::Accepted)
        settleWith(*theirs, dialog);
}

void ReleaseEditor::settleWith(const Release &theirs, const ConflictDialog &dialog)
{
    if (dialog.choice() == ConflictDialog::Choice::TakeTheirs) {
        load(theirs.id);
        return;
    }
    // Theirs becomes what is saved; the form keeps what was chosen of mine, unsaved, so that
    // a save makes a new revision on top of theirs.
    const Release merged = dialog.merged();
    load(theirs.id);
    restoreState(json::release(merged));
}

void ReleaseEditor::setupFields()
{
    Ui::ReleaseEditor &ui = *m_ui;
    m_fields = std::make_unique<ReleaseFields>(ui, database(), this);
    const auto edit = [this](const QString &text, const std::function<void()> &change) {
        pushStructure(text, change);
    };

    auto *quoteSpeakers = new SpeakerListModel(database(), this);
    ui.speakerPicker->setSource(
        quoteSpeakers, [quoteSpeakers](const QString &text) { quoteSpeakers->setSearch(SearchQuery::parse(text)); });
    auto *contactSpeakers = new SpeakerListModel(database(), this);
    ui.contactPicker->setSource(contactSpeakers,
        [contactSpeakers](const QString &text) { contactSpeakers->setSearch(SearchQuery::parse(text)); });
    auto *events = new EventListModel(database(), this);
    ui.eventPicker->setSource(events, [events](const QString &text) { events->setSearch(SearchQuery::parse(text)); });

    m_fields->addProblemFields(*m_problems);
    connect(m_problems, &ProblemPresenter::fieldActivated, this, [this](QWidget *field) {
        for (int page = 0; page < m_ui->pagesTabs->count(); ++page) {
            if (m_ui->pagesTabs->widget(page)->isAncestorOf(field))
                m_ui->pagesTabs->setCurrentIndex(page);
        }
    });

    // Every field: modified state, live checks and the preview; spell checking in the
    // release's language.
    m_fields->connectEdits([this] { fieldChanged(); }, [this] { return isLoading() || m_release.isEmbargoed(); });
    m_fields->setupSpelling();
    connect(ui.languageCombo, &QComboBox::currentTextChanged, this, &ReleaseEditor::updateSpellingLanguage);

    m_quotes = std::make_unique<ReleaseQuotes>(ui, database(), this, edit);
    connect(m_quotes.get(), &ReleaseQuotes::changed, this, &ReleaseEditor::fieldChanged);
    m_links = std::make_unique<ReleaseLinks>(ui, database(), edit);
    removeOnDelete(ui.quotesList, [this] { m_quotes->removeQuote(); });
    removeOnDelete(ui.eventsList, [this] { m_ui->removeEventButton->click(); });
    removeOnDelete(ui.contactsList, [this] { m_ui->removeContactButton->click(); });
    connect(ui.copyBoilerplateButton, &QPushButton::clicked, this, [this] {
        if (m_ui->boilerplateEdit->toPlainText().isEmpty())
            m_ui->boilerplateEdit->setPlainText(organizationBoilerplate());
        m_ui->boilerplateEdit->setFocus();
    });
    m_preview = std::make_unique<ReleasePreview>(ui, database(), this, [this] { return current(); });
    m_comments = std::make_unique<ReleaseComments>(ui, database(), this);

    // Header buttons.
    connect(ui.saveButton, &QPushButton::clicked, this, &ReleaseEditor::save);
    connect(ui.historyButton, &QPushButton::clicked, this, &ReleaseEditor::showHistory);
    connect(ui.duplicateButton, &QPushButton::clicked, this, &ReleaseEditor::duplicate);
    connect(ui.translateButton, &QPushButton::clicked, this, &ReleaseEditor::createTranslation);
    connect(this, &EditorPage::modifiedChanged, this, &ReleaseEditor::updateStateLabel);
    connect(undoStack(), &QUndoStack::indexChanged, this, [this] { updateModified(); });

    ui.editorSplitter->setStretchFactor(0, 3);
    ui.editorSplitter->setStretchFactor(1, 2);
    ui.editorSplitter->setSizes({ 600, 400 });
}

void ReleaseEditor::startNew()
{
    Release release;
    release.language = Preferences::defaultLanguage();
    release.releaseDate = QDate::currentDate();
    release.author = Preferences::author();
    // The media contact set up on the first start signs every new release.
    if (const qint64 contactId = FirstRunAssistant::defaultContact(database()); contactId > 0) {
        if (const auto contact = SpeakerRepository(database()).load(contactId);
            contact && !contact->deletedAt.isValid())
            release.contacts.append({ contact->id, contact->fullName, contact->title, contact->email, contact->phone });
    }
    setRelease(release);
    markClean();
}

bool ReleaseEditor::load(qint64 id)
{
    ReleaseRepository repository(database());
    const auto release = repository.load(id);
    if (!release)
        return false;
    setRelease(*release);
    undoStack()->clear();
    markClean();
    m_access->attach(*release);
    return true;
}

QString ReleaseEditor::title() const
{
    const QString headline = m_ui->headlineEdit->text().simplified();
    QString shown = headline.isEmpty() ? tr("New release") : headline;
    if (shown.size() > 32)
        shown = shown.left(30) + QStringLiteral("…");
    return shown;
}

void ReleaseEditor::setRelease(const Release &release)
{
    setLoading(true);
    m_release = release;
    m_fields->show(release);
    m_quotes->setQuotes(release.quotes);
    m_links->setLinks(release.events, release.contacts);
    const QString orgText = organizationBoilerplate();
    m_ui->boilerplateEdit->setPlaceholderText(orgText.isEmpty()
            ? tr("The organization has no boilerplate; write one for this release here.")
            : tr("Empty: the organization's text is used:\n\n%1").arg(orgText));
    m_ui->historyButton->setEnabled(release.id > 0);
    m_ui->translateButton->setEnabled(release.id > 0);
    m_sentRecord->setRelease(release.id);
    m_comments->setRelease(release.id);
    setLoading(false);
    m_fields->updateHeadlineCount();
    m_fields->updateEmbargo();
    updateSpellingLanguage();
    updatePreviewSources();
    m_problems->clear();
    m_preview->schedule();
    Q_EMIT titleChanged();
    Q_EMIT statusTextChanged();
}

Release ReleaseEditor::current() const
{
    Release release = m_release;
    m_fields->read(release);
    release.quotes = m_quotes->placed(release.body);
    release.events = m_links->events();
    release.contacts = m_links->contacts();
    return release;
}

QJsonObject ReleaseEditor::state() const
{
    QJsonObject object = json::release(current());
    // Timestamps change on every save and say nothing about the edit.
    object.remove(QStringLiteral("updated_at"));
    return object;
}

void ReleaseEditor::restoreState(const QJsonObject &state)
{
    Release restored = json::releaseFromJson(state);
    // The record identity stays the editor's own.
    restored.id = m_release.id;
    restored.uuid = m_release.uuid;
    restored.version = m_release.version;
    restored.createdAt = m_release.createdAt;
    restored.publishedAt = m_release.publishedAt;
    if (restored.translationGroup.isEmpty())
        restored.translationGroup = m_release.translationGroup;
    setRelease(restored);
    m_release = restored;
    updateModified();
}

bool ReleaseEditor::save()
{
    if (m_readOnly) {
        Q_EMIT notice(m_access->readOnlyReason());
        return false;
    }
    Release release = current();
    // Asking for review on a team newsroom: whom, before anything is saved (a file has one
    // person, who reviews their own).
    const bool asksForReview = database().isServer() && release.status == ReleaseStatus::InReview
        && (m_release.id == 0 || m_release.status != ReleaseStatus::InReview);
    QStringList reviewers;
    if (asksForReview) {
        TeamRepository team(database());
        const QStringList candidates = team.possibleReviewers();
        if (m_reviewerChooser) {
            reviewers = m_reviewerChooser(candidates);
        } else {
            ReviewersDialog dialog(candidates, team.reviewers(m_release.id), this);
            if (dialog.exec() == QDialog::Accepted)
                reviewers = dialog.reviewers();
        }
        if (reviewers.isEmpty())
            return false;
    }
    const ReleaseService::ConflictResolver resolver =
        [this](const Release &mine, const Release &theirs) -> std::optional<ReleaseService::Resolution> {
        ConflictDialog dialog(mine, theirs, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return ReleaseService::Resolution { dialog.choice() == ConflictDialog::Choice::TakeTheirs, dialog.merged() };
    };
    const ReleaseService::Result result = ReleaseService(database()).save(release, userName(), resolver);
    if (!result.issues.isEmpty()) {
        m_problems->show(result.issues);
        if (QWidget *field = m_problems->fieldFor(result.issues.constFirst().field))
            Q_EMIT m_problems->fieldActivated(field);
        return false;
    }
    if (!result.ok) {
        m_problems->show({ { QString(), result.error } });
        return false;
    }
    m_problems->clear();
    if (!release.author.isEmpty())
        Preferences::setAuthor(release.author);
    setRelease(release);
    markClean();
    m_access->attach(release);
    if (asksForReview) {
        TeamRepository team(database());
        if (team.requestReview(m_release.id, reviewers))
            Q_EMIT notice(tr("Review requested of %1.").arg(QLocale().createSeparatedList(reviewers)));
        else
            Q_EMIT notice(tr("The release is in review, but its reviewers were not asked: %1").arg(team.errorString()));
    }
    Q_EMIT saved(Entity::Release, m_release.id);
    if (result.returnedToReview)
        Q_EMIT notice(tr("The release was approved and its text changed, so it is back in review: it needs "
                         "approval again before it is published."));
    return true;
}

QString ReleaseEditor::statusText() const
{
    const Release release = current();
    const int words = TextStatistics::wordCount(release.lead + QLatin1Char('\n') + release.body);
    if (words == 0)
        return tr("%n word(s)", nullptr, 0);
    return tr("%n word(s)", nullptr, words) + QStringLiteral(" \u00B7 ")
        + tr("about %n minute(s) to read", nullptr, TextStatistics::readingMinutes(words));
}

void ReleaseEditor::fieldChanged()
{
    if (isLoading())
        return;
    m_fields->updateHeadlineCount();
    m_fields->updateEmbargo();
    validateLive();
    updateModified();
    m_preview->schedule();
    Q_EMIT titleChanged();
    Q_EMIT statusTextChanged();
}

void ReleaseEditor::validateLive()
{
    // Problems already on screen follow the edits; a status change is checked at once, so
    // a release moves forward only when it is valid for where it goes.
    const bool statusMoved = statusFromKey(m_ui->statusCombo->currentData().toString()) != m_release.status;
    if (m_ui->problemList->count() > 0 || statusMoved)
        m_problems->show(current().validate());
}

void ReleaseEditor::changeEvent(QEvent *event)
{
    EditorPage::changeEvent(event);
    // The counter's warning colours come from the palette.
    if (event->type() == QEvent::PaletteChange && m_fields)
        m_fields->updateHeadlineCount();
}

void ReleaseEditor::updateSpellingLanguage()
{
    m_fields->updateSpellingLanguage(m_release);
}

void ReleaseEditor::updateStateLabel()
{
    QString text;
    if (isModified())
        text = tr("Unsaved changes");
    else if (m_release.id == 0)
        text = tr("New release, not saved");
    else
        text = tr("Saved, version %1").arg(m_release.version);
    m_ui->stateLabel->setText(text);
    m_ui->stateLabel->setStyleSheet(isModified() ? QStringLiteral("font-weight: bold;") : QString());
}

void ReleaseEditor::updatePreviewSources()
{
    m_preview->updateSources(m_release);
    updateStateLabel();
}

QString ReleaseEditor::organizationBoilerplate() const
{
    const auto organization = ReleaseService(database()).organizationFor(m_release);
    return organization ? organization->boilerplate : QString();
}

// --- Quotes and links ---------------------------------------------------------------

QJsonObject ReleaseEditor::structure() const
{
    const QJsonObject all = json::release(current());
    return { { QStringLiteral("quotes"), all.value(QLatin1String("quotes")) },
        { QStringLiteral("events"), all.value(QLatin1String("events")) },
        { QStringLiteral("contacts"), all.value(QLatin1String("contacts")) },
        { QStringLiteral("current_quote"), m_quotes->currentQuote() } };
}

void ReleaseEditor::applyStructure(const QJsonValue &value)
{
    const Release parsed = json::releaseFromJson(value.toObject());
    m_quotes->setQuotes(parsed.quotes, value.toObject().value(QLatin1String("current_quote")).toInt(-1));
    m_links->setLinks(parsed.events, parsed.contacts);
    fieldChanged();
}

void ReleaseEditor::pushStructure(const QString &text, const std::function<void()> &change)
{
    m_quotes->syncPlacements();
    const QJsonObject before = structure();
    change();
    const QJsonObject after = structure();
    // The change is already made; the command's first redo() re-applies the same state.
    undoStack()->push(
        new StateCommand(text, before, after, [this](const QJsonValue &value) { applyStructure(value); }));
}

// --- Copies and history ---------------------------------------------------------------

void ReleaseEditor::duplicate()
{
    Release copy = current().duplicated();
    copy.headline = tr("Copy of %1").arg(copy.headline).left(Release::maxHeadlineLength);
    Q_EMIT newReleaseRequested(json::release(copy));
}

void ReleaseEditor::createTranslation()
{
    if (m_release.id == 0 || isModified()) {
        QMessageBox::information(this, tr("Create Translation"),
            tr("Save the release first: the translation starts as a copy of the saved text."));
        return;
    }
    const QString language = m_languageChooser();
    if (language.isEmpty())
        return;
    QString error;
    const qint64 translationId = ReleaseService(database()).createTranslation(m_release, language, userName(), &error);
    if (translationId == 0) {
        QMessageBox::warning(this, tr("Create Translation"), error);
        return;
    }
    updatePreviewSources();
    Q_EMIT saved(Entity::Release, translationId);
    Q_EMIT openRequested(Entity::Release, translationId);
}

void ReleaseEditor::showComments()
{
    m_comments->showPanel();
}

void ReleaseEditor::showHistory()
{
    if (m_release.id == 0)
        return;
    HistoryDialog dialog(database(), m_release.id, this);
    if (dialog.exec() == QDialog::Accepted && dialog.restoredVersion() > 0) {
        load(m_release.id);
        Q_EMIT saved(Entity::Release, m_release.id);
    }
}

} // namespace pressdesk
