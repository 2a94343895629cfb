#include "i18n/translations.h"
#include "import/csvmappingdialog.h"
#include "import/importblockview.h"
#include "import/importcontroller.h"
#include "import/importreviewdialog.h"
#include "mainwindow/mainwindow.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"
#include "testfixtures.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace pressdesk;

// QCOMPARE cannot return from the dialog runners, which return the dialog result.
#define CHECK_EQ(a, b)                                                                                                 \
    do {                                                                                                               \
        if (!((a) == (b)))                                                                                             \
            qFatal("check failed at line %d", __LINE__);                                                               \
    } while (false)

// The import dialogs and the window's import paths, driven offscreen by objectName. The
// controller's seams run the dialogs here instead of exec().
class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    static QString data(const char *name)
    {
        return QStringLiteral(PRESSDESK_TEST_DATA "/import/") + QLatin1String(name);
    }

    template<typename T>
    static T *child(QObject &parent, const QString &name)
    {
        T *found = parent.findChild<T *>(name);
        if (!found)
            qFatal("no child named %s", qPrintable(name));
        return found;
    }

    static int click(QDialog &dialog, const char *button)
    {
        QTest::mouseClick(child<QPushButton>(dialog, QLatin1String(button)), Qt::LeftButton);
        return dialog.result();
    }

    static void typeInto(QTableWidget *table, int row, int column, const QString &text)
    {
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        QLineEdit *editor = nullptr;
        for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
            // Closed editors linger until deleted: take the open one over this cell.
            if (!candidate->isHidden()
                && candidate->geometry().intersects(table->visualItemRect(table->item(row, column))))
                editor = candidate;
        }
        QVERIFY(editor);
        editor->selectAll();
        // keyClicks only knows Latin-1; non-ASCII text goes in as key events with text.
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::KeyAction::Click, editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettingsInEnglish();
        QSettings().remove(QStringLiteral("import"));
    }

    void menuActionHasNames()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        auto *import = child<QAction>(window, QStringLiteral("importAction"));
        QVERIFY(window.acceptDrops());
        bool inFileMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(import))
                inFileMenu = menu->text().remove(QLatin1Char('&')) == QLatin1String("File");
        }
        QVERIFY(inFileMenu);
    }

    void reviewAcceptWithEditedSpeaker()
    {
        test::TestDatabase fixture;
        const qint64 existing = fixture.addSpeaker(QStringLiteral("Daniel Okafor"), QStringLiteral("Director"));
        MainWindow window(fixture.db());
        ImportController *controller = window.importController();
        int reviews = 0;
        controller->setDialogRunner([&](QDialog &dialog) -> int {
            ++reviews;
            dialog.show();
            auto *review = qobject_cast<ImportReviewDialog *>(&dialog);
            if (!review)
                qFatal("expected the review dialog");
            // Nothing is written while the dialog is open.
            if (ReleaseRepository(fixture.db()).count() != 0)
                qFatal("written before accepting");
            auto *headline = child<QLineEdit>(dialog, QStringLiteral("headlineEdit"));
            CHECK_EQ(headline->text(), QStringLiteral("Coastal towns open shared flood warning network"));
            headline->selectAll();
            QTest::keyClicks(headline, QStringLiteral("Coastal towns share a flood network"));
            auto *quotes = child<QTableWidget>(dialog, QStringLiteral("quotesTable"));
            if (quotes->rowCount() != 3)
                qFatal("expected three quotes");
            // Row 0: a new speaker; edit the proposed name and title.
            auto *first = child<QComboBox>(dialog, QStringLiteral("speakerCombo0"));
            CHECK_EQ(first->currentData().toLongLong(), ImportReviewDialog::newSpeaker);
            typeInto(quotes, 0, ImportReviewDialog::NameColumn, QStringLiteral("María José Hernández"));
            typeInto(quotes, 0, ImportReviewDialog::TitleColumn, QStringLiteral("Viceministra"));
            // Row 1: matched to the existing speaker by name.
            CHECK_EQ(child<QComboBox>(dialog, QStringLiteral("speakerCombo1"))->currentData().toLongLong(), existing);
            // Row 2: leave it in the body only.
            auto *third = child<QComboBox>(dialog, QStringLiteral("speakerCombo2"));
            third->setCurrentIndex(third->findData(ImportReviewDialog::noSpeaker));
            return click(dialog, "importButton");
        });
        const ImportResult result = controller->importFiles({ data("en-dateline-full.txt") });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(reviews, 1);
        ReleaseRepository releases(fixture.db());
        QCOMPARE(releases.count(), 1);
        const Release release = *releases.load(result.entries.constFirst().id);
        QCOMPARE(release.headline, QStringLiteral("Coastal towns share a flood network"));
        QCOMPARE(release.quotes.size(), 2);
        QCOMPARE(release.quotes.at(0).speakerName, QStringLiteral("María José Hernández"));
        QCOMPARE(release.quotes.at(1).speakerId, existing);
        const Speaker created = *SpeakerRepository(fixture.db()).load(release.quotes.at(0).speakerId);
        QCOMPARE(created.title, QStringLiteral("Viceministra"));
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 2);
        QVERIFY(fixture.scalar(QStringLiteral("SELECT original FROM import_sources"))
                    .toString()
                    .contains(QLatin1String("###")));
    }

    static int rowOf(ImportBlockView *view, const QString &start)
    {
        for (int row = 0; row < view->count(); ++row) {
            if (view->item(row)->text().startsWith(start))
                return row;
        }
        qFatal("no block starts with %s", qPrintable(start));
    }

    // The blocks tab shows each block with its field; moving blocks with keys and the
    // context menu's actions derives the fields again, undo puts them back, and Import
    // writes the fields as the blocks last gave them (and the original text).
    void reviewReassignsBlocks()
    {
        test::TestDatabase fixture;
        const qint64 okafor = fixture.addSpeaker(QStringLiteral("Daniel Okafor"), QStringLiteral("Director"));
        MainWindow window(fixture.db());
        ImportController *controller = window.importController();
        controller->setDialogRunner([&](QDialog &dialog) -> int {
            dialog.show();
            auto *review = qobject_cast<ImportReviewDialog *>(&dialog);
            if (!review)
                qFatal("expected the review dialog");
            auto *tabs = child<QTabWidget>(dialog, QStringLiteral("importReviewTabs"));
            CHECK_EQ(tabs->tabText(0), QStringLiteral("Blocks"));
            auto *view = child<ImportBlockView>(dialog, QStringLiteral("importBlockView"));
            const auto field = [&](int row) {
                return review->plan().items.at(row).field;
            };
            CHECK_EQ(field(rowOf(view, QStringLiteral("Coastal towns"))), ReleasePlan::Field::Headline);
            CHECK_EQ(field(rowOf(view, QStringLiteral("Twelve municipalities will"))), ReleasePlan::Field::Subheadline);
            CHECK_EQ(field(rowOf(view, QStringLiteral("SAN JOS"))), ReleasePlan::Field::Lead);
            CHECK_EQ(field(rowOf(view, QStringLiteral("\"Every minute"))), ReleasePlan::Field::Quote);
            CHECK_EQ(field(rowOf(view, QStringLiteral("FOR IMMEDIATE"))), ReleasePlan::Field::Ignored);
            CHECK_EQ(field(rowOf(view, QStringLiteral("Ana Ruiz"))), ReleasePlan::Field::Notes);
            if (!child<QLabel>(dialog, QStringLiteral("confidence_lead"))->text().contains(QLatin1String("90")))
                qFatal("the lead's confidence is shown");
            if (!child<QLabel>(dialog, QStringLiteral("dateSourceLabel"))->text().contains(QLatin1String("dateline")))
                qFatal("the date's source is shown");
            auto *quotes = child<QTableWidget>(dialog, QStringLiteral("quotesTable"));
            CHECK_EQ(quotes->rowCount(), 3);
            // Okafor is on file as "Director"; this release prints another title.
            const QString okaforTitle = quotes->item(1, ImportReviewDialog::TitleColumn)->text();
            if (!okaforTitle.contains(QLatin1String("Director of Operations"))
                || !okaforTitle.contains(QLatin1String("on file: Director")))
                qFatal("the printed title and the one on file are both shown: %s", qPrintable(okaforTitle));

            // Keys: the subheadline becomes body, a body paragraph a note, another a quote.
            view->setFocus();
            view->setCurrentRow(rowOf(view, QStringLiteral("Twelve municipalities will")));
            QTest::keyClick(view, Qt::Key_B);
            view->setCurrentRow(rowOf(view, QStringLiteral("The first drills")));
            QTest::keyClick(view, Qt::Key_N);
            view->setCurrentRow(rowOf(view, QStringLiteral("The network was built")));
            QTest::keyClick(view, Qt::Key_Q);
            auto *body = child<QPlainTextEdit>(dialog, QStringLiteral("bodyEdit"));
            auto *notes = child<QPlainTextEdit>(dialog, QStringLiteral("notesEdit"));
            CHECK_EQ(child<QLineEdit>(dialog, QStringLiteral("subheadlineEdit"))->text(), QString());
            if (!body->toPlainText().startsWith(QLatin1String("Twelve municipalities will share")))
                qFatal("the former subheadline opens the body");
            if (body->toPlainText().contains(QLatin1String("first drills"))
                || !notes->toPlainText().contains(QLatin1String("first drills")))
                qFatal("the moved paragraph is in the notes, not the body");
            CHECK_EQ(quotes->rowCount(), 4);
            CHECK_EQ(quotes->item(0, ImportReviewDialog::TextColumn)->text(),
                QStringLiteral("The network was built over two years with support from the regional water authority."));
            CHECK_EQ(field(rowOf(view, QStringLiteral("The first drills"))), ReleasePlan::Field::Notes);
            const ReleasePlan::Item &moved = review->plan().items.at(rowOf(view, QStringLiteral("The first drills")));
            if (!moved.manual || moved.confidence != 1.0)
                qFatal("a block the user placed is sure");

            // The context menu's action for a block, then undo and redo.
            view->setCurrentRow(rowOf(view, QStringLiteral("FOR IMMEDIATE")));
            child<QAction>(*view, QStringLiteral("assign_headline"))->trigger();
            CHECK_EQ(child<QLineEdit>(dialog, QStringLiteral("headlineEdit"))->text(),
                QStringLiteral("FOR IMMEDIATE RELEASE Coastal towns open shared flood warning network"));
            child<QAction>(dialog, QStringLiteral("undoReassignAction"))->trigger();
            CHECK_EQ(child<QLineEdit>(dialog, QStringLiteral("headlineEdit"))->text(),
                QStringLiteral("Coastal towns open shared flood warning network"));
            child<QAction>(dialog, QStringLiteral("undoReassignAction"))->trigger(); // the quote
            CHECK_EQ(quotes->rowCount(), 3);
            child<QAction>(dialog, QStringLiteral("redoReassignAction"))->trigger();
            CHECK_EQ(quotes->rowCount(), 4);
            // A quote made by hand has no speaker yet; choosing one survives later moves.
            auto *first = child<QComboBox>(dialog, QStringLiteral("speakerCombo0"));
            CHECK_EQ(first->currentData().toLongLong(), ImportReviewDialog::noSpeaker);
            first->setCurrentIndex(first->findData(okafor));
            // The vice minister's follow-up stays in the body.
            view->setCurrentRow(rowOf(view, QStringLiteral("\"The sirens")));
            QTest::keyClick(view, Qt::Key_B);
            CHECK_EQ(quotes->rowCount(), 3);
            if (!body->toPlainText().contains(QLatin1String("The sirens will be tested")))
                qFatal("a quote moved to the body is in the body");
            if (ReleaseRepository(fixture.db()).count() != 0)
                qFatal("written before accepting");
            if (const QByteArray shots = qgetenv("PRESSDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
                view->setCurrentRow(rowOf(view, QStringLiteral("\"Every minute")));
                dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/import-review-blocks.png"));
                tabs->setCurrentWidget(quotes);
                dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/import-review-quotes.png"));
                tabs->setCurrentIndex(0);
            }
            return click(dialog, "importButton");
        });
        const ImportResult result = controller->importFiles({ data("en-dateline-full.txt") });
        QVERIFY2(result.ok, qPrintable(result.error));
        const Release release = *ReleaseRepository(fixture.db()).load(result.entries.constFirst().id);
        QCOMPARE(release.headline, QStringLiteral("Coastal towns open shared flood warning network"));
        QVERIFY(release.subheadline.isEmpty());
        QVERIFY(release.body.startsWith(QLatin1String("Twelve municipalities will share")));
        QVERIFY(release.body.contains(QLatin1String("The sirens will be tested")));
        QVERIFY(!release.body.contains(QLatin1String("first drills")));
        QVERIFY(release.notesToEditors.contains(QLatin1String("The first drills are planned for September.")));
        QCOMPARE(release.quotes.size(), 3);
        QCOMPARE(release.quotes.at(0).text,
            QStringLiteral("The network was built over two years with support from the regional water authority."));
        QCOMPARE(release.quotes.at(0).speakerId, okafor);
        QCOMPARE(release.quotes.at(2).speakerId, okafor);
        QCOMPARE(release.quotes.at(2).attribution, QStringLiteral("Director of Operations, Regional Water Network"));
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT original FROM import_sources")).toString(),
            QString::fromUtf8(test::importFixture(QStringLiteral("en-dateline-full.txt"))));
    }

    void largeImportKeepsTheWindowAlive()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(Section::Speakers);
        const QString cards = QDir(fixture.folder()).filePath(QStringLiteral("many.vcf"));
        {
            QFile file(cards);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 3000; ++i)
                file.write(
                    QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Speaker %1\r\nTITLE:Officer %1\r\nEND:VCARD\r\n")
                        .arg(i)
                        .toUtf8());
        }
        // The window's event loop keeps running while the import writes on its own thread.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        const ImportResult result = window.importController()->importFiles({ cards });
        ticker.stop();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 3000);
        QVERIFY2(ticks > 0, "the window froze during the import");
        // The list in the window follows the import made on the other connection.
        auto *table = window.findChild<QTableView *>(QStringLiteral("speakersList"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("3000 speakers"));
    }

    void reviewCancelLeavesNoTrace()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.importController()->setDialogRunner([](QDialog &dialog) {
            dialog.show();
            return click(dialog, "cancelButton");
        });
        const ImportResult result = window.importController()->importFiles({ data("es-dateline-afirmo.txt") });
        QVERIFY(!result.ok);
        QCOMPARE(ReleaseRepository(fixture.db()).count(), 0);
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 0);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM organizations")).toInt(), 0);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM import_sources")).toInt(), 0);
    }

    // A calendar with bad events: the window lists each one left out (file, line, why) and
    // the warnings before anything is written; Cancel writes nothing, Import the Others
    // writes the good events; a file where nothing can be read offers only Close.
    void problemsAreListedBeforeImport()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        QStringList rows;
        QString summary;
        const auto listProblems = [&](QDialog &dialog) {
            CHECK_EQ(dialog.objectName(), QStringLiteral("importProblemsDialog"));
            dialog.show();
            rows.clear();
            auto *list = child<QTableWidget>(dialog, QStringLiteral("importProblemsList"));
            for (int row = 0; row < list->rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < list->columnCount(); ++column)
                    cells.append(list->item(row, column)->text());
                rows.append(cells.join(QLatin1Char('|')));
            }
            summary = child<QLabel>(dialog, QStringLiteral("importProblemsSummary"))->text();
            static int shots = 0;
            dialog.grab().save(QDir::current().filePath(QStringLiteral("import-problems-%1.png").arg(++shots)));
        };
        window.importController()->setDialogRunner([&](QDialog &dialog) {
            listProblems(dialog);
            return click(dialog, "cancelImportButton");
        });
        QVERIFY(!window.importController()->importFiles({ data("problems.ics") }).ok);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 0);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0),
            QStringLiteral("problems.ics|12|Left out|Event “Board meeting” at line 12 has no start date (DTSTART): "
                           "skipped."));
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("problems.ics|18|Imported, changed|")), qPrintable(rows.at(1)));
        QVERIFY2(summary.contains(QLatin1String("3 records can be imported")), qPrintable(summary));

        window.importController()->setDialogRunner([&](QDialog &dialog) {
            listProblems(dialog);
            return click(dialog, "importOthersButton");
        });
        const ImportResult imported = window.importController()->importFiles({ data("problems.ics") });
        QVERIFY(imported.ok);
        QCOMPARE(fixture.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 3);

        QTemporaryDir dir;
        const QString hopeless = dir.filePath(QStringLiteral("nobody.vcf"));
        QFile file(hopeless);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n");
        file.close();
        bool onlyClose = false;
        window.importController()->setDialogRunner([&](QDialog &dialog) {
            listProblems(dialog);
            onlyClose = !dialog.findChild<QPushButton *>(QStringLiteral("importOthersButton"));
            return click(dialog, "cancelImportButton");
        });
        QVERIFY(!window.importController()->importFiles({ hopeless }).ok);
        QVERIFY(onlyClose);
        QVERIFY2(summary.startsWith(QLatin1String("Nothing can be imported")), qPrintable(summary));
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 0);
    }

    // Esc after an edit asks before throwing the edits away (Cancel keeps editing); the
    // quote table's columns show their headers and fit the dialog without scrolling.
    void reviewEscAsksBeforeDiscardingEdits()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        int questions = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        auto *answerer = new QTimer(&window);
        answerer->setInterval(20);
        connect(answerer, &QTimer::timeout, &window, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                ++questions;
                box->button(answer)->click();
            }
        });
        answerer->start();
        window.importController()->setDialogRunner([&](QDialog &dialog) {
            dialog.show();
            auto *quotes = child<QTableWidget>(dialog, QStringLiteral("quotesTable"));
            auto *tabs = child<QTabWidget>(dialog, QStringLiteral("importReviewTabs"));
            tabs->setCurrentIndex(tabs->indexOf(quotes));
            QCoreApplication::processEvents();
            QHeaderView *header = quotes->horizontalHeader();
            int total = 0;
            for (int column = 0; column < quotes->columnCount(); ++column) {
                CHECK_EQ(header->sectionSize(column) >= std::min(header->sectionSizeHint(column), 120), true);
                total += header->sectionSize(column);
            }
            CHECK_EQ(total <= quotes->viewport()->width() + 2, true);

            tabs->setCurrentIndex(0);
            auto *headline = child<QLineEdit>(dialog, QStringLiteral("headlineEdit"));
            headline->setFocus();
            QTest::keyClicks(headline, QStringLiteral(" (edited)"));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            CHECK_EQ(questions, 1);
            CHECK_EQ(dialog.isVisible(), true);
            CHECK_EQ(headline->text().endsWith(QLatin1String("(edited)")), true);
            answer = QMessageBox::Discard;
            QTest::keyClick(&dialog, Qt::Key_Escape);
            CHECK_EQ(questions, 2);
            CHECK_EQ(dialog.isVisible(), false);
            return dialog.result();
        });
        const ImportResult result = window.importController()->importFiles({ data("es-dateline-afirmo.txt") });
        QVERIFY(!result.ok);
        QCOMPARE(questions, 2);
        QCOMPARE(ReleaseRepository(fixture.db()).count(), 0);

        // Without edits, Cancel asks nothing.
        window.importController()->setDialogRunner([](QDialog &dialog) {
            dialog.show();
            return click(dialog, "cancelButton");
        });
        QVERIFY(!window.importController()->importFiles({ data("es-dateline-afirmo.txt") }).ok);
        QCOMPARE(questions, 2);
    }

    // The embargo shows as printed (its time in its zone); changing the zone moves the instant.
    void reviewShowsAndEditsTheEmbargo()
    {
        ImportRecord record;
        record.release.headline = QStringLiteral("Food prices push millions into hunger");
        record.release.embargoUntil = QDateTime(QDate(2025, 3, 12), QTime(5, 0), QTimeZone::utc());
        record.release.embargoTimeZone = QStringLiteral("Europe/Brussels");
        ImportReviewDialog dialog(record, {});
        auto *check = child<QCheckBox>(dialog, QStringLiteral("hasEmbargoCheck"));
        auto *edit = child<QDateTimeEdit>(dialog, QStringLiteral("embargoEdit"));
        auto *zone = child<QComboBox>(dialog, QStringLiteral("embargoZoneCombo"));
        QVERIFY(check->isChecked());
        QCOMPARE(edit->dateTime().time(), QTime(6, 0));
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Brussels"));
        QCOMPARE(dialog.record().release.embargoUntil, record.release.embargoUntil);
        zone->setCurrentText(QStringLiteral("America/New_York"));
        QCOMPARE(dialog.record().release.embargoUntil,
            QDateTime(QDate(2025, 3, 12), QTime(6, 0), QTimeZone("America/New_York")).toUTC());
        QCOMPARE(dialog.record().release.embargoTimeZone, QStringLiteral("America/New_York"));
        check->setChecked(false);
        QVERIFY(!dialog.record().release.embargoUntil.isValid());
        QVERIFY(dialog.record().release.embargoTimeZone.isEmpty());
    }

    void dropTextAndFilesOnTheWindow()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        QStringList messages;
        window.importController()->setMessageSink([&](const QString &message) { messages.append(message); });
        window.importController()->setDialogRunner([](QDialog &dialog) {
            dialog.show();
            return click(dialog, "importButton");
        });
        QMimeData text;
        text.setText(QString::fromUtf8(QByteArray("Port adopts night rules\n\nPANAMA CITY – The port adopted rules.\n\n"
                                                  "\"We are ready,\" said Laura Pérez, Chief Pilot.")));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(ReleaseRepository(fixture.db()).count(), 1);

        QMimeData files;
        files.setUrls({ QUrl::fromLocalFile(data("speakers-3.0.vcf")) });
        QDragEnterEvent enterFiles(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enterFiles);
        QVERIFY(enterFiles.isAccepted());
        QDropEvent dropFiles(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropFiles);
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 3); // Laura Pérez, Daniel Okafor, Ana Ruiz
    }

    void csvMappingThroughTheMenuIsRemembered()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        ImportController *controller = window.importController();
        controller->setFileChooser([] { return QStringList { data("speakers-utf16.csv") }; });
        int runs = 0;
        controller->setDialogRunner([&](QDialog &dialog) -> int {
            dialog.show();
            auto *mapping = qobject_cast<CsvMappingDialog *>(&dialog);
            if (!mapping)
                qFatal("expected the mapping dialog");
            auto *preview = child<QTableWidget>(dialog, QStringLiteral("csvPreviewTable"));
            if (preview->rowCount() != 2)
                qFatal("expected a two-row preview");
            auto *notes = child<QComboBox>(dialog, QStringLiteral("csvFieldCombo5"));
            if (runs++ == 0) {
                CHECK_EQ(notes->currentData().toString(), QStringLiteral("notes"));
                notes->setCurrentIndex(notes->findData(QStringLiteral("bio"))); // notes go to the biography instead
            } else {
                CHECK_EQ(notes->currentData().toString(), QStringLiteral("bio")); // remembered for this layout
            }
            return click(dialog, "importButton");
        });
        controller->setDuplicateChooser([](int) { return DuplicatePolicy::Skip; });
        child<QAction>(window, QStringLiteral("importAction"))->trigger();
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 2);
        const QList<Speaker> speakers = SpeakerRepository(fixture.db()).list();
        QVERIFY(std::any_of(speakers.cbegin(), speakers.cend(),
            [](const Speaker &s) { return s.bio.startsWith(QLatin1String("Prefers Spanish.")); }));
        child<QAction>(window, QStringLiteral("importAction"))->trigger();
        QCOMPARE(runs, 2);
        QCOMPARE(SpeakerRepository(fixture.db()).count(), 2); // skipped as duplicates
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
