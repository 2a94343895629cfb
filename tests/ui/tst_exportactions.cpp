#include "demo/demonewsroom.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "export/exportcontroller.h"
#include "export/exportnotice.h"
#include "i18n/translations.h"
#include "lists/sectionview.h"
#include "mainwindow/mainwindow.h"
#include "models/listmodel.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace pressdesk;

// Drives the Export menu of the real main window offscreen, by objectName. The file and
// folder dialogs are replaced through the controller's seams.
class TestExportActions : public QObject
{
    Q_OBJECT

private:
    static QAction *action(MainWindow &window, const char *name)
    {
        auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action named %s", name);
        return found;
    }

    static void selectFirstRelease(MainWindow &window)
    {
        QTableView *table = window.sectionView(Section::Releases)->table();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const QModelIndex first = table->model()->index(0, 0);
        table->setCurrentIndex(first);
    }

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }

    void everyExportActionHasAName()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        for (const char *name :
            { "exportPDFAction", "exportHTMLAction", "exportODTAction", "exportMDAction", "exportTXTAction",
                "exportNINJSAction", "printAction", "printPreviewAction", "copyRichTextAction", "copyPlainTextAction",
                "exportSelectedReleasesAction", "exportListedReleasesAction", "exportEventsAction",
                "exportSpeakersAction", "exportListCsvAction", "paperA4Action", "paperLetterAction" })
            QVERIFY2(action(window, name), name);
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("exportMenu")));
    }

    void copyAsPlainAndRichText()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        selectFirstRelease(window);
        const QString headline = window.sectionView(Section::Releases)->table()->model()->index(0, 0).data().toString();
        QVERIFY(action(window, "copyPlainTextAction")->isEnabled());
        action(window, "copyPlainTextAction")->trigger();
        const QMimeData *plain = QGuiApplication::clipboard()->mimeData();
        QVERIFY(plain->text().contains(QStringLiteral("###")));
        QVERIFY2(plain->text().simplified().contains(headline.simplified()), qPrintable(headline));
        QVERIFY(!plain->hasHtml());

        action(window, "copyRichTextAction")->trigger();
        const QMimeData *rich = QGuiApplication::clipboard()->mimeData();
        QVERIFY(rich->hasHtml());
        QVERIFY(rich->html().startsWith(QStringLiteral("<article")));
        QVERIFY(rich->text().contains(QStringLiteral("###")));
    }

    void exportCurrentReleaseThroughTheFileChooser()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        selectFirstRelease(window);
        QTemporaryDir folder;
        QString suggested;
        ExportController *controller = window.exportController();
        controller->setInteractive(false);
        controller->setFileChooser([&](const QString &, const QString &name, const QString &) {
            suggested = name;
            return folder.filePath(name);
        });
        QList<QUrl> opened;
        controller->notice()->setOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        action(window, "exportPDFAction")->trigger();
        QVERIFY(controller->lastErrors().isEmpty());
        QVERIFY(suggested.endsWith(QStringLiteral(".pdf")));
        // The status bar says where the file went, with Open and Show in Folder.
        ExportNotice *notice = controller->notice();
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->findChild<QLabel *>(QStringLiteral("exportNoticeLabel"))->text().contains(suggested));
        notice->findChild<QPushButton *>(QStringLiteral("openExportButton"))->click();
        notice->findChild<QPushButton *>(QStringLiteral("showExportFolderButton"))->click();
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(0), QUrl::fromLocalFile(folder.filePath(suggested)));
        QCOMPARE(
            QFileInfo(opened.at(1).toLocalFile()).canonicalFilePath(), QFileInfo(folder.path()).canonicalFilePath());
        notice->findChild<QToolButton *>(QStringLiteral("closeExportNoticeButton"))->click();
        QVERIFY(notice->isHidden());
        QFile pdf(folder.filePath(suggested));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
        action(window, "exportNINJSAction")->trigger();
        QVERIFY(QFile::exists(folder.filePath(suggested)));
        QVERIFY(suggested.endsWith(QStringLiteral(".json")));
    }

    void theReleaseInTheEditorIsExportedWithItsChanges()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.exportController()->setInteractive(false);
        QTableView *table = window.sectionView(Section::Releases)->table();
        QTRY_VERIFY(table->model()->rowCount() > 1);
        const qint64 edited = window.sectionView(Section::Releases)->model()->idAt(1);
        EditorPage *editor = window.editorArea()->open(Entity::Release, edited);
        QVERIFY(editor);
        auto *headline = editor->findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
        QVERIFY(headline);
        headline->selectAll();
        QTest::keyClicks(headline, QStringLiteral("Edited headline not yet saved"));
        QVERIFY(editor->isModified());
        // The list still has its first row current; the editor in front wins, and its
        // unsaved changes are saved before the copy.
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(action(window, "copyPlainTextAction")->isEnabled());
        action(window, "copyPlainTextAction")->trigger();
        QVERIFY2(
            QGuiApplication::clipboard()->mimeData()->text().contains(QStringLiteral("Edited headline not yet saved")),
            qPrintable(QGuiApplication::clipboard()->mimeData()->text().left(200)));
        QVERIFY(!editor->isModified());

        // Back to the list: the list's release again.
        window.editorArea()->showBrowser();
        QTRY_VERIFY(!window.editorArea()->currentEditor());
        action(window, "copyPlainTextAction")->trigger();
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->text().contains(QStringLiteral("Edited headline")));
    }

    void batchExportOfListedReleasesWritesEveryFile()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir folder;
        ExportController *controller = window.exportController();
        controller->setInteractive(false);
        controller->setFormatChooser([] { return std::optional<ExportFormat>(ExportFormat::Html); });
        controller->setFolderChooser([&](const QString &) { return folder.path(); });
        action(window, "exportListedReleasesAction")->trigger();
        QVERIFY2(controller->lastErrors().isEmpty(), qPrintable(controller->lastErrors().join(QLatin1Char('\n'))));
        QCOMPARE(QDir(folder.path()).entryList({ QStringLiteral("*.html") }, QDir::Files).size(), 8);
        QVERIFY(controller->notice()->isVisible());
        QVERIFY(controller->notice()
                    ->findChild<QLabel *>(QStringLiteral("exportNoticeLabel"))
                    ->text()
                    .startsWith(QLatin1String("Exported 8 releases to")));
        QVERIFY(controller->notice()->findChild<QPushButton *>(QStringLiteral("openExportButton"))->isHidden());

        // An unwritable folder is reported file by file.
        controller->setFolderChooser([](const QString &) { return QStringLiteral("/nonexistent-pressdesk-folder"); });
        action(window, "exportListedReleasesAction")->trigger();
        QCOMPARE(controller->lastErrors().size(), 8);
    }

    void eventsAndSpeakersExport()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        QTemporaryDir folder;
        ExportController *controller = window.exportController();
        controller->setInteractive(false);
        controller->setFileChooser(
            [&](const QString &, const QString &name, const QString &) { return folder.filePath(name); });
        action(window, "exportEventsAction")->trigger();
        action(window, "exportSpeakersAction")->trigger();
        QFile ics(folder.filePath(QStringLiteral("events.ics")));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        QCOMPARE(ics.readAll().count("BEGIN:VEVENT"), 3);
        QFile vcf(folder.filePath(QStringLiteral("speakers.vcf")));
        QVERIFY(vcf.open(QIODevice::ReadOnly));
        QCOMPARE(vcf.readAll().count("BEGIN:VCARD"), 11);
        action(window, "exportListCsvAction")->trigger();
        QFile csv(folder.filePath(QStringLiteral("list.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().contains("Headline"));
    }
};

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
