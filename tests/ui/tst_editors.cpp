#include "demo/demonewsroom.h"
#include "editor/editorarea.h"
#include "editor/recordpicker.h"
#include "editor/richtextedit.h"
#include "editor/richtexteditor.h"
#include "eventeditor/eventeditor.h"
#include "export/exportsource.h"
#include "export/pdfexporter.h"
#include "export/plaintextexporter.h"
#include "history/historydialog.h"
#include "i18n/translations.h"
#include "lists/sectionview.h"
#include "mainwindow/mainwindow.h"
#include "programrun.h"
#include "releaseeditor/pagepreview.h"
#include "releaseeditor/quotemarkers.h"
#include "releaseeditor/releaseeditor.h"
#include "storage/eventrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace pressdesk;

// The editors, driven offscreen through their widgets by objectName, as an officer would.
class TestEditors : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    // Types any text, non-ASCII included (QTest::keyClicks aborts on non-ASCII).
    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::sendKeyEvent(QTest::KeyAction::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
    }

    // Types into a record picker and takes the first match with Enter.
    static void pick(RecordPicker *picker, const char *text)
    {
        picker->setFocus();
        picker->clear();
        QTest::keyClicks(picker, QString::fromLatin1(text));
        QTRY_VERIFY(picker->completer()->completionModel()->rowCount() > 0);
        picker->completer()->popup()->hide();
        QTest::keyClick(picker, Qt::Key_Return);
        QTRY_VERIFY(picker->pickedId() > 0);
    }

    // Runs body on the next modal dialog that opens (a message box or a dialog).
    static void onModal(std::function<void(QWidget *)> body)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, qApp, [timer, body = std::move(body)] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                body(modal);
            }
        });
        timer->start();
    }

    static void answer(QMessageBox::StandardButton button)
    {
        onModal([button](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            box->button(button)->click();
        });
    }

    struct Window
    {
        explicit Window(Database &db)
            : window(db)
        {
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
        }
        MainWindow window;
        EditorArea *area() { return window.editorArea(); }
        QAction *action(const char *name) { return find<QAction>(&window, name); }
    };

    static ReleaseEditor *currentReleaseEditor(Window &w)
    {
        return qobject_cast<ReleaseEditor *>(w.area()->currentEditor());
    }

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }

    void init() { QSettings().clear(); }

    void createReleaseWithQuotesAndEvent()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        Window w(fixture.db());
        w.action("newAction")->trigger();
        ReleaseEditor *editor = currentReleaseEditor(w);
        QVERIFY(editor);
        QCOMPARE(find<QLabel>(editor, "stateLabel")->text(), QStringLiteral("New release, not saved"));

        QTest::keyClicks(
            find<QLineEdit>(editor, "headlineEdit"), QStringLiteral("Ministers agree on labour inspection"));
        QTest::keyClicks(find<QLineEdit>(editor, "subheadlineEdit"), QStringLiteral("Eight countries sign"));
        QTest::keyClicks(find<QLineEdit>(editor, "datelineCityEdit"), QStringLiteral("SAN JOSE"));
        QTest::keyClicks(find<QLineEdit>(editor, "datelineCountryEdit"), QStringLiteral("Costa Rica"));
        QTest::keyClicks(find<QLineEdit>(editor, "tagsEdit"), QStringLiteral("labour, gender"));
        QTest::keyClicks(find<QLineEdit>(editor, "authorEdit"), QStringLiteral("Press office"));
        QTest::keyClicks(find<QPlainTextEdit>(editor, "leadEdit"), QStringLiteral("The ministers agreed today."));
        auto *body = find<RichTextEdit>(editor, "bodyTextEdit");
        QTest::keyClicks(body, QStringLiteral("First paragraph of the body."));
        QVERIFY(w.area()->currentEditor()->isModified());
        QTRY_VERIFY(find<QLabel>(&w.window, "editorStatusLabel")->text().contains(QLatin1String("word")));

        // Quote 1: an existing speaker through the type-ahead.
        find<QPushButton>(editor, "addQuoteButton")->click();
        pick(find<RecordPicker>(editor, "speakerPicker"), "Sofia");
        auto *attribution = find<QPlainTextEdit>(editor, "attributionEdit");
        QVERIFY2(!attribution->toPlainText().isEmpty(), "the attribution is pre-filled from the speaker");
        const QString firstAttribution = attribution->toPlainText();
        QTest::keyClicks(find<QPlainTextEdit>(editor, "quoteTextEdit"), QStringLiteral("We will inspect every farm."));

        // Quote 2: a speaker created inline.
        find<QPushButton>(editor, "addQuoteButton")->click();
        onModal([](QWidget *dialog) {
            QTest::keyClicks(find<QLineEdit>(dialog, "fullNameEdit"), QStringLiteral("Ana Lucia Torres"));
            QTest::keyClicks(find<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Director of Labour Inspection"));
            find<QComboBox>(dialog, "organizationCombo")->setEditText(QStringLiteral("Inspectorate of Labour"));
            find<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
        });
        find<QPushButton>(editor, "newSpeakerButton")->click();
        QTRY_VERIFY(find<RecordPicker>(editor, "speakerPicker")->pickedId() > 0);
        QCOMPARE(attribution->toPlainText(), QStringLiteral("Director of Labour Inspection, Inspectorate of Labour"));
        // A long title may wrap over lines in the field; it is kept (and printed) as one line.
        attribution->setPlainText(QStringLiteral("Director of Labour Inspection\nof Costa Rica"));
        QTest::keyClicks(find<QPlainTextEdit>(editor, "quoteTextEdit"), QStringLiteral("No worker is left out."));
        QCOMPARE(find<QListWidget>(editor, "quotesList")->count(), 2);

        // A linked event.
        pick(find<RecordPicker>(editor, "eventPicker"), "Workshop");
        QCOMPARE(find<QListWidget>(editor, "eventsList")->count(), 1);

        w.action("saveAction")->trigger();
        QVERIFY2(!w.area()->currentEditor()->isModified(),
            qPrintable(find<QListWidget>(editor, "problemList")->item(0)
                    ? find<QListWidget>(editor, "problemList")->item(0)->text()
                    : QString()));
        QVERIFY(find<QLabel>(editor, "stateLabel")->text().startsWith(QLatin1String("Saved")));
        const qint64 id = editor->recordId();
        QVERIFY(id > 0);

        // Close and reopen: every field comes back from the database.
        w.action("closeEditorAction")->trigger();
        QVERIFY(!w.area()->currentEditor());
        const auto saved = ReleaseRepository(fixture.db()).load(id);
        QVERIFY(saved);
        QCOMPARE(saved->headline, QStringLiteral("Ministers agree on labour inspection"));
        QCOMPARE(saved->subheadline, QStringLiteral("Eight countries sign"));
        QCOMPARE(saved->datelineCity, QStringLiteral("SAN JOSE"));
        QCOMPARE(saved->datelineCountry, QStringLiteral("Costa Rica"));
        QCOMPARE(saved->tags, (QStringList { QStringLiteral("labour"), QStringLiteral("gender") }));
        QCOMPARE(saved->author, QStringLiteral("Press office"));
        QCOMPARE(saved->lead, QStringLiteral("The ministers agreed today."));
        QCOMPARE(saved->body, QStringLiteral("First paragraph of the body."));
        QCOMPARE(saved->language, QStringLiteral("en"));
        QCOMPARE(saved->status, ReleaseStatus::Draft);
        QCOMPARE(saved->quotes.size(), 2);
        QCOMPARE(saved->quotes.at(0).speakerName, QStringLiteral("Sofía Ramírez Quintanilla"));
        QCOMPARE(saved->quotes.at(0).attribution, firstAttribution);
        QCOMPARE(saved->quotes.at(0).text, QStringLiteral("We will inspect every farm."));
        QCOMPARE(saved->quotes.at(1).speakerName, QStringLiteral("Ana Lucia Torres"));
        QCOMPARE(saved->quotes.at(1).attribution, QStringLiteral("Director of Labour Inspection of Costa Rica"));
        QCOMPARE(saved->events.size(), 1);
        QVERIFY(saved->events.at(0).name.startsWith(QLatin1String("Workshop")));
        const auto created = SpeakerRepository(fixture.db()).load(saved->quotes.at(1).speakerId);
        QVERIFY(created);
        QCOMPARE(created->organizationName, QStringLiteral("Inspectorate of Labour"));
        QCOMPARE(ReleaseRepository(fixture.db()).revisions(id).size(), 1);

        auto *reopened = qobject_cast<ReleaseEditor *>(w.area()->open(Entity::Release, id));
        QVERIFY(reopened);
        QCOMPARE(find<QLineEdit>(reopened, "headlineEdit")->text(), saved->headline);
        QCOMPARE(find<QListWidget>(reopened, "quotesList")->count(), 2);
        QVERIFY(!reopened->isModified());
    }

    void nonAsciiRoundTrip()
    {
        const QString words = QStringLiteral("Migración, Salvadoreño, Zürich, 移民");
        test::TestDatabase fixture;
        const qint64 speaker = fixture.addSpeaker(QStringLiteral("José Ángel Müller"));
        Window w(fixture.db());
        w.action("newAction")->trigger();
        ReleaseEditor *editor = currentReleaseEditor(w);
        type(find<QLineEdit>(editor, "headlineEdit"), words);
        type(find<QLineEdit>(editor, "datelineCityEdit"), QStringLiteral("ZÜRICH"));
        type(find<QLineEdit>(editor, "tagsEdit"), QStringLiteral("migración, 移民"));
        type(find<RichTextEdit>(editor, "bodyTextEdit"), words);
        find<QPushButton>(editor, "addQuoteButton")->click();
        find<RecordPicker>(editor, "speakerPicker")->setFocus();
        type(find<RecordPicker>(editor, "speakerPicker"), QStringLiteral("Müller"));
        QTRY_VERIFY(find<RecordPicker>(editor, "speakerPicker")->completer()->completionModel()->rowCount() > 0);
        QTest::keyClick(find<RecordPicker>(editor, "speakerPicker"), Qt::Key_Return);
        QTRY_COMPARE(find<RecordPicker>(editor, "speakerPicker")->pickedId(), speaker);
        type(find<QPlainTextEdit>(editor, "quoteTextEdit"), words);
        QVERIFY(editor->save());

        const auto saved = ReleaseRepository(fixture.db()).load(editor->recordId());
        QVERIFY(saved);
        QCOMPARE(saved->headline, words);
        QCOMPARE(saved->datelineCity, QStringLiteral("ZÜRICH"));
        QCOMPARE(saved->tags, (QStringList { QStringLiteral("migración"), QStringLiteral("移民") }));
        QCOMPARE(saved->body, words);
        QCOMPARE(saved->quotes.at(0).text, words);
        QCOMPARE(saved->quotes.at(0).speakerName, QStringLiteral("José Ángel Müller"));
        w.area()->discardEditor(editor);
        auto *reopened = w.area()->open(Entity::Release, saved->id);
        QCOMPARE(find<QLineEdit>(reopened, "headlineEdit")->text(), words);
        QCOMPARE(find<RichTextEdit>(reopened, "bodyTextEdit")->toPlainText(), words);
    }

    void validationShowsEachProblemAtItsField()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        // An event that ends before it starts.
        w.window.showSection(Section::Events);
        w.action("newAction")->trigger();
        auto *event = qobject_cast<EventEditor *>(w.area()->currentEditor());
        QVERIFY(event);
        QTest::keyClicks(find<QLineEdit>(event, "nameEdit"), QStringLiteral("Congress"));
        auto *start = find<QDateTimeEdit>(event, "startEdit");
        start->setDateTime(QDateTime(QDate(2026, 7, 15), QTime(9, 0)));
        find<QCheckBox>(event, "hasEndCheck")->setChecked(true);
        auto *end = find<QDateTimeEdit>(event, "endEdit");
        end->setDateTime(QDateTime(QDate(2026, 7, 14), QTime(9, 0)));
        QVERIFY(!event->save());
        const QString endMessage = QStringLiteral("The event cannot end before it starts.");
        auto *problems = find<QListWidget>(event, "problemList");
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->count(), 1);
        QCOMPARE(problems->item(0)->text(), endMessage);
        QVERIFY(end->property("invalid").toBool());
        QCOMPARE(end->toolTip(), endMessage);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 0);
        end->setDateTime(QDateTime(QDate(2026, 7, 16), QTime(18, 0)));
        QVERIFY(!end->property("invalid").toBool());
        QVERIFY(event->save());
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 1);

        // A release marked published without a body.
        w.window.showSection(Section::Releases);
        w.area()->showBrowser();
        w.action("newAction")->trigger();
        ReleaseEditor *release = currentReleaseEditor(w);
        QTest::keyClicks(find<QLineEdit>(release, "headlineEdit"), QStringLiteral("Published too soon"));
        QTest::keyClicks(find<QLineEdit>(release, "datelineCityEdit"), QStringLiteral("SAN SALVADOR"));
        auto *status = find<QComboBox>(release, "statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("published")));
        auto *releaseProblems = find<QListWidget>(release, "problemList");
        // Checked as soon as the status moves, and again on save.
        QCOMPARE(releaseProblems->count(), 1);
        QVERIFY(!release->save());
        QCOMPARE(releaseProblems->count(), 1);
        QCOMPARE(releaseProblems->item(0)->text(), QStringLiteral("A published release needs a body."));
        auto *body = find<RichTextEdit>(release, "bodyTextEdit");
        QVERIFY(body->property("invalid").toBool());
        QCOMPARE(body->toolTip(), QStringLiteral("A published release needs a body."));
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM releases")).toInt(), 0);
        QTest::keyClicks(body, QStringLiteral("Now it has one."));
        QCOMPARE(releaseProblems->count(), 0);
        QVERIFY(release->save());
    }

    void conflictingSaveAsksWhichToKeep()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeRelease(QStringLiteral("Original headline"));
        release.lead = QStringLiteral("Original lead.");
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        Window w(fixture.db());

        for (const char *button : { "mergeButton", "keepMineButton", "takeTheirsButton" }) {
            auto *editor = w.area()->open(Entity::Release, release.id);
            // A colleague saves the same release while it is open here.
            ReleaseRepository colleague(fixture.db());
            Release theirs = *colleague.load(release.id);
            theirs.headline = QStringLiteral("Their headline ") + QLatin1String(button);
            theirs.lead = QStringLiteral("Their lead ") + QLatin1String(button);
            QVERIFY(colleague.save(theirs));

            auto *headline = find<QLineEdit>(editor, "headlineEdit");
            headline->selectAll();
            QTest::keyClicks(headline, QStringLiteral("My headline ") + QLatin1String(button));
            QTimer::singleShot(0, this, [button] {
                QWidget *dialog = QApplication::activeModalWidget();
                QVERIFY(dialog && dialog->objectName() == QLatin1String("conflictDialog"));
                if (QLatin1String(button) == QLatin1String("mergeButton"))
                    dialog->findChild<QRadioButton *>(QStringLiteral("leadTheirs"))->setChecked(true);
                dialog->findChild<QPushButton *>(QString::fromLatin1(button))->click();
            });
            QVERIFY(editor->save());
            const Release stored = *ReleaseRepository(fixture.db()).load(release.id);
            if (QLatin1String(button) == QLatin1String("takeTheirsButton")) {
                QCOMPARE(stored.headline, theirs.headline);
                QCOMPARE(headline->text(), theirs.headline);
            } else {
                QCOMPARE(stored.headline, QStringLiteral("My headline ") + QLatin1String(button));
                // Merging took their lead; keeping mine kept the lead the editor had.
                if (QLatin1String(button) == QLatin1String("mergeButton"))
                    QCOMPARE(stored.lead, theirs.lead);
                else
                    QVERIFY(stored.lead != theirs.lead);
                QCOMPARE(stored.version, theirs.version + 1);
            }
            QVERIFY(!editor->isModified());
            w.area()->discardEditor(editor);
        }
        // Nothing was lost: every colleague's version is in the history.
        const QList<Revision> history = ReleaseRepository(fixture.db()).revisions(release.id);
        int theirsKept = 0;
        for (const Revision &revision : history)
            theirsKept += QString::fromUtf8(revision.snapshot).contains(QLatin1String("Their headline")) ? 1 : 0;
        QCOMPARE(theirsKept, 3);
    }

    // The preview beside the form draws the PDF engine's own pages: as many as the exported
    // PDF, page 1 with its lines (pdftotext), on A4 at the panel's width.
    void previewShowsTheExportedPages()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeRelease(QStringLiteral("Preview pages as exported"));
        QStringList paragraphs;
        for (int i = 1; i <= 30; ++i)
            paragraphs.append(QStringLiteral("Paragraph %1 sets out the consultation with international "
                                             "representatives, the infrastructure programme and its "
                                             "environmental accountability.")
                                  .arg(i));
        release.body = paragraphs.join(QStringLiteral("\n\n"));
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        Window w(fixture.db());
        auto *editor = w.area()->open(Entity::Release, release.id);
        auto *button = find<QPushButton>(editor, "previewButton");
        if (!button->isChecked())
            button->click();
        auto *preview = find<PagePreview>(editor, "previewPages");
        QTRY_VERIFY(preview->pageCount() > 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("preview.pdf"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const Release saved = *ReleaseRepository(fixture.db()).load(release.id);
            QVERIFY(PdfExporter::write(saved, ExportSource(fixture.db()).contextFor(saved), &file));
        }
        const test::ProgramRun info = test::runProgram(QStringLiteral("pdfinfo"), { path });
        QCOMPARE(preview->pageCount(),
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt());
        const test::ProgramRun page1 = test::runProgram(QStringLiteral("pdftotext"),
            { QStringLiteral("-raw"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), path, QStringLiteral("-") });
        // The PDF's hyphen at a break is the text U+00AD, the preview's "-".
        const QStringList pdfLines =
            QString(page1.out).replace(QChar(0x00AD), QLatin1Char('-')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList shown = preview->pageText(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(shown.size() > 20);
        qsizetype at = 0;
        for (const QString &line : shown) {
            while (at < pdfLines.size() && pdfLines.at(at).simplified() != line.simplified())
                ++at;
            QVERIFY2(at < pdfLines.size(), qPrintable(line + QStringLiteral("\n---\n") + page1.out));
        }
        // Page 1 is drawn as a page: paper white at its corner, as wide as the panel allows.
        auto *first = find<QLabel>(preview, "previewPage1");
        const QImage image = first->pixmap().toImage();
        QVERIFY(image.width() >= preview->pageWidth() - 1);
        QCOMPARE(image.pixelColor(4, 4), QColor(Qt::white));
        const QString shots = qEnvironmentVariable("PRESSDESK_SCREENSHOTS");
        if (!shots.isEmpty())
            w.window.grab().save(shots + QStringLiteral("/editor-preview.png"));
    }

    void unsavedChangesPrompt()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeRelease(QStringLiteral("Original headline"));
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        Window w(fixture.db());
        auto *editor = w.area()->open(Entity::Release, release.id);
        auto *headline = find<QLineEdit>(editor, "headlineEdit");
        headline->selectAll();
        QTest::keyClicks(headline, QStringLiteral("Changed headline"));
        QVERIFY(editor->isModified());
        QCOMPARE(w.area()->tabText(w.area()->currentIndex()), QStringLiteral("Changed headline *"));

        answer(QMessageBox::Cancel);
        w.action("closeEditorAction")->trigger();
        QCOMPARE(w.area()->currentEditor(), editor);

        // Quitting asks too, and Cancel keeps the window.
        answer(QMessageBox::Cancel);
        QVERIFY(!w.window.close());
        QVERIFY(w.window.isVisible());

        answer(QMessageBox::Save);
        w.action("closeEditorAction")->trigger();
        QVERIFY(!w.area()->currentEditor());
        QCOMPARE(ReleaseRepository(fixture.db()).load(release.id)->headline, QStringLiteral("Changed headline"));

        editor = w.area()->open(Entity::Release, release.id);
        headline = find<QLineEdit>(editor, "headlineEdit");
        QTest::keyClick(headline, Qt::Key_Exclam);
        QVERIFY(editor->isModified());
        // Undo in the field takes it back to the saved text: nothing to ask about.
        headline->setFocus();
        w.action("undoAction")->trigger();
        QTRY_VERIFY(!editor->isModified());
        QTest::keyClicks(headline, QStringLiteral(" discarded"));
        answer(QMessageBox::Discard);
        w.action("closeEditorAction")->trigger();
        QVERIFY(!w.area()->currentEditor());
        QCOMPARE(ReleaseRepository(fixture.db()).load(release.id)->headline, QStringLiteral("Changed headline"));
    }

    void quotesUndoAndRedo()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        w.action("newAction")->trigger();
        ReleaseEditor *editor = currentReleaseEditor(w);
        auto *quotes = find<QListWidget>(editor, "quotesList");
        find<QPushButton>(editor, "addQuoteButton")->click();
        find<QPushButton>(editor, "addQuoteButton")->click();
        QCOMPARE(quotes->count(), 2);
        quotes->setFocus();
        w.action("undoAction")->trigger();
        QCOMPARE(quotes->count(), 1);
        w.action("redoAction")->trigger();
        QCOMPARE(quotes->count(), 2);
        // Del in the list removes the quote; it does not trash the release.
        QTest::keyClick(quotes, Qt::Key_Delete);
        QCOMPARE(quotes->count(), 1);
        QCOMPARE(w.area()->currentEditor(), editor);
    }

    // A quote stands where the writer puts it: at the body's cursor (Ctrl+Shift+Q), moved
    // through the body with Alt+Up, dragged by its marker; it follows the text when a
    // paragraph is written above it, and the saved release and its export keep the place.
    void quotesArePlacedInTheBody()
    {
        test::TestDatabase fixture;
        fixture.addSpeaker(QStringLiteral("Ana Placement"), QStringLiteral("Minister"));
        fixture.addSpeaker(QStringLiteral("Ben Slotted"), QStringLiteral("Director"));
        Window w(fixture.db());
        w.action("newAction")->trigger();
        ReleaseEditor *editor = currentReleaseEditor(w);
        QTest::keyClicks(find<QLineEdit>(editor, "headlineEdit"), QStringLiteral("Three priorities"));
        auto *bodyEditor = find<RichTextEditor>(editor, "bodyEditor");
        bodyEditor->setMarkdown(QStringLiteral("Opening paragraph.\n\nThe congress sets out three priorities:\n\n"
                                               "- alpha\n- beta\n- gamma\n\nClosing paragraph."));
        RichTextEdit *body = bodyEditor->edit();
        auto *quotes = find<QListWidget>(editor, "quotesList");
        auto *markers = find<QuoteMarkers>(editor, "quoteMarkers");

        auto *pages = find<QTabWidget>(editor, "pagesTabs");
        const auto showBody = [&] {
            for (int page = 0; page < pages->count(); ++page) {
                if (pages->widget(page)->isAncestorOf(body))
                    pages->setCurrentIndex(page);
            }
            QVERIFY(body->isVisible());
        };
        showBody();
        // The cursor in the list's last item: the quote goes after the whole list.
        QTextCursor cursor = body->document()->find(QStringLiteral("gamma"));
        QVERIFY(!cursor.isNull());
        body->setTextCursor(cursor);
        w.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        // Through the window, as a key press from the keyboard, so the shortcut applies.
        QTest::keyClick(w.window.windowHandle(), Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(quotes->count(), 1);
        QCOMPARE(markers->slots(), QList<int>({ 3 }));
        pick(find<RecordPicker>(editor, "speakerPicker"), "Ana");
        QTest::keyClicks(find<QPlainTextEdit>(editor, "quoteTextEdit"), QStringLiteral("After the list."));

        // A second quote from the Add button follows the first; Alt+Up takes it past the
        // first, then into the gap above the list's introduction.
        find<QPushButton>(editor, "addQuoteButton")->click();
        QCoreApplication::processEvents(); // as between two key presses of a person
        pick(find<RecordPicker>(editor, "speakerPicker"), "Ben");
        QTest::keyClicks(find<QPlainTextEdit>(editor, "quoteTextEdit"), QStringLiteral("Before the list."));
        QCOMPARE(markers->slots(), QList<int>({ 3, 3 }));
        quotes->setFocus();
        // (A button's shortcut clicks it after a short animation.)
        QTest::keyClick(w.window.windowHandle(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(quotes->currentRow(), 0);
        QTest::keyClick(w.window.windowHandle(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(markers->slots(), QList<int>({ 2, 3 }));
        QTest::keyClick(w.window.windowHandle(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(markers->slots(), QList<int>({ 1, 3 }));
        QTest::keyClick(w.window.windowHandle(), Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(markers->slots(), QList<int>({ 2, 3 }));
        w.action("undoAction")->trigger();
        QCOMPARE(markers->slots(), QList<int>({ 1, 3 }));

        // A paragraph written at the top moves every quote down with its text.
        showBody();
        cursor = QTextCursor(body->document());
        body->setTextCursor(cursor);
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("A new first paragraph."));
        QTest::keyClick(body, Qt::Key_Return);
        QCOMPARE(markers->slots(), QList<int>({ 2, 4 }));

        // Drag the first quote's marker to the gap after the closing paragraph.
        markers->setCurrent(0);
        const QPoint from = markers->badgeRect(2).center();
        const QPoint to = markers->badgeRect(5).center() + QPoint(0, 20);
        QTest::mousePress(markers, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, markers->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(markers, &move);
        QTest::mouseRelease(markers, Qt::LeftButton, {}, to);
        QCOMPARE(markers->slots(), QList<int>({ 4, 5 }));
        QCOMPARE(find<QPlainTextEdit>(editor, "quoteTextEdit")->toPlainText(), QStringLiteral("Before the list."));
        w.action("undoAction")->trigger();
        QCOMPARE(markers->slots(), QList<int>({ 2, 4 }));

        w.action("saveAction")->trigger();
        QVERIFY(!editor->isModified());
        const auto saved = ReleaseRepository(fixture.db()).load(editor->recordId());
        QVERIFY(saved);
        QCOMPARE(saved->quotes.size(), 2);
        QCOMPARE(saved->quotes.at(0).text, QStringLiteral("Before the list."));
        QCOMPARE(saved->quotes.at(0).placement, 2);
        QCOMPARE(saved->quotes.at(1).text, QStringLiteral("After the list."));
        QCOMPARE(saved->quotes.at(1).placement, 4);
        const QString text =
            QString::fromUtf8(PlainTextExporter::render(*saved, ExportSource(fixture.db()).contextFor(*saved)))
                .simplified();
        QVERIFY2(text.contains(QStringLiteral("three priorities: - alpha - beta - gamma “After the list.”")),
            qPrintable(text));
        QVERIFY(text.indexOf(QStringLiteral("Before the list.")) < text.indexOf(QStringLiteral("The congress")));

        // Reopened, the markers stand where they were and nothing reads as modified.
        w.action("closeEditorAction")->trigger();
        auto *reopened = qobject_cast<ReleaseEditor *>(w.area()->open(Entity::Release, saved->id));
        QVERIFY(reopened);
        QCOMPARE(find<QuoteMarkers>(reopened, "quoteMarkers")->slots(), QList<int>({ 2, 4 }));
        QVERIFY(!reopened->isModified());
    }

    // "New speaker…" with a new organization and an invalid speaker creates nothing.
    void newSpeakerDialogLeavesNoOrphanOrganization()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        w.action("newAction")->trigger();
        ReleaseEditor *editor = currentReleaseEditor(w);
        find<QPushButton>(editor, "addQuoteButton")->click();
        bool checked = false;
        onModal([&](QWidget *dialog) {
            find<QComboBox>(dialog, "organizationCombo")->setEditText(QStringLiteral("Orphan Institute"));
            find<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
            checked = dialog->isVisible() && !find<QLabel>(dialog, "errorLabel")->text().isEmpty();
            static_cast<QDialog *>(dialog)->reject();
        });
        find<QPushButton>(editor, "newSpeakerButton")->click();
        QVERIFY(checked);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM organizations")).toInt(), 0);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM speakers")).toInt(), 0);
    }

    void trashAndUndo()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        Window w(fixture.db());
        auto *releases = find<QTableView>(&w.window, "releasesList");
        QTRY_VERIFY(releases->selectionModel()->isRowSelected(0, {}));
        const qint64 id = w.window.sectionView(Section::Releases)->currentId();
        w.action("moveToTrashAction")->trigger();
        QTRY_COMPARE(releases->model()->rowCount(), 7);
        QVERIFY(ReleaseRepository(fixture.db()).load(id)->deletedAt.isValid());
        auto *undo = find<QPushButton>(&w.window, "undoTrashButton");
        QVERIFY(undo->isVisible());
        undo->click();
        QTRY_COMPARE(releases->model()->rowCount(), 8);
        QVERIFY(!ReleaseRepository(fixture.db()).load(id)->deletedAt.isValid());
        QVERIFY(!undo->isVisible());

        // From an open editor: the record goes, the editor closes, Undo brings it back.
        auto *editor = w.area()->open(Entity::Release, id);
        QVERIFY(editor);
        w.action("moveToTrashAction")->trigger();
        QVERIFY(!w.area()->currentEditor());
        QVERIFY(ReleaseRepository(fixture.db()).load(id)->deletedAt.isValid());
        w.action("undoTrashAction")->trigger();
        QVERIFY(!ReleaseRepository(fixture.db()).load(id)->deletedAt.isValid());
    }

    void revisionRestore()
    {
        test::TestDatabase fixture;
        ReleaseRepository repository(fixture.db());
        Release release = fixture.makeRelease(QStringLiteral("First wording"));
        release.body = QStringLiteral("The ministers met in Zürich.");
        QVERIFY(repository.save(release));
        release.headline = QStringLiteral("Second wording");
        release.body = QStringLiteral("The ministers met in Geneva.");
        QVERIFY(repository.save(release));
        Window w(fixture.db());
        auto *editor = qobject_cast<ReleaseEditor *>(w.area()->open(Entity::Release, release.id));
        QString diff;
        onModal([&diff](QWidget *modal) {
            auto *dialog = qobject_cast<HistoryDialog *>(modal);
            QVERIFY(dialog);
            auto *list = find<QListWidget>(dialog, "revisionsList");
            QCOMPARE(list->count(), 2);
            QCOMPARE(list->currentRow(), 1); // the older version, against the current one
            diff = find<QTextBrowser>(dialog, "diffBrowser")->toPlainText();
            dialog->setConfirm([](int version) { return version == 1; });
            find<QPushButton>(dialog, "restoreButton")->click();
        });
        w.action("historyAction")->trigger();
        QVERIFY2(diff.contains(QLatin1String("First")) && diff.contains(QLatin1String("Second")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("Zürich")) && diff.contains(QLatin1String("Geneva")));
        const auto restored = repository.load(release.id);
        QCOMPARE(restored->headline, QStringLiteral("First wording"));
        QCOMPARE(restored->body, QStringLiteral("The ministers met in Zürich."));
        QCOMPARE(restored->version, 3);
        QCOMPARE(repository.revisions(release.id).size(), 3);
        QCOMPARE(find<QLineEdit>(editor, "headlineEdit")->text(), QStringLiteral("First wording"));
        QVERIFY(!editor->isModified());
    }

    void translationLink()
    {
        test::TestDatabase fixture;
        const qint64 speaker = fixture.addSpeaker(QStringLiteral("Rosa Quiñónez"));
        Release release = fixture.makeRelease(QStringLiteral("Women migrants count"), { speaker });
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        Window w(fixture.db());
        auto *editor = qobject_cast<ReleaseEditor *>(w.area()->open(Entity::Release, release.id));
        editor->setLanguageChooser([] { return QStringLiteral("es"); });
        find<QPushButton>(editor, "translateButton")->click();
        auto *translation = qobject_cast<ReleaseEditor *>(w.area()->currentEditor());
        QVERIFY(translation && translation != editor);
        const auto group = ReleaseRepository(fixture.db()).translations(release.translationGroup);
        QCOMPARE(group.size(), 2);
        const auto copy = ReleaseRepository(fixture.db()).load(translation->recordId());
        QCOMPARE(copy->language, QStringLiteral("es"));
        QCOMPARE(copy->translationGroup, release.translationGroup);
        QCOMPARE(copy->quotes.size(), 1);
        QCOMPARE(copy->quotes.at(0).speakerId, speaker);
        QVERIFY(copy->uuid != release.uuid);
        // Side by side: the translation's preview can show its original.
        auto *sources = find<QComboBox>(translation, "previewSourceCombo");
        QCOMPARE(sources->count(), 2);
        sources->setCurrentIndex(1);
        QTRY_VERIFY(
            find<PagePreview>(translation, "previewPages")->text().contains(QLatin1String("Women migrants count")));
    }

    void speakerAndOrganizationEditorsSave()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        w.window.showSection(Section::Speakers);
        w.action("newAction")->trigger();
        auto *speaker = w.area()->currentEditor();
        QCOMPARE(speaker->entity(), Entity::Speaker);
        type(find<QLineEdit>(speaker, "fullNameEdit"), QStringLiteral("María José Hernández Peña"));
        QCOMPARE(find<QLineEdit>(speaker, "sortNameEdit")->text(), QStringLiteral("Hernández Peña, María José"));
        find<QComboBox>(speaker, "organizationCombo")->setEditText(QStringLiteral("Ministerio de Trabajo"));
        QTest::keyClicks(find<QLineEdit>(speaker, "emailEdit"), QStringLiteral("not-an-address"));
        QVERIFY(!speaker->save());
        QVERIFY(find<QLineEdit>(speaker, "emailEdit")->property("invalid").toBool());
        find<QLineEdit>(speaker, "emailEdit")->setText(QStringLiteral("mj@example.org"));
        QVERIFY(speaker->save());
        const auto saved = SpeakerRepository(fixture.db()).load(speaker->recordId());
        QCOMPARE(saved->organizationName, QStringLiteral("Ministerio de Trabajo"));

        w.window.showSection(Section::Organizations);
        w.area()->showBrowser();
        w.action("newAction")->trigger();
        auto *organization = w.area()->currentEditor();
        QCOMPARE(organization->entity(), Entity::Organization);
        QTest::keyClicks(find<QLineEdit>(organization, "nameEdit"), QStringLiteral("Regional Network"));
        QTest::keyClicks(find<QLineEdit>(organization, "websiteEdit"), QStringLiteral("ftp://x"));
        QVERIFY(!organization->save());
        find<QLineEdit>(organization, "websiteEdit")->setText(QStringLiteral("https://network.example.org"));
        QVERIFY(organization->save());
    }
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
