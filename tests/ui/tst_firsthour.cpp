#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "editor/recordpicker.h"
#include "editor/richtextedit.h"
#include "editor/richtexteditor.h"
#include "export/exportcontroller.h"
#include "export/exportnotice.h"
#include "firstrun/firstrunassistant.h"
#include "import/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/section.h"
#include "releaseeditor/pagepreview.h"
#include "releaseeditor/quotemarkers.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace pressdesk;

// The first hour of a communications officer, end to end in the real window: an empty
// newsroom, the welcome assistant, two speakers, a funder and an event, a release with a
// list and two quotes placed in its body, approval, a PDF export and a pasted release. A
// screenshot is saved at each step (FIRSTHOUR_SHOTS) to be looked at; the user guide
// shows the best of them.
class TestFirstHour : public QObject
{
    Q_OBJECT

private:
    QString m_shots;

    template<typename T>
    static T *find(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    // Types any text, accents included, as key events with text.
    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::sendKeyEvent(QTest::KeyAction::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
    }

    static void pick(RecordPicker *picker, const QString &text)
    {
        QCoreApplication::processEvents();
        picker->setFocus();
        picker->clear();
        QTest::sendKeyEvent(QTest::KeyAction::Click, picker, Qt::Key_unknown, text, Qt::NoModifier);
        QTRY_VERIFY(picker->completer()->completionModel()->rowCount() > 0);
        picker->completer()->popup()->hide();
        QTest::keyClick(picker, Qt::Key_Return);
        QCoreApplication::processEvents();
        // A person's next click closes the list; here it is closed by hand.
        picker->completer()->popup()->hide();
        QTRY_VERIFY(!picker->completer()->popup()->isVisible());
    }

    static void showTabOf(QWidget *editor, QWidget *field)
    {
        for (QTabWidget *tabs : editor->findChildren<QTabWidget *>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (tabs->widget(tab)->isAncestorOf(field))
                    tabs->setCurrentIndex(tab);
            }
        }
    }

    void shot(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QImage image = widget->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(image.save(QDir(m_shots).filePath(name + QStringLiteral(".png"))), qPrintable(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettingsInEnglish();
        m_shots = qEnvironmentVariable("FIRSTHOUR_SHOTS", QStringLiteral(FIRSTHOUR_SHOTS));
        QVERIFY(QDir().mkpath(m_shots));
    }

    void firstHour()
    {
        test::TestDatabase fixture;
        QTemporaryDir files;
        const QString logoPath = files.filePath(QStringLiteral("logo.png"));
        QImage logo(160, 80, QImage::Format_ARGB32);
        logo.fill(QColor(0x1d, 0x4e, 0x89));
        QVERIFY(logo.save(logoPath));

        MainWindow window(fixture.db());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditorArea *area = window.editorArea();

        // 1. The welcome assistant.
        QPointer<FirstRunAssistant> assistant = window.offerFirstRun();
        QVERIFY(assistant);
        assistant->setImageChooser([logoPath] { return logoPath; });
        type(find<QLineEdit>(assistant, "organizationNameEdit"),
            QStringLiteral("Agencia Regional para las Migraciones — Oficina de Costa Rica"));
        type(find<QLineEdit>(assistant, "organizationCountryEdit"), QStringLiteral("Costa Rica"));
        find<QPushButton>(assistant, "chooseLogoButton")->click();
        find<QPlainTextEdit>(assistant, "boilerplateEdit")
            ->setPlainText(QStringLiteral("The Agency works for safe, orderly and dignified migration in "
                                          "Central America and the Caribbean."));
        type(find<QLineEdit>(assistant, "contactNameEdit"), QStringLiteral("Lucía Méndez Soto"));
        type(find<QLineEdit>(assistant, "contactTitleEdit"), QStringLiteral("Communications Officer"));
        type(find<QLineEdit>(assistant, "contactEmailEdit"), QStringLiteral("prensa@example.org"));
        find<QComboBox>(assistant, "timeZoneCombo")->setCurrentText(QStringLiteral("America/Costa_Rica"));
        shot(assistant, QStringLiteral("01-welcome"));
        find<QPushButton>(assistant, "startButton")->click();
        QTRY_VERIFY(!assistant);
        QVERIFY(OrganizationRepository(fixture.db()).ours());
        shot(&window, QStringLiteral("02-empty-newsroom"));

        // 2. Two speakers with their exact titles.
        const QList<std::pair<QString, QString>> people {
            { QStringLiteral("María José Hernández Peña"),
                QStringLiteral("Vice Minister of Labour and Social Welfare of Costa Rica") },
            { QStringLiteral("Amina Wanjiru"), QStringLiteral("Regional Director for Central America") },
        };
        for (const auto &[name, title] : people) {
            window.showSection(Section::Speakers);
            area->showBrowser();
            window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
            EditorPage *speaker = area->currentEditor();
            QCOMPARE(speaker->entity(), Entity::Speaker);
            type(find<QLineEdit>(speaker, "fullNameEdit"), name);
            type(find<QLineEdit>(speaker, "titleEdit"), title);
            QVERIFY(speaker->save());
        }
        shot(&window, QStringLiteral("03-speaker"));
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 3); // with the media contact

        // 3. A funder, and an event it funds.
        window.showSection(Section::Organizations);
        area->showBrowser();
        window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        EditorPage *funder = area->currentEditor();
        type(find<QLineEdit>(funder, "nameEdit"), QStringLiteral("Regional Development Fund"));
        QVERIFY(funder->save());
        window.showSection(Section::Events);
        area->showBrowser();
        window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        EditorPage *event = area->currentEditor();
        QCOMPARE(event->entity(), Entity::Event);
        type(find<QLineEdit>(event, "nameEdit"), QStringLiteral("Regional Congress on Migrant Women"));
        find<QLineEdit>(event, "editionEdit")->setText(QStringLiteral("4"));
        find<QDateTimeEdit>(event, "startEdit")->setDateTime(QDateTime(QDate(2026, 12, 14), QTime(9, 0)));
        type(find<QLineEdit>(event, "cityEdit"), QStringLiteral("San José"));
        auto *organizations = find<RecordPicker>(event, "organizationPicker");
        showTabOf(event, organizations);
        QTRY_VERIFY(organizations->isVisible());
        pick(organizations, QStringLiteral("Fund"));
        auto *table = find<QTableWidget>(event, "organizationsTable");
        QTRY_COMPARE(table->rowCount(), 1);
        auto *role = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
        QVERIFY(role);
        role->setCurrentIndex(role->findData(QStringLiteral("funder")));
        shot(&window, QStringLiteral("04-event-funder"));
        QVERIFY(event->save());
        const Event savedEvent = *EventRepository(fixture.db()).load(event->recordId());
        QCOMPARE(savedEvent.organizations.size(), 1);
        QCOMPARE(savedEvent.organizations.first().role, OrganizationRole::Funder);

        // 4. A release with a list and two quotes placed in the body.
        window.showSection(Section::Releases);
        area->showBrowser();
        window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        EditorPage *release = area->currentEditor();
        QCOMPARE(release->entity(), Entity::Release);
        type(find<QLineEdit>(release, "headlineEdit"),
            QStringLiteral("Central America agrees on three priorities to protect migrant women workers"));
        type(find<QLineEdit>(release, "datelineCityEdit"), QStringLiteral("SAN JOSÉ"));
        type(find<QLineEdit>(release, "datelineCountryEdit"), QStringLiteral("Costa Rica"));
        type(find<QPlainTextEdit>(release, "leadEdit"),
            QStringLiteral("Ministers of labour from eight countries agreed today on a common plan."));
        auto *bodyEditor = find<RichTextEditor>(release, "bodyEditor");
        bodyEditor->setMarkdown(QStringLiteral("The agreement closes the fourth Regional Congress on Migrant Women.\n\n"
                                               "The plan sets out three priorities:\n\n"
                                               "- labour inspection in private homes and on farms\n"
                                               "- a referral route that answers within 24 hours\n"
                                               "- training for 300 inspectors by 2027\n\n"
                                               "The countries will report on progress at the next congress."));
        RichTextEdit *body = bodyEditor->edit();
        showTabOf(release, body);
        const auto quoteAt = [&](const QString &words, const QString &speaker, const QString &text) {
            body->setTextCursor(body->document()->find(words));
            // Insert Quote Here (Ctrl+Shift+Q, whose key press tst_editors plays).
            find<QAction>(body, "insertQuoteHereAction")->trigger();
            pick(find<RecordPicker>(release, "speakerPicker"), speaker);
            type(find<QPlainTextEdit>(release, "quoteTextEdit"), text);
            showTabOf(release, body);
        };
        quoteAt(QStringLiteral("300 inspectors"), QStringLiteral("Hernández"),
            QStringLiteral("Labour rights do not stop at the door of a private home."));
        quoteAt(QStringLiteral("fourth Regional"), QStringLiteral("Amina"),
            QStringLiteral("Migrant women hold our economies together; today they have a plan."));
        QCOMPARE(find<QuoteMarkers>(release, "quoteMarkers")->slots(), QList<int>({ 1, 3 }));
        pick(find<RecordPicker>(release, "eventPicker"), QStringLiteral("Congress"));
        showTabOf(release, body);
        window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QTRY_VERIFY(release->recordId() > 0);
        // The preview beside the editor shows the release as exported, quotes in place.
        // The preview draws the PDF engine's pages; its text is theirs, line by line.
        auto *preview = find<PagePreview>(release, "previewPages");
        QTRY_VERIFY(preview->text().simplified().contains(QLatin1String("Labour rights do not stop")));
        const QString shown = preview->text().simplified();
        QVERIFY(shown.indexOf(QLatin1String("300 inspectors")) < shown.indexOf(QLatin1String("Labour rights do not")));
        shot(&window, QStringLiteral("05-release-quotes-in-body"));

        // 5. Approval.
        auto *status = find<QComboBox>(release, "statusCombo");
        showTabOf(release, status);
        status->setCurrentIndex(status->findData(QStringLiteral("approved")));
        window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QTRY_COMPARE(ReleaseRepository(fixture.db()).load(release->recordId())->status, ReleaseStatus::Approved);
        const Release saved = *ReleaseRepository(fixture.db()).load(release->recordId());
        QCOMPARE(saved.contacts.size(), 1); // the media contact from the assistant
        QCOMPARE(saved.events.size(), 1);

        // 6. Export as PDF: the list stays with its introduction, each quote in its place.
        ExportController *exporter = window.exportController();
        exporter->setInteractive(false);
        QString pdfPath;
        exporter->setFileChooser([&](const QString &, const QString &name, const QString &) {
            pdfPath = files.filePath(name);
            return pdfPath;
        });
        window.findChild<QAction *>(QStringLiteral("exportPDFAction"))->trigger();
        QVERIFY(exporter->lastErrors().isEmpty());
        QVERIFY(exporter->notice()->isVisible());
        shot(&window, QStringLiteral("06-exported"));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { pdfPath, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished(60'000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        const QStringList order { QStringLiteral("fourth Regional Congress"), QStringLiteral("Migrant women hold"),
            QStringLiteral("three priorities:"), QStringLiteral("labour inspection in private homes"),
            QStringLiteral("300 inspectors by 2027"), QStringLiteral("Labour rights do not stop"),
            QStringLiteral("report on progress") };
        qsizetype from = 0;
        for (const QString &part : order) {
            const qsizetype at = text.indexOf(part, from);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: %1").arg(part)));
            from = at;
        }
        // The event's time names its place and offset, not "CST".
        QVERIFY2(text.contains(QStringLiteral("09:00 Costa Rica time (UTC\u22126)")), qPrintable(text));
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdfPath,
                QDir(m_shots).filePath(QStringLiteral("07-pdf-page")) });
        QVERIFY(pdftoppm.waitForFinished(60'000));

        // 7. Paste a release copied from elsewhere: it arrives for review, then as a record.
        ImportController *importer = window.importController();
        importer->setDialogRunner([this](QDialog &dialog) {
            dialog.show();
            shot(&dialog, QStringLiteral("08-paste-review"));
            dialog.accept();
            return int(QDialog::Accepted);
        });
        QGuiApplication::clipboard()->setText(QStringLiteral(
            "Border towns open shelters for women in transit\n\n"
            "PANAMA CITY, 3 December 2026 – Four border towns opened shelters for women in transit today.\n\n"
            "\"No woman should cross a border alone and unprotected,\" said Amina Wanjiru, Regional Director for "
            "Central America.\n"));
        window.findChild<QAction *>(QStringLiteral("pasteAsReleaseAction"))->trigger();
        QTRY_COMPARE(ReleaseRepository(fixture.db()).count(), 2);
        const QList<Release> releases = ReleaseRepository(fixture.db()).summaries({});
        const auto pasted = std::find_if(releases.cbegin(), releases.cend(), [](const Release &r) {
            return r.headline == QLatin1String("Border towns open shelters for women in transit");
        });
        QVERIFY(pasted != releases.cend());
        const Release imported = *ReleaseRepository(fixture.db()).load(pasted->id);
        QCOMPARE(imported.datelineCity, QStringLiteral("Panama City"));
        QCOMPARE(imported.datelineCountry, QStringLiteral("Panama"));
        QCOMPARE(imported.quotes.size(), 1);
        // The speaker already in the newsroom is the one quoted, not a new one.
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 3);
        area->showBrowser();
        shot(&window, QStringLiteral("09-newsroom-after-an-hour"));
    }
};

QTEST_MAIN(TestFirstHour)
#include "tst_firsthour.moc"
