#include "editor/editorarea.h"
#include "editor/richtextedit.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "releaseeditor/releaseeditor.h"
#include "spelling/dictionarylocator.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingservice.h"
#include "spelling/spellingvariant.h"
#include "spelling/spelllineedit.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace pressdesk;

// Spell checking in the release editor, driven offscreen by objectName: underlines as you
// type in the body, headline, lead and quotes, the release language, and the context menu
// (a suggestion, Add to Dictionary, Ignore).
class TestSpellingUi : public QObject
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

    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::sendKeyEvent(QTest::KeyAction::Click, widget, Qt::Key_unknown, text, Qt::NoModifier);
    }

    // The words of a text edit's document drawn with the spell check underline.
    static QStringList underlined(const QTextDocument *document)
    {
        QStringList words;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    words.append(block.text().mid(range.start, range.length));
            }
        }
        return words;
    }

    static QStringList underlined(const SpellLineEdit *edit)
    {
        QStringList words;
        for (const SpellToken &token : edit->misspellings())
            words.append(edit->text().mid(token.start, token.length));
        return words;
    }

    // Red pixels of the wavy line in a grab of the widget.
    static int redPixels(QWidget *widget)
    {
        const QImage image = widget->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 150 && c.green() < 110 && c.blue() < 110)
                    ++count;
            }
        }
        return count;
    }

    // Opens the field's context menu at pos (viewport coordinates for text edits) and
    // clicks the action named actionName in it ("=text": the action with that text; empty:
    // none, the menu is closed). Returns the menu's name and its actions' names or texts.
    static QStringList clickInContextMenu(QWidget *target, const QPoint &pos, const QString &actionName)
    {
        QStringList texts;
        bool clicked = false;
        QTimer::singleShot(50, qApp, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            texts.append(menu->objectName());
            for (QAction *action : menu->actions())
                texts.append(action->objectName().isEmpty() ? action->text() : action->objectName());
            for (QAction *action : menu->actions()) {
                if (action->objectName() == actionName
                    || (actionName.startsWith(QLatin1Char('=')) && action->text() == actionName.mid(1))) {
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                    clicked = true;
                    return;
                }
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, target->mapToGlobal(pos));
        QApplication::sendEvent(target, &event);
        if (!clicked && !actionName.isEmpty())
            qWarning(
                "no action %s in the menu: %s", qPrintable(actionName), qPrintable(texts.join(QLatin1String(", "))));
        return texts;
    }

    static QPoint pointInPlainWord(QPlainTextEdit *edit, int position)
    {
        QTextCursor cursor(edit->document());
        cursor.setPosition(position);
        return edit->cursorRect(cursor).center() + QPoint(2, 0);
    }

    static QPoint pointInRichWord(QTextEdit *edit, int position)
    {
        QTextCursor cursor(edit->document());
        cursor.setPosition(position);
        return edit->cursorRect(cursor).center() + QPoint(2, 0);
    }

    static QPoint pointInLineWord(QLineEdit *edit, int position)
    {
        const int keep = edit->cursorPosition();
        edit->setCursorPosition(position);
        const QPoint point = edit->inputMethodQuery(Qt::ImCursorRectangle).toRect().center() + QPoint(2, 0);
        edit->setCursorPosition(keep);
        return point;
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
    };

    ReleaseEditor *newRelease(Window &w)
    {
        w.window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        return qobject_cast<ReleaseEditor *>(w.window.editorArea()->currentEditor());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PressdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_spelling_ui"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(SpellingService::defaultPersonalDictionaryPath());
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
        // Loaded before the editors so that the checks below need not wait.
        if (SpellChecker::hunspellBuiltIn()) {
            QVERIFY(SpellingService::shared().load(QStringLiteral("en")));
            QVERIFY(SpellingService::shared().load(QStringLiteral("es")));
            // "en" is checked as en-GB or en-US (SpellingVariant); en-GB falls back to en_US
            // where no British dictionary is installed.
            QVERIFY(SpellingService::shared().load(QStringLiteral("en-GB")));
            QVERIFY(SpellingService::shared().load(QStringLiteral("en-US")));
        }
    }

    void init()
    {
        if (!SpellChecker::hunspellBuiltIn() && QByteArray(QTest::currentTestFunction()) != "withoutSpelling")
            QSKIP("Built without Hunspell");
    }

    // Hunspell missing or no dictionary for the language: the editor works as before.
    void withoutSpelling()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        ReleaseEditor *editor = newRelease(w);
        QVERIFY(editor);
        auto *language = find<QComboBox>(editor, "languageCombo");
        if (SpellChecker::hunspellBuiltIn())
            language->setCurrentIndex(language->findData(QStringLiteral("ja")));
        auto *headline = find<SpellLineEdit>(editor, "headlineEdit");
        QTest::keyClicks(headline, QStringLiteral("Ministers recieve"));
        QCOMPARE(headline->text(), QStringLiteral("Ministers recieve"));
        QVERIFY(underlined(headline).isEmpty());
        auto *body = find<RichTextEdit>(editor, "bodyTextEdit");
        type(body, QStringLiteral("We recieve."));
        QVERIFY(underlined(body->document()).isEmpty());
        QVERIFY(editor->isModified());
        QVERIFY(!language->toolTip().isEmpty());
        PreferencesDialog dialog(fixture.db());
        const QString text = find<QLabel>(&dialog, "spellingStatusLabel")->text();
        if (!SpellChecker::hunspellBuiltIn())
            QVERIFY2(text.contains(QLatin1String("without Hunspell")), qPrintable(text));
    }

    void cleanupTestCase() { QFile::remove(SpellingService::defaultPersonalDictionaryPath()); }

    void underlinesAndLanguage()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        ReleaseEditor *editor = newRelease(w);
        QVERIFY(editor);
        auto *body = find<RichTextEdit>(editor, "bodyTextEdit");
        auto *headline = find<SpellLineEdit>(editor, "headlineEdit");
        auto *lead = find<QPlainTextEdit>(editor, "leadEdit");

        QTest::keyClicks(headline, QStringLiteral("Ministers recieve the report"));
        QCOMPARE(underlined(headline), QStringList { QStringLiteral("recieve") });
        QVERIFY2(redPixels(headline) > 5, "the wavy line is painted under the headline's word");
        find<QComboBox>(editor, "languageCombo")->setFocus();

        type(body, QStringLiteral("The ministers recieve a plan on migración. See https://ilo.org or UNESCO."));
        QTRY_COMPARE(
            underlined(body->document()), (QStringList { QStringLiteral("recieve"), QStringLiteral("migración") }));
        QCOMPARE(body->toPlainText().count(QLatin1String("recieve")), 1);
        QTest::keyClicks(lead, QStringLiteral("A shrot lead."));
        QCOMPARE(underlined(lead->document()), QStringList { QStringLiteral("shrot") });

        // The quote's text too.
        find<QPushButton>(editor, "addQuoteButton")->click();
        auto *quote = find<QPlainTextEdit>(editor, "quoteTextEdit");
        type(quote, QStringLiteral("We wil act."));
        QCOMPARE(underlined(quote->document()), QStringList { QStringLiteral("wil") });

        // Spanish: migración is right now, the English words are not.
        auto *language = find<QComboBox>(editor, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        QTRY_VERIFY(!underlined(body->document()).contains(QStringLiteral("migración")));
        QVERIFY(underlined(body->document()).contains(QStringLiteral("ministers")));
        QVERIFY(underlined(headline).contains(QStringLiteral("Ministers")));
        QVERIFY(editor->isModified());

        // A language without a dictionary: no underlines, and the language field says why.
        language->setCurrentIndex(language->findData(QStringLiteral("ja")));
        QTRY_VERIFY(underlined(headline).isEmpty());
        QVERIFY(underlined(body->document()).isEmpty());
        QVERIFY2(language->toolTip().contains(QLatin1String("No dictionary found for Japanese (ja)")),
            qPrintable(language->toolTip()));

        // Back to English.
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QTRY_COMPARE(underlined(headline), QStringList { QStringLiteral("recieve") });
        QVERIFY(underlined(body->document()).contains(QStringLiteral("migración")));
        QVERIFY(language->toolTip().isEmpty());

        // Fixing the word removes the line, as you type.
        headline->setCursorPosition(15);
        QTest::keyClick(headline, Qt::Key_Backspace);
        QTest::keyClick(headline, Qt::Key_Backspace);
        QTest::keyClicks(headline, QStringLiteral("ei"));
        QCOMPARE(headline->text(), QStringLiteral("Ministers receive the report"));
        QVERIFY(underlined(headline).isEmpty());
        QCOMPARE(redPixels(headline), 0);
        // Enter does not make the headline two lines.
        QTest::keyClick(headline, Qt::Key_Return);
        QCOMPARE(headline->text(), QStringLiteral("Ministers receive the report"));
    }

    // English is checked as our organization writes it: British spelling for an agency in
    // Nairobi ("Labour" is right, "color" is not), American for one in the United States.
    void englishFollowsTheOrganizationsCountry()
    {
        if (!DictionaryLocator().find(QStringLiteral("en-GB")).name.startsWith(QLatin1String("en_GB")))
            QSKIP("No en_GB dictionary installed (Debian: hunspell-en-gb)");
        QCOMPARE(SpellingVariant::dictionaryTag(
                     QStringLiteral("en"), QStringLiteral("Kenya"), QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("en-GB"));
        QCOMPARE(SpellingVariant::dictionaryTag(
                     QStringLiteral("en"), QString(), QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("en-US"));
        QCOMPARE(SpellingVariant::dictionaryTag(
                     QStringLiteral("en"), QString(), QLocale(QLocale::Spanish, QLocale::CostaRica)),
            QStringLiteral("en-GB"));
        QCOMPARE(SpellingVariant::dictionaryTag(QStringLiteral("en-US"), QStringLiteral("Kenya"), QLocale::c()),
            QStringLiteral("en-US"));
        QCOMPARE(SpellingVariant::dictionaryTag(QStringLiteral("es"), QStringLiteral("Kenya"), QLocale::c()),
            QStringLiteral("es"));

        for (const auto &[country, flagged] : { std::pair { QStringLiteral("Kenya"), QStringLiteral("color") },
                 std::pair { QStringLiteral("United States"), QStringLiteral("Labour") } }) {
            test::TestDatabase fixture;
            Organization ours;
            ours.name = QStringLiteral("Regional office");
            ours.country = country;
            ours.isOurs = true;
            QVERIFY(OrganizationRepository(fixture.db()).save(ours));
            Window w(fixture.db());
            ReleaseEditor *editor = newRelease(w);
            QVERIFY(editor);
            auto *language = find<QComboBox>(editor, "languageCombo");
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            auto *headline = find<SpellLineEdit>(editor, "headlineEdit");
            QTest::keyClicks(headline, QStringLiteral("Labour rights in color "));
            QTRY_COMPARE(underlined(headline), QStringList { flagged });
        }
    }

    // The Quotes tab is checked too: the quote and its attribution.
    void quotesTabIsChecked()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        ReleaseEditor *editor = newRelease(w);
        find<QPushButton>(editor, "addQuoteButton")->click();
        auto *attribution = find<QPlainTextEdit>(editor, "attributionEdit");
        auto *quote = find<QPlainTextEdit>(editor, "quoteTextEdit");
        QTest::keyClicks(attribution, QStringLiteral("Regional Direktor for East Africa "));
        QTest::keyClicks(quote, QStringLiteral("We will recieve them. "));
        QTRY_COMPARE(underlined(attribution->document()), QStringList { QStringLiteral("Direktor") });
        QTRY_COMPARE(underlined(quote->document()), QStringList { QStringLiteral("recieve") });
    }

    // The word being typed gets its line once it is finished (a space, a move, leaving).
    void wordBeingTypedIsNotUnderlinedYet()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        ReleaseEditor *editor = newRelease(w);
        find<QTabWidget>(editor, "pagesTabs")->setCurrentWidget(find<QWidget>(editor, "generalPage"));
        auto *headline = find<SpellLineEdit>(editor, "headlineEdit");
        headline->setFocus();
        QTest::keyClicks(headline, QStringLiteral("Ministers recie"));
        QVERIFY(underlined(headline).isEmpty());
        QCOMPARE(redPixels(headline), 0);
        QTest::keyClick(headline, Qt::Key_Space);
        QCOMPARE(underlined(headline), QStringList { QStringLiteral("recie") });
        QTest::keyClick(headline, Qt::Key_Backspace);
        QTest::keyClicks(headline, QStringLiteral("ve"));
        QVERIFY(underlined(headline).isEmpty());
        QTest::keyClick(headline, Qt::Key_Left);
        QCOMPARE(underlined(headline), QStringList { QStringLiteral("recieve") });
        QTest::keyClick(headline, Qt::Key_End);
        QTest::keyClicks(headline, QStringLiteral("d"));
        QVERIFY(underlined(headline).isEmpty());
        find<QComboBox>(editor, "languageCombo")->setFocus();
        QTRY_COMPARE(underlined(headline), QStringList { QStringLiteral("recieved") });

        find<QTabWidget>(editor, "pagesTabs")->setCurrentWidget(find<QWidget>(editor, "textPage"));
        auto *body = find<RichTextEdit>(editor, "bodyTextEdit");
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("We recie"));
        QVERIFY(underlined(body->document()).isEmpty());
        QTest::keyClick(body, Qt::Key_Space);
        QCOMPARE(underlined(body->document()), QStringList { QStringLiteral("recie") });
        QTest::keyClicks(body, QStringLiteral("wil"));
        QCOMPARE(underlined(body->document()), QStringList { QStringLiteral("recie") });
        auto *lead = find<QPlainTextEdit>(editor, "leadEdit");
        lead->setFocus();
        QTRY_COMPARE(underlined(body->document()), (QStringList { QStringLiteral("recie"), QStringLiteral("wil") }));
        QTest::keyClicks(lead, QStringLiteral("Shrot"));
        QVERIFY(underlined(lead->document()).isEmpty());
        QTest::keyClick(lead, Qt::Key_Home);
        QCOMPARE(underlined(lead->document()), QStringList { QStringLiteral("Shrot") });
    }

    void contextMenuSuggestionAndDictionary()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        ReleaseEditor *editor = newRelease(w);
        QVERIFY(editor);
        auto *pages = find<QTabWidget>(editor, "pagesTabs");
        pages->setCurrentWidget(find<QWidget>(editor, "textPage"));
        auto *body = find<RichTextEdit>(editor, "bodyTextEdit");
        type(body, QStringLiteral("We recieve Zorblax today."));
        QTRY_COMPARE(
            underlined(body->document()), (QStringList { QStringLiteral("recieve"), QStringLiteral("Zorblax") }));

        // A suggestion replaces the word, as one undo step.
        const QStringList items =
            clickInContextMenu(body->viewport(), pointInRichWord(body, 5), QStringLiteral("=receive"));
        QVERIFY2(items.contains(QStringLiteral("spellSuggestion0")), qPrintable(items.join(QLatin1Char(','))));
        QVERIFY(items.contains(QStringLiteral("spellAddToDictionary")));
        QVERIFY(items.contains(QStringLiteral("spellIgnore")));
        QVERIFY2(items.contains(QStringLiteral("edit-copy")) || items.size() > 6, "the standard actions follow");
        QCOMPARE(body->toPlainText(), QStringLiteral("We receive Zorblax today."));
        QCOMPARE(underlined(body->document()), QStringList { QStringLiteral("Zorblax") });
        body->undo();
        QCOMPARE(body->toPlainText(), QStringLiteral("We recieve Zorblax today."));
        body->redo();
        QCOMPARE(body->toPlainText(), QStringLiteral("We receive Zorblax today."));

        // Add to Dictionary: gone here and in the headline, and kept on disk.
        pages->setCurrentWidget(find<QWidget>(editor, "generalPage"));
        auto *headline = find<SpellLineEdit>(editor, "headlineEdit");
        QTest::keyClicks(headline, QStringLiteral("Zorblax wins"));
        QCOMPARE(underlined(headline), QStringList { QStringLiteral("Zorblax") });
        clickInContextMenu(headline, pointInLineWord(headline, 3), QStringLiteral("spellAddToDictionary"));
        QVERIFY(underlined(headline).isEmpty());
        QVERIFY(underlined(body->document()).isEmpty());
        QFile file(SpellingService::defaultPersonalDictionaryPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')).contains(QStringLiteral("Zorblax")));

        // A suggestion in the headline: one undo puts the word back.
        headline->selectAll();
        QTest::keyClicks(headline, QStringLiteral("Zorblax wil win"));
        QCOMPARE(underlined(headline), QStringList { QStringLiteral("wil") });
        clickInContextMenu(headline, pointInLineWord(headline, 9), QStringLiteral("=will"));
        QCOMPARE(headline->text(), QStringLiteral("Zorblax will win"));
        headline->undo();
        QCOMPARE(headline->text(), QStringLiteral("Zorblax wil win"));

        // Ignore, in the lead: for this session only.
        pages->setCurrentWidget(find<QWidget>(editor, "textPage"));
        auto *lead = find<QPlainTextEdit>(editor, "leadEdit");
        QTest::keyClicks(lead, QStringLiteral("Quuxly said."));
        QCOMPARE(underlined(lead->document()), QStringList { QStringLiteral("Quuxly") });
        clickInContextMenu(lead->viewport(), pointInPlainWord(lead, 2), QStringLiteral("spellIgnore"));
        QVERIFY(underlined(lead->document()).isEmpty());
        QVERIFY(SpellingService::shared().isAccepted(QStringLiteral("Quuxly")));
        QVERIFY(!SpellingService::shared().personalDictionary().contains(QStringLiteral("Quuxly")));

        // A right word gets the standard menu only.
        const QStringList plain = clickInContextMenu(lead->viewport(), pointInPlainWord(lead, 8), QString());
        QVERIFY(!plain.contains(QStringLiteral("spellIgnore")));
        QVERIFY(!plain.isEmpty());
    }

    void savedReleaseOpensInItsLanguage()
    {
        test::TestDatabase fixture;
        Release release = fixture.makeRelease(QStringLiteral("Migracion laboral en la región"));
        release.language = QStringLiteral("es");
        release.lead = QStringLiteral("Un acuerdo regionall.");
        release.body = QStringLiteral("La **migración** de trabajadores crece.");
        QVERIFY(ReleaseRepository(fixture.db()).save(release));
        Window w(fixture.db());
        auto *editor = qobject_cast<ReleaseEditor *>(w.window.editorArea()->open(Entity::Release, release.id));
        QVERIFY(editor);
        QCOMPARE(underlined(find<SpellLineEdit>(editor, "headlineEdit")), QStringList { QStringLiteral("Migracion") });
        QCOMPARE(underlined(find<QPlainTextEdit>(editor, "leadEdit")->document()),
            QStringList { QStringLiteral("regionall") });
        QVERIFY(underlined(find<RichTextEdit>(editor, "bodyTextEdit")->document()).isEmpty());
        QVERIFY(!editor->isModified());
        QCOMPARE(editor->current().body, release.body);
    }

    // A headline longer than its field scrolls; the line follows the text.
    void longHeadlineScrolls()
    {
        test::TestDatabase fixture;
        Window w(fixture.db());
        ReleaseEditor *editor = newRelease(w);
        auto *headline = find<SpellLineEdit>(editor, "headlineEdit");
        headline->setFocus();
        headline->setText(
            QStringLiteral("Ministers of employment of the region agree on a common plan to protect migrant "
                           "workers and their families in agriculture and construction wokers"));
        headline->end(false);
        QCOMPARE(underlined(headline), QStringList { QStringLiteral("wokers") });
        QVERIFY(redPixels(headline) > 5);
        headline->home(false);
        QCOMPARE(redPixels(headline), 0);
    }

    void preferencesSaySo()
    {
        test::TestDatabase fixture;
        PreferencesDialog dialog(fixture.db());
        const QString text = find<QLabel>(&dialog, "spellingStatusLabel")->text();
        QVERIFY2(text.contains(QLatin1String("English (en_US)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(es_ES)")), qPrintable(text));
    }
};

QTEST_MAIN(TestSpellingUi)
#include "tst_spelling.moc"
