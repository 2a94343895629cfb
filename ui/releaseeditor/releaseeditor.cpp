#include "releaseeditor.h"

#include "conflictdialog.h"
#include "domain/attributiontext.h"
#include "domain/domainjson.h"
#include "domain/domainjsonreader.h"
#include "editor/fieldtext.h"
#include "editor/problempresenter.h"
#include "editor/richtextedit.h"
#include "editor/statecommand.h"
#include "export/exportsource.h"
#include "export/markdownrenderer.h"
#include "export/releasedocument.h"
#include "export/releaselabels.h"
#include "export/releaseparts.h"
#include "firstrun/firstrunassistant.h"
#include "history/historydialog.h"
#include "i18n/countrylist.h"
#include "i18n/datelinezone.h"
#include "i18n/languagenames.h"
#include "models/eventlistmodel.h"
#include "models/roles.h"
#include "models/speakerlistmodel.h"
#include "newspeakerdialog.h"
#include "preferences/preferences.h"
#include "quotemarkers.h"
#include "search/searchquery.h"
#include "services/releaseservice.h"
#include "spelling/spellcheckgroup.h"
#include "spelling/spellingservice.h"
#include "spelling/spellingvariant.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "text/bodyblocks.h"
#include "text/textstatistics.h"
#include "ui_releaseeditor.h"
#include "widgets/themecolors.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextDocument>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

namespace pressdesk {

namespace {

constexpr int headlineWarningLength = 100;

QString quoteItemText(const Quote &quote)
{
    const QString speaker = quote.speakerName.isEmpty() ? ReleaseEditor::tr("(no speaker)") : quote.speakerName;
    QString words = quote.text.simplified();
    if (words.size() > 60)
        words = words.left(57) + QStringLiteral("…");
    return words.isEmpty() ? speaker : QStringLiteral("%1\n%2").arg(speaker, words);
}

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

ReleaseEditor::ReleaseEditor(Database &database, QWidget *parent)
    : EditorPage(database, Entity::Release, parent)
    , m_ui(std::make_unique<Ui::ReleaseEditor>())
    , m_previewTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // As wide as a real date (see EventEditor).
    m_ui->embargoDateTimeEdit->setMinimumDate(QDate(1900, 1, 1));
    setFirstField(m_ui->headlineEdit);
    setObjectName(QStringLiteral("releaseEditor"));
    m_problems = new ProblemPresenter(m_ui->problemList, this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(350);
    connect(m_previewTimer, &QTimer::timeout, this, &ReleaseEditor::renderPreview);
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
    setupFields();
}

ReleaseEditor::~ReleaseEditor()
{
    disconnectChildren();
}

void ReleaseEditor::setupFields()
{
    Ui::ReleaseEditor &ui = *m_ui;
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

    auto *countries = new QCompleter(CountryList::names(), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    ui.datelineCountryEdit->setCompleter(countries);

    // Tags: completion of the word being typed after the last comma.
    auto *tagCompleter = new QCompleter(new QStringListModel(this), this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    tagCompleter->setWidget(ui.tagsEdit);
    connect(ui.tagsEdit, &QLineEdit::textEdited, this, [this, tagCompleter](const QString &text) {
        auto *model = static_cast<QStringListModel *>(tagCompleter->model());
        if (model->rowCount() == 0)
            model->setStringList(ReleaseRepository(database()).tags());
        const QString last = text.section(QLatin1Char(','), -1).trimmed();
        if (last.isEmpty()) {
            tagCompleter->popup()->hide();
            return;
        }
        tagCompleter->setCompletionPrefix(last);
        tagCompleter->complete();
    });
    connect(tagCompleter, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &tag) {
        QStringList tags = m_ui->tagsEdit->text().split(QLatin1Char(','));
        tags.removeLast();
        for (QString &existing : tags)
            existing = existing.trimmed();
        tags.append(tag);
        m_ui->tagsEdit->setText(tags.join(QLatin1String(", ")) + QLatin1String(", "));
    });

    m_quoteSpeakers = new SpeakerListModel(database(), this);
    ui.speakerPicker->setSource(
        m_quoteSpeakers, [this](const QString &text) { m_quoteSpeakers->setSearch(SearchQuery::parse(text)); });
    m_contactSpeakers = new SpeakerListModel(database(), this);
    ui.contactPicker->setSource(
        m_contactSpeakers, [this](const QString &text) { m_contactSpeakers->setSearch(SearchQuery::parse(text)); });
    m_eventsModel = new EventListModel(database(), this);
    ui.eventPicker->setSource(
        m_eventsModel, [this](const QString &text) { m_eventsModel->setSearch(SearchQuery::parse(text)); });

    m_problems->addField(QStringLiteral("headline"), ui.headlineEdit);
    m_problems->addField(QStringLiteral("subheadline"), ui.subheadlineEdit);
    m_problems->addField(QStringLiteral("dateline_city"), ui.datelineCityEdit);
    m_problems->addField(QStringLiteral("dateline_country"), ui.datelineCountryEdit);
    m_problems->addField(QStringLiteral("release_date"), ui.releaseDateEdit);
    m_problems->addField(QStringLiteral("status"), ui.statusCombo);
    m_problems->addField(QStringLiteral("embargo_until"), ui.embargoDateTimeEdit);
    m_problems->addField(QStringLiteral("embargo_time_zone"), ui.embargoTimeZoneCombo);
    m_problems->addField(QStringLiteral("language"), ui.languageCombo);
    m_problems->addField(QStringLiteral("tags"), ui.tagsEdit);
    m_problems->addField(QStringLiteral("author"), ui.authorEdit);
    m_problems->addField(QStringLiteral("lead"), ui.leadEdit);
    m_problems->addField(QStringLiteral("body"), ui.bodyEditor->edit());
    m_problems->addField(QStringLiteral("quotes["), ui.quotesList);
    m_problems->addField(QStringLiteral("boilerplate"), ui.boilerplateEdit);
    m_problems->addField(QStringLiteral("notes_to_editors"), ui.notesEdit);
    connect(m_problems, &ProblemPresenter::fieldActivated, this, [this](QWidget *field) {
        for (int page = 0; page < m_ui->pagesTabs->count(); ++page) {
            if (m_ui->pagesTabs->widget(page)->isAncestorOf(field))
                m_ui->pagesTabs->setCurrentIndex(page);
        }
    });

    // Every field: modified state, live checks and the preview.
    for (QLineEdit *edit : std::initializer_list<QLineEdit *> { ui.headlineEdit, ui.subheadlineEdit,
             ui.datelineCityEdit, ui.datelineCountryEdit, ui.tagsEdit, ui.authorEdit })
        connect(edit, &QLineEdit::textChanged, this, &ReleaseEditor::fieldChanged);
    for (QPlainTextEdit *edit : { ui.leadEdit, ui.boilerplateEdit, ui.notesEdit })
        connect(edit, &QPlainTextEdit::textChanged, this, &ReleaseEditor::fieldChanged);
    connect(ui.bodyEditor, &RichTextEditor::changed, this, &ReleaseEditor::fieldChanged);
    connect(ui.releaseDateEdit, &QDateEdit::dateChanged, this, &ReleaseEditor::fieldChanged);
    connect(ui.statusCombo, &QComboBox::currentIndexChanged, this, &ReleaseEditor::fieldChanged);
    connect(ui.languageCombo, &QComboBox::currentTextChanged, this, &ReleaseEditor::fieldChanged);
    // A new embargo starts on the release date at 09:00 where the dateline is (not today in
    // UTC): "NAIROBI, Kenya" gives Africa/Nairobi.
    connect(ui.embargoCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!on || isLoading() || m_release.isEmbargoed())
            return;
        const QString zone = DatelineZone::guess(m_ui->datelineCityEdit->text(), m_ui->datelineCountryEdit->text());
        m_ui->embargoTimeZoneCombo->setCurrentText(zone.isEmpty() ? Preferences::defaultTimeZone() : zone);
        m_ui->embargoDateTimeEdit->setDateTime(QDateTime(m_ui->releaseDateEdit->date(), QTime(9, 0)));
    });
    connect(ui.embargoCheck, &QCheckBox::toggled, this, &ReleaseEditor::fieldChanged);
    connect(ui.embargoDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &ReleaseEditor::fieldChanged);
    connect(ui.embargoTimeZoneCombo, &QComboBox::currentTextChanged, this, &ReleaseEditor::fieldChanged);

    // Spell checking in the release's language.
    m_spelling = new SpellCheckGroup(SpellingService::shared(), this);
    m_languageToolTip = ui.languageCombo->toolTip();
    m_spelling->attach(ui.headlineEdit);
    m_spelling->attach(ui.subheadlineEdit);
    m_spelling->attach(ui.leadEdit);
    m_spelling->attach(ui.bodyEditor->edit());
    m_spelling->attach(ui.quoteTextEdit);
    connect(ui.languageCombo, &QComboBox::currentTextChanged, this, &ReleaseEditor::updateSpellingLanguage);

    // Quotes.
    connect(ui.quotesList, &QListWidget::currentRowChanged, this, &ReleaseEditor::showQuote);
    connect(ui.quotesList->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        // Let the drop finish before rebuilding the list it came from.
        QTimer::singleShot(0, this, &ReleaseEditor::quotesReordered);
    });
    removeOnDelete(ui.quotesList, [this] { removeQuote(); });
    removeOnDelete(ui.eventsList, [this] { m_ui->removeEventButton->click(); });
    removeOnDelete(ui.contactsList, [this] { m_ui->removeContactButton->click(); });
    connect(ui.addQuoteButton, &QPushButton::clicked, this, &ReleaseEditor::addQuote);
    connect(ui.removeQuoteButton, &QPushButton::clicked, this, &ReleaseEditor::removeQuote);
    connect(ui.moveQuoteUpButton, &QPushButton::clicked, this, [this] { moveQuote(-1); });
    connect(ui.moveQuoteDownButton, &QPushButton::clicked, this, [this] { moveQuote(1); });
    connect(ui.speakerPicker, &RecordPicker::picked, this, &ReleaseEditor::speakerPicked);
    connect(ui.newSpeakerButton, &QPushButton::clicked, this, &ReleaseEditor::createSpeaker);
    connect(ui.attributionEdit, &QPlainTextEdit::textChanged, this, &ReleaseEditor::quoteDetailEdited);
    // A title such as "Regional Director for … Tanzania, Kenya, Rwanda and Uganda" needs
    // more than one line to be read whole; it is still printed on one line.
    ui.attributionEdit->setTabChangesFocus(true);
    ui.attributionEdit->setFixedHeight(ui.attributionEdit->fontMetrics().lineSpacing() * 3 + 10);
    ui.attributionEdit->setAccessibleName(tr("Attribution"));
    m_spelling->attach(ui.attributionEdit);
    connect(ui.quoteTextEdit, &QPlainTextEdit::textChanged, this, &ReleaseEditor::quoteDetailEdited);

    // Each quote's place in the body: markers in the body editor (click, drag), actions at
    // the body's cursor, and Alt+Up/Alt+Down in the quote list, which move a quote through
    // the body one paragraph at a time.
    m_markers = new QuoteMarkers(ui.bodyEditor->edit());
    connect(m_markers, &QuoteMarkers::quoteClicked, this, [this](int index) {
        m_ui->quotesList->setCurrentRow(index);
        m_ui->pagesTabs->setCurrentWidget(m_ui->quotesPage);
        m_ui->quotesList->setFocus();
    });
    connect(m_markers, &QuoteMarkers::quoteDropped, this, &ReleaseEditor::placeQuote);
    auto *insertHere = new QAction(tr("Insert Quote Here"), ui.bodyEditor->edit());
    insertHere->setObjectName(QStringLiteral("insertQuoteHereAction"));
    insertHere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    insertHere->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(insertHere, &QAction::triggered, this, [this] { addQuoteAt(m_markers->slotAtCursor()); });
    ui.bodyEditor->edit()->addAction(insertHere);
    auto *moveHere = new QAction(tr("Move the Selected Quote Here"), ui.bodyEditor->edit());
    moveHere->setObjectName(QStringLiteral("moveQuoteHereAction"));
    connect(moveHere, &QAction::triggered, this, [this] {
        if (m_currentQuote >= 0)
            placeQuote(m_currentQuote, m_markers->slotAtCursor());
    });
    ui.bodyEditor->edit()->addAction(moveHere);
    ui.moveQuoteUpButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    ui.moveQuoteDownButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));

    // Links.
    connect(ui.eventPicker, &RecordPicker::picked, this, [this](qint64 id, const QString &name) {
        const bool known =
            std::any_of(m_events.cbegin(), m_events.cend(), [id](const EventRef &e) { return e.id == id; });
        if (!known)
            pushStructure(tr("Link event"), [&] { m_events.append({ id, name }); });
        m_ui->eventPicker->clear();
    });
    connect(ui.removeEventButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->eventsList->currentRow();
        if (row >= 0 && row < m_events.size())
            pushStructure(tr("Unlink event"), [&] { m_events.removeAt(row); });
    });
    connect(ui.contactPicker, &RecordPicker::picked, this, [this](qint64 id, const QString &) {
        const bool known =
            std::any_of(m_contacts.cbegin(), m_contacts.cend(), [id](const ContactRef &c) { return c.id == id; });
        const auto speaker = SpeakerRepository(database()).load(id);
        if (!known && speaker) {
            pushStructure(tr("Add media contact"), [&] {
                m_contacts.append({ id, speaker->fullName, speaker->title, speaker->email, speaker->phone });
            });
        }
        m_ui->contactPicker->clear();
    });
    connect(ui.removeContactButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->contactsList->currentRow();
        if (row >= 0 && row < m_contacts.size())
            pushStructure(tr("Remove media contact"), [&] { m_contacts.removeAt(row); });
    });
    connect(ui.copyBoilerplateButton, &QPushButton::clicked, this, [this] {
        if (m_ui->boilerplateEdit->toPlainText().isEmpty())
            m_ui->boilerplateEdit->setPlainText(organizationBoilerplate());
        m_ui->boilerplateEdit->setFocus();
    });

    // Header buttons.
    connect(ui.saveButton, &QPushButton::clicked, this, &ReleaseEditor::save);
    connect(ui.historyButton, &QPushButton::clicked, this, &ReleaseEditor::showHistory);
    connect(ui.duplicateButton, &QPushButton::clicked, this, &ReleaseEditor::duplicate);
    connect(ui.translateButton, &QPushButton::clicked, this, &ReleaseEditor::createTranslation);
    connect(ui.previewButton, &QPushButton::toggled, ui.previewPanel, &QWidget::setVisible);
    connect(ui.previewSourceCombo, &QComboBox::currentIndexChanged, this, &ReleaseEditor::schedulePreview);
    connect(this, &EditorPage::modifiedChanged, this, &ReleaseEditor::updateStateLabel);
    connect(undoStack(), &QUndoStack::indexChanged, this, [this] { updateModified(); });

    ui.editorSplitter->setStretchFactor(0, 3);
    ui.editorSplitter->setStretchFactor(1, 2);
    ui.editorSplitter->setSizes({ 600, 400 });
    ui.languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ui.embargoTimeZoneCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ui.previewPanel->setVisible(Preferences::releasePreviewVisible());
    ui.previewButton->setChecked(ui.previewPanel->isVisibleTo(this));
    connect(ui.previewButton, &QPushButton::toggled, this, [](bool on) { Preferences::setReleasePreviewVisible(on); });
    ui.quoteDetail->setEnabled(false);
    // The Body label's buddy is the editor; its text field inside is what takes focus.
    ui.bodyEditor->edit()->setAccessibleName(ui.bodyLabel->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    // The preview is the exported page: dark text on paper, whatever the colour scheme.
    QPalette paper = ui.previewBrowser->palette();
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    ui.previewBrowser->setPalette(paper);
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
    Ui::ReleaseEditor &ui = *m_ui;
    FieldText::set(ui.headlineEdit, release.headline);
    FieldText::set(ui.subheadlineEdit, release.subheadline);
    FieldText::set(ui.datelineCityEdit, release.datelineCity);
    FieldText::set(ui.datelineCountryEdit, release.datelineCountry);
    ui.releaseDateEdit->setDate(release.releaseDate.isValid() ? release.releaseDate : QDate::currentDate());
    ui.statusCombo->setCurrentIndex(std::max(0, ui.statusCombo->findData(statusKey(release.status))));
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
    m_quotes = release.quotes;
    m_events = release.events;
    m_contacts = release.contacts;
    m_currentQuote = -1;
    refreshQuoteList();
    refreshLinkLists();
    const QString orgText = organizationBoilerplate();
    ui.boilerplateEdit->setPlaceholderText(orgText.isEmpty()
            ? tr("The organization has no boilerplate; write one for this release here.")
            : tr("Empty: the organization's text is used:\n\n%1").arg(orgText));
    ui.historyButton->setEnabled(release.id > 0);
    ui.translateButton->setEnabled(release.id > 0);
    setLoading(false);
    updateHeadlineCount();
    updateEmbargo();
    updateSpellingLanguage();
    updatePreviewSources();
    m_problems->clear();
    schedulePreview();
    Q_EMIT titleChanged();
    Q_EMIT statusTextChanged();
}

Release ReleaseEditor::current() const
{
    const Ui::ReleaseEditor &ui = *m_ui;
    Release release = m_release;
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
    release.quotes = m_quotes;
    if (m_markers) {
        const QList<int> slots = m_markers->slots();
        const int defaultSlot = ReleaseParts::defaultSlot(MarkdownRenderer(release.body));
        for (qsizetype i = 0; i < release.quotes.size() && i < slots.size(); ++i) {
            Quote &quote = release.quotes[i];
            // A quote at the former default place keeps "after the first paragraph".
            if (quote.placement >= 0 || slots.at(i) != defaultSlot)
                quote.placement = slots.at(i);
        }
    }
    release.events = m_events;
    release.contacts = m_contacts;
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
    Release release = current();
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
    updateHeadlineCount();
    updateEmbargo();
    validateLive();
    updateModified();
    schedulePreview();
    Q_EMIT titleChanged();
    Q_EMIT statusTextChanged();
}

void ReleaseEditor::validateLive()
{
    // Problems already on screen follow the edits; a status change is checked at once, so
    // a release moves forward only when it is valid for where it goes.
    const bool statusMoved = statusFromKey(m_ui->statusCombo->currentData().toString()) != m_release.status;
    if (m_ui->problemList->count() > 0 || statusMoved)
        applyLiveIssues(current().validate());
}

void ReleaseEditor::applyLiveIssues(const ValidationIssues &issues)
{
    m_problems->show(issues);
}

void ReleaseEditor::changeEvent(QEvent *event)
{
    EditorPage::changeEvent(event);
    // The counter's warning colours come from the palette.
    if (event->type() == QEvent::PaletteChange)
        updateHeadlineCount();
}

void ReleaseEditor::updateHeadlineCount()
{
    const int length = static_cast<int>(m_ui->headlineEdit->text().size());
    m_ui->headlineCountLabel->setText(QStringLiteral("%1/%2").arg(length).arg(headlineWarningLength));
    QString style;
    QString tip = tr("Headlines read best under %1 characters.").arg(headlineWarningLength);
    if (length > Release::maxHeadlineLength) {
        style = QStringLiteral("color: %1; font-weight: bold;").arg(ThemeColors::errorText(palette()).name());
        tip = tr("Too long: at most %1 characters are allowed.").arg(Release::maxHeadlineLength);
    } else if (length > headlineWarningLength) {
        style = QStringLiteral("color: %1; font-weight: bold;").arg(ThemeColors::warningText(palette()).name());
        tip = tr("Long: headlines read best under %1 characters.").arg(headlineWarningLength);
    }
    m_ui->headlineCountLabel->setStyleSheet(style);
    m_ui->headlineCountLabel->setToolTip(tip);
}

void ReleaseEditor::updateEmbargo()
{
    const bool on = m_ui->embargoCheck->isChecked();
    m_ui->embargoDateTimeEdit->setEnabled(on);
    m_ui->embargoTimeZoneCombo->setEnabled(on);
    const Release release = current();
    const ReleaseLabels labels = ReleaseLabels::forLanguage(release.language);
    m_ui->embargoPreviewLabel->setText(release.isEmbargoed()
            ? labels.embargoedUntil(release.embargoUntil, release.embargoTimeZone)
            : labels.immediateRelease());
}

void ReleaseEditor::updateSpellingLanguage()
{
    // "en" is checked as British or American English by our organization's country (or
    // the system's): "Labour" is right at a UN agency in Nairobi.
    OrganizationRepository organizations(database());
    const auto organization =
        m_release.organizationId > 0 ? organizations.load(m_release.organizationId) : organizations.ours();
    const QString language = SpellingVariant::dictionaryTag(
        current().language, organization ? organization->country : QString(), QLocale::system());
    m_spelling->setLanguage(language);
    // Without a dictionary the fields simply show no underlines; the language says why.
    const QString reason = SpellingService::shared().unavailableReason(language);
    m_ui->languageCombo->setToolTip(
        reason.isEmpty() ? m_languageToolTip : tr("Spell checking is off for this language. %1").arg(reason));
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
    QSignalBlocker blocker(m_ui->previewSourceCombo);
    m_ui->previewSourceCombo->clear();
    m_ui->previewSourceCombo->addItem(tr("This release"), qint64(0));
    if (!m_release.translationGroup.isEmpty()) {
        const QList<Release> others = ReleaseRepository(database()).translations(m_release.translationGroup);
        for (const Release &other : others) {
            if (other.id != m_release.id)
                m_ui->previewSourceCombo->addItem(
                    tr("Side by side: %1").arg(LanguageNames::displayName(other.language)), other.id);
        }
    }
    m_ui->previewSourceCombo->setVisible(m_ui->previewSourceCombo->count() > 1);
    updateStateLabel();
}

void ReleaseEditor::schedulePreview()
{
    if (m_ui->previewPanel->isVisible() || !isVisible())
        m_previewTimer->start();
}

void ReleaseEditor::renderPreview()
{
    ExportSource source(database());
    const qint64 otherId = m_ui->previewSourceCombo->currentData().toLongLong();
    std::optional<Release> shown = otherId > 0 ? source.release(otherId) : std::optional<Release>(current());
    if (!shown)
        return;
    auto document = ReleaseDocument::create(*shown, source.contextFor(*shown));
    QScrollBar *bar = m_ui->previewBrowser->verticalScrollBar();
    const int position = bar->value();
    QTextDocument *previous = m_previewDocument;
    m_previewDocument = document.release();
    m_previewDocument->setParent(this);
    m_ui->previewBrowser->setDocument(m_previewDocument);
    delete previous;
    bar->setValue(position);
}

QString ReleaseEditor::organizationBoilerplate() const
{
    OrganizationRepository organizations(database());
    const auto organization =
        m_release.organizationId > 0 ? organizations.load(m_release.organizationId) : organizations.ours();
    return organization ? organization->boilerplate : QString();
}

// --- Quotes and links ---------------------------------------------------------------

QJsonObject ReleaseEditor::structure() const
{
    const QJsonObject all = json::release(current());
    return { { QStringLiteral("quotes"), all.value(QLatin1String("quotes")) },
        { QStringLiteral("events"), all.value(QLatin1String("events")) },
        { QStringLiteral("contacts"), all.value(QLatin1String("contacts")) },
        { QStringLiteral("current_quote"), m_currentQuote } };
}

void ReleaseEditor::applyStructure(const QJsonValue &value)
{
    const Release parsed = json::releaseFromJson(value.toObject());
    m_quotes = parsed.quotes;
    m_events = parsed.events;
    m_contacts = parsed.contacts;
    m_currentQuote = -1;
    const int wanted = value.toObject().value(QLatin1String("current_quote")).toInt(-1);
    m_applyingStructure = true;
    refreshQuoteList();
    refreshLinkLists();
    if (wanted >= 0 && wanted < m_quotes.size())
        m_ui->quotesList->setCurrentRow(wanted);
    m_applyingStructure = false;
    fieldChanged();
}

void ReleaseEditor::pushStructure(const QString &text, const std::function<void()> &change)
{
    syncPlacements();
    const QJsonObject before = structure();
    change();
    const QJsonObject after = structure();
    // The change is already made; the command's first redo() re-applies the same state.
    undoStack()->push(
        new StateCommand(text, before, after, [this](const QJsonValue &value) { applyStructure(value); }));
}

void ReleaseEditor::refreshQuoteList()
{
    QSignalBlocker blocker(m_ui->quotesList);
    const int keep = m_currentQuote;
    m_ui->quotesList->clear();
    for (qsizetype i = 0; i < m_quotes.size(); ++i) {
        auto *item = new QListWidgetItem(quoteItemText(m_quotes.at(i)), m_ui->quotesList);
        item->setData(Qt::UserRole, static_cast<int>(i));
        item->setToolTip(placeText(resolvedSlot(m_quotes.at(i))));
    }
    if (m_markers) {
        QList<int> slots;
        QStringList labels;
        for (const Quote &quote : std::as_const(m_quotes)) {
            slots.append(resolvedSlot(quote));
            labels.append(quote.speakerName.isEmpty() ? tr("(no speaker)") : quote.speakerName);
        }
        m_markers->setQuotes(slots, labels);
    }
    m_currentQuote = -1;
    blocker.unblock();
    if (keep >= 0 && keep < m_quotes.size())
        m_ui->quotesList->setCurrentRow(keep);
    else if (!m_quotes.isEmpty())
        m_ui->quotesList->setCurrentRow(0);
    else
        showQuote(-1);
    m_ui->pagesTabs->setTabText(m_ui->pagesTabs->indexOf(m_ui->quotesPage),
        m_quotes.isEmpty() ? tr("Quotes") : tr("Quotes (%1)").arg(m_quotes.size()));
}

void ReleaseEditor::showQuote(int row)
{
    m_currentQuote = row >= 0 && row < m_quotes.size() ? row : -1;
    const bool has = m_currentQuote >= 0;
    const bool wasLoading = isLoading();
    setLoading(true);
    m_ui->quoteDetail->setEnabled(has);
    const Quote quote = has ? m_quotes.at(m_currentQuote) : Quote {};
    m_ui->speakerPicker->setPicked(quote.speakerId, quote.speakerName);
    if (m_ui->attributionEdit->toPlainText() != quote.attribution)
        m_ui->attributionEdit->setPlainText(quote.attribution);
    if (m_ui->quoteTextEdit->toPlainText() != quote.text)
        m_ui->quoteTextEdit->setPlainText(quote.text);
    setLoading(wasLoading);
    m_ui->removeQuoteButton->setEnabled(has);
    const QList<int> slots = m_markers ? m_markers->slots() : QList<int>();
    const int slot = has ? slots.value(m_currentQuote, 0) : 0;
    m_ui->moveQuoteUpButton->setEnabled(has && (m_currentQuote > 0 || slot > 0));
    m_ui->moveQuoteDownButton->setEnabled(has && (m_currentQuote + 1 < m_quotes.size() || slot < bodyBlockCount()));
    const QString place = has ? placeText(slot) : QString();
    m_ui->moveQuoteUpButton->setToolTip(tr("Move the quote up in the body (Alt+Up)") + QLatin1Char('\n') + place);
    m_ui->moveQuoteDownButton->setToolTip(tr("Move the quote down in the body (Alt+Down)") + QLatin1Char('\n') + place);
    if (m_markers)
        m_markers->setCurrent(m_currentQuote);
}

void ReleaseEditor::quoteDetailEdited()
{
    if (isLoading() || m_currentQuote < 0)
        return;
    Quote &quote = m_quotes[m_currentQuote];
    // Printed after the speaker's name on one line: line breaks become spaces.
    quote.attribution = m_ui->attributionEdit->toPlainText().replace(QLatin1Char('\n'), QLatin1Char(' '));
    quote.text = m_ui->quoteTextEdit->toPlainText();
    if (QListWidgetItem *item = m_ui->quotesList->item(m_currentQuote))
        item->setText(quoteItemText(quote));
    fieldChanged();
}

void ReleaseEditor::addQuote()
{
    // A new quote follows the last one, or takes the usual place after the first paragraph.
    addQuoteAt(m_quotes.isEmpty() ? -1 : std::max(0, m_markers->slots().value(m_quotes.size() - 1)));
}

void ReleaseEditor::addQuoteAt(int slot)
{
    pushStructure(tr("Add quote"), [this, slot] {
        Quote quote;
        quote.placement = slot;
        const int resolved = resolvedSlot(quote);
        qsizetype row = 0;
        while (row < m_quotes.size() && resolvedSlot(m_quotes.at(row)) <= resolved)
            ++row;
        m_quotes.insert(row, quote);
        m_currentQuote = static_cast<int>(row);
        refreshQuoteList();
    });
    fieldChanged();
    m_ui->pagesTabs->setCurrentWidget(m_ui->quotesPage);
    m_ui->speakerPicker->setFocus();
}

int ReleaseEditor::bodyBlockCount() const
{
    return BodyBlocks(*m_ui->bodyEditor->edit()->document()).count();
}

int ReleaseEditor::resolvedSlot(const Quote &quote) const
{
    if (quote.placement < 0)
        return ReleaseParts::defaultSlot(MarkdownRenderer(m_ui->bodyEditor->markdown()));
    return std::min(quote.placement, bodyBlockCount());
}

void ReleaseEditor::syncPlacements()
{
    if (!m_markers)
        return;
    const Release now = current();
    for (qsizetype i = 0; i < m_quotes.size() && i < now.quotes.size(); ++i)
        m_quotes[i].placement = now.quotes.at(i).placement;
}

void ReleaseEditor::sortQuotesByPlace()
{
    const Quote *selected =
        m_currentQuote >= 0 && m_currentQuote < m_quotes.size() ? &m_quotes.at(m_currentQuote) : nullptr;
    QList<std::pair<int, qsizetype>> order;
    for (qsizetype i = 0; i < m_quotes.size(); ++i)
        order.append({ resolvedSlot(m_quotes.at(i)), i });
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Quote> sorted;
    int current = -1;
    for (const auto &[slot, index] : order) {
        if (selected == &m_quotes.at(index))
            current = static_cast<int>(sorted.size());
        sorted.append(m_quotes.at(index));
    }
    m_quotes = sorted;
    m_currentQuote = current;
}

void ReleaseEditor::placeQuote(int index, int slot)
{
    if (index < 0 || index >= m_quotes.size())
        return;
    pushStructure(tr("Move quote"), [this, index, slot] {
        m_quotes[index].placement = std::clamp(slot, 0, bodyBlockCount());
        m_currentQuote = index;
        sortQuotesByPlace();
        refreshQuoteList();
    });
    fieldChanged();
}

QString ReleaseEditor::placeText(int slot) const
{
    const BodyBlocks blocks(*m_ui->bodyEditor->edit()->document());
    if (blocks.count() == 0 || slot <= 0)
        return tr("Placed before the body.");
    QString words = blocks.first(std::min(slot, blocks.count()) - 1).text().simplified();
    if (words.size() > 50)
        words = words.left(47) + QStringLiteral("…");
    return tr("Placed after paragraph %1 of %2: “%3”")
        .arg(std::min(slot, blocks.count()))
        .arg(blocks.count())
        .arg(words);
}

void ReleaseEditor::removeQuote()
{
    const int row = m_currentQuote;
    if (row < 0)
        return;
    pushStructure(tr("Remove quote"), [this, row] {
        m_quotes.removeAt(row);
        m_currentQuote = std::min<int>(row, static_cast<int>(m_quotes.size()) - 1);
        refreshQuoteList();
    });
    fieldChanged();
}

void ReleaseEditor::moveQuote(int delta)
{
    const int row = m_currentQuote;
    if (row < 0 || row >= m_quotes.size())
        return;
    // Up: past a quote in the same gap, else into the gap before the paragraph above.
    pushStructure(tr("Move quote"), [this, row, delta] {
        const int slot = resolvedSlot(m_quotes.at(row));
        const int neighbour = row + delta;
        if (neighbour >= 0 && neighbour < m_quotes.size() && resolvedSlot(m_quotes.at(neighbour)) == slot) {
            m_quotes.move(row, neighbour);
            m_currentQuote = neighbour;
        } else {
            m_quotes[row].placement = std::clamp(slot + delta, 0, bodyBlockCount());
            m_currentQuote = row;
            sortQuotesByPlace();
        }
        refreshQuoteList();
    });
    fieldChanged();
}

void ReleaseEditor::quotesReordered()
{
    if (m_applyingStructure)
        return;
    QList<Quote> reordered;
    int current = -1;
    for (int row = 0; row < m_ui->quotesList->count(); ++row) {
        const int index = m_ui->quotesList->item(row)->data(Qt::UserRole).toInt();
        if (index < 0 || index >= m_quotes.size())
            return;
        reordered.append(m_quotes.at(index));
        if (m_ui->quotesList->item(row) == m_ui->quotesList->currentItem())
            current = row;
    }
    if (reordered.size() != m_quotes.size())
        return;
    pushStructure(tr("Move quote"), [&] {
        // The dragged quote joins the gap of the quote now above it (or below it, at the top).
        const QList<int> slots = m_markers->slots();
        QList<int> reorderedSlots;
        for (int row = 0; row < m_ui->quotesList->count(); ++row)
            reorderedSlots.append(slots.value(m_ui->quotesList->item(row)->data(Qt::UserRole).toInt()));
        m_quotes = reordered;
        for (qsizetype i = 0; i < m_quotes.size(); ++i)
            m_quotes[i].placement = reorderedSlots.at(i);
        if (current >= 0 && m_quotes.size() > 1)
            m_quotes[current].placement = current > 0 ? reorderedSlots.at(current - 1) : reorderedSlots.at(1);
        m_currentQuote = current;
        refreshQuoteList();
    });
    fieldChanged();
}

void ReleaseEditor::speakerPicked(qint64 id, const QString &name)
{
    if (m_currentQuote < 0)
        return;
    Quote &quote = m_quotes[m_currentQuote];
    quote.speakerId = id;
    quote.speakerName = name;
    // The attribution starts as the speaker's current title and organization and is then
    // kept as written for this release.
    if (m_ui->attributionEdit->toPlainText().trimmed().isEmpty()) {
        if (const auto speaker = SpeakerRepository(database()).load(id)) {
            QStringList parts;
            if (!speaker->title.isEmpty())
                parts.append(speaker->title);
            // "Vice Minister of Labour of Costa Rica, Ministry of Labour of Costa Rica" says the
            // same twice: the organization is left out when the title already names it.
            if (!speaker->organizationName.isEmpty()
                && !AttributionText::titleNamesOrganization(speaker->title, speaker->organizationName))
                parts.append(speaker->organizationName);
            m_ui->attributionEdit->setPlainText(parts.join(QLatin1String(", ")));
        }
    }
    quoteDetailEdited();
    m_ui->quoteTextEdit->setFocus();
}

void ReleaseEditor::createSpeaker()
{
    if (m_currentQuote < 0)
        addQuote();
    NewSpeakerDialog dialog(database(), this);
    dialog.setName(m_ui->speakerPicker->pickedId() == 0 ? m_ui->speakerPicker->text() : QString());
    if (dialog.exec() != QDialog::Accepted || dialog.speakerId() == 0)
        return;
    m_ui->speakerPicker->setPicked(dialog.speakerId(), dialog.speakerName());
    speakerPicked(dialog.speakerId(), dialog.speakerName());
}

void ReleaseEditor::refreshLinkLists()
{
    m_ui->eventsList->clear();
    for (const EventRef &event : std::as_const(m_events))
        m_ui->eventsList->addItem(event.name);
    m_ui->contactsList->clear();
    for (const ContactRef &contact : std::as_const(m_contacts)) {
        QStringList details { contact.name };
        if (!contact.title.isEmpty())
            details.append(contact.title);
        if (!contact.email.isEmpty())
            details.append(contact.email);
        m_ui->contactsList->addItem(details.join(QStringLiteral(" \u00B7 ")));
    }
    const auto links = m_events.size() + m_contacts.size();
    m_ui->pagesTabs->setTabText(
        m_ui->pagesTabs->indexOf(m_ui->linksPage), links == 0 ? tr("Links") : tr("Links (%1)").arg(links));
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
