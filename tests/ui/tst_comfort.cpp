#include "demo/demonewsroom.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationlist.h"
#include "preview/detailhtml.h"
#include "preview/detailpane.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"
#include "testsettings.h"
#include "widgets/appearance.h"
#include "widgets/icons.h"
#include "widgets/themecolors.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QIcon>
#include <QImage>
#include <QLineEdit>
#include <QListWidgetItem>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QWidgetAction>
#include <QWindow>

using namespace pressdesk;

// Comfort: dark and light palettes stay readable, icons are sharp at any scale, and the
// window works at 1024×700.
class TestComfort : public QObject
{
    Q_OBJECT

private:
    // Every run of text in the document against what it is drawn on: its own background
    // or the palette's base. Returns the runs below 4.5:1.
    static QStringList lowContrastText(const QString &html, const QPalette &palette)
    {
        QTextDocument document;
        document.setHtml(html);
        QStringList problems;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.text().trimmed().isEmpty())
                    continue;
                const QTextCharFormat format = fragment.charFormat();
                const QColor text = format.foreground().style() == Qt::NoBrush ? palette.color(QPalette::Text)
                                                                               : format.foreground().color();
                const QColor background = format.background().style() == Qt::NoBrush ? palette.color(QPalette::Base)
                                                                                     : format.background().color();
                const double ratio = ThemeColors::contrast(text, background);
                if (ratio < 4.5)
                    problems.append(QStringLiteral("%1 (%2 on %3: %4)")
                                        .arg(fragment.text().left(30), text.name(), background.name())
                                        .arg(ratio, 0, 'f', 2));
            }
        }
        return problems;
    }

    static QList<QPalette> palettes() { return { Appearance::lightPalette(), Appearance::darkPalette() }; }

    // Controls squeezed below their minimum size, or outside the window without a scroll
    // area to bring them back.
    static QStringList cutOff(QWidget *window)
    {
        QStringList problems;
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->window() != window)
                continue;
            if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget)
                && !qobject_cast<QComboBox *>(widget))
                continue;
            if (qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            // A text field too narrow to show a few words of what is typed.
            if (qobject_cast<QLineEdit *>(widget) && widget->width() < 100)
                problems.append(QStringLiteral("%1 is only %2 px wide").arg(widget->objectName()).arg(widget->width()));
            const QSize hint = widget->minimumSizeHint();
            if (widget->width() + 1 < hint.width() || widget->height() + 1 < hint.height())
                problems.append(QStringLiteral("%1 is %2x%3, needs %4x%5")
                                    .arg(widget->objectName())
                                    .arg(widget->width())
                                    .arg(widget->height())
                                    .arg(hint.width())
                                    .arg(hint.height()));
            bool scrolls = false;
            for (QWidget *parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget())
                scrolls = scrolls || qobject_cast<QAbstractScrollArea *>(parent);
            const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
            if (!scrolls && !window->rect().contains(inWindow))
                problems.append(widget->objectName() + QLatin1String(" lies outside the window"));
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }

    void init() { QSettings().clear(); }

    void cleanup() { Appearance::apply(Appearance::Scheme::System); }

    void contrastFormulaMatchesWcag()
    {
        QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(qRound(ThemeColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(ThemeColors::contrast(Qt::red, Qt::red), 1.0);
    }

    void selectedSectionIconIsReadableInLightAndDark()
    {
        for (const Appearance::Scheme scheme : { Appearance::Scheme::Light, Appearance::Scheme::Dark }) {
            Appearance::apply(scheme);
            NavigationList navigation;
            const QPalette palette = navigation.palette();
            for (int row = 0; row < navigation.count(); ++row) {
                const QIcon icon = navigation.item(row)->icon();
                // The opaque pixels of the selected icon, against the selection colour.
                const QImage image = icon.pixmap(QSize(22, 22), QIcon::Selected).toImage();
                double red = 0, green = 0, blue = 0;
                int opaque = 0;
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        const QColor pixel = image.pixelColor(x, y);
                        if (pixel.alpha() < 200)
                            continue;
                        red += pixel.redF();
                        green += pixel.greenF();
                        blue += pixel.blueF();
                        ++opaque;
                    }
                }
                QVERIFY(opaque > 10);
                const QColor average = QColor::fromRgbF(red / opaque, green / opaque, blue / opaque);
                const double ratio =
                    ThemeColors::contrast(average, palette.color(QPalette::Active, QPalette::Highlight));
                // WCAG 2.1 non-text contrast: 3:1 for the parts of a graphic needed to understand it.
                QVERIFY2(
                    ratio >= 3.0, qPrintable(QStringLiteral("%1: %2").arg(navigation.item(row)->text()).arg(ratio)));
                // Unselected icons keep their own colours.
                QVERIFY(icon.pixmap(QSize(22, 22)).toImage() != image);
            }
        }
    }

    void detailSummariesAreReadableInLightAndDark()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        ReleaseRepository releases(fixture.db());
        const QList<Release> all = releases.summaries({});
        QVERIFY(!all.isEmpty());
        for (const QPalette &palette : palettes()) {
            for (const Release &summary : all) {
                const auto release = releases.load(summary.id);
                QVERIFY(release);
                const QStringList problems = lowContrastText(DetailHtml::release(*release, palette), palette);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
            }
            const QStringList empty = lowContrastText(DetailHtml::empty(QStringLiteral("Nothing"), palette), palette);
            QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QLatin1String("; "))));
        }
    }

    void markedColoursAreReadableInLightAndDark()
    {
        for (const QPalette &palette : palettes()) {
            const struct
            {
                const char *what;
                QColor text;
                QColor background;
            } pairs[] = {
                { "search match", ThemeColors::matchText(palette), ThemeColors::matchBackground(palette) },
                { "removed", ThemeColors::removedText(palette), ThemeColors::removedBackground(palette) },
                { "inserted", ThemeColors::insertedText(palette), ThemeColors::insertedBackground(palette) },
                { "error", ThemeColors::errorText(palette), palette.color(QPalette::Window) },
                { "warning", ThemeColors::warningText(palette), palette.color(QPalette::Window) },
                { "secondary", ThemeColors::secondaryText(palette), palette.color(QPalette::Base) },
                { "text", palette.color(QPalette::Text), palette.color(QPalette::Base) },
                { "window text", palette.color(QPalette::WindowText), palette.color(QPalette::Window) },
                { "selection", palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight) },
                { "placeholder", palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base) },
            };
            for (const auto &pair : pairs) {
                const double ratio = ThemeColors::contrast(pair.text, pair.background);
                // Placeholders are hints, not content: WCAG's 3:1 for incidental text.
                const double needed = qstrcmp(pair.what, "placeholder") == 0 ? 3.0 : 4.5;
                QVERIFY2(ratio >= needed,
                    qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                   .arg(QLatin1String(pair.what), pair.text.name(), pair.background.name())
                                   .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    // The detail pane bakes colours into HTML: a new palette renders it again.
    void detailPaneFollowsAPaletteChange()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        DetailPane pane(fixture.db());
        pane.resize(400, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showRecord(QStringLiteral("release"), ReleaseRepository(fixture.db()).summaries({}).first().id);
        pane.setHighlightedWords({ QStringLiteral("migrant") });
        QTRY_VERIFY(!pane.toPlainText().contains(QLatin1String("Select an item")));
        const QString light = ThemeColors::secondaryText(pane.palette()).name();

        Appearance::apply(Appearance::Scheme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base), Appearance::darkPalette().color(QPalette::Base));
        const QString dark = ThemeColors::secondaryText(Appearance::darkPalette()).name();
        QVERIFY(light != dark);
        QTRY_VERIFY2(pane.document()->toHtml().contains(dark), qPrintable(pane.document()->toHtml().left(600)));
        QVERIFY(!pane.document()->toHtml().contains(light));
        const QList<QTextEdit::ExtraSelection> marks = pane.extraSelections();
        QVERIFY(!marks.isEmpty());
        QVERIFY(
            ThemeColors::contrast(marks.first().format.foreground().color(), marks.first().format.background().color())
            >= 4.5);

        const QString dir = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            pane.grab().save(dir + QLatin1String("/detail-dark.png"));
    }

    // Preferences ▸ Appearance ▸ Dark, chosen with the keyboard, turns the running window dark.
    void darkChosenInPreferencesAppliesAtOnce()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool chosen = false;
        auto *timer = new QTimer(&window);
        timer->setInterval(20);
        connect(timer, &QTimer::timeout, this, [&chosen, timer] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            timer->stop();
            QWindow *dialog = modal->windowHandle();
            QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier); // Appea&rance
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("appearanceCombo"));
            QTest::keyClick(dialog, Qt::Key_Down); // System -> Light
            QTest::keyClick(dialog, Qt::Key_Down); // Light -> Dark
            chosen = true;
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        timer->start();
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QVERIFY(chosen);
        QCOMPARE(Appearance::scheme(), Appearance::Scheme::Dark);
        QVERIFY(ThemeColors::isDark(QApplication::palette()));
        QTRY_VERIFY(ThemeColors::isDark(window.findChild<DetailPane *>(QStringLiteral("detailPane"))->palette()));
        Appearance::setScheme(Appearance::Scheme::System);
    }

    void preferencesRememberTheScheme()
    {
        QCOMPARE(Appearance::scheme(), Appearance::Scheme::System);
        Appearance::setScheme(Appearance::Scheme::Dark);
        QCOMPARE(Appearance::scheme(), Appearance::Scheme::Dark);
        Appearance::setScheme(Appearance::Scheme::System);
        QCOMPARE(Appearance::scheme(), Appearance::Scheme::System);
        const QColor systemBase = QApplication::palette().color(QPalette::Base);
        Appearance::apply(Appearance::Scheme::Dark);
        QVERIFY(ThemeColors::isDark(QApplication::palette()));
        Appearance::apply(Appearance::Scheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Base), systemBase);
    }

    // The SVG icon engine is there, and icons are drawn for the screen's scale, not blown up.
    void iconsAreSharpAtTwiceTheScale()
    {
        for (const QString &name :
            { QStringLiteral("pressdesk"), QStringLiteral("release"), QStringLiteral("trash") }) {
            const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(name));
            QVERIFY2(!icon.isNull(), qPrintable(name));
            const QPixmap pixmap = icon.pixmap(QSize(32, 32), 2.0);
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            QCOMPARE(pixmap.size(), QSize(64, 64));
            // Rendered, not scaled: an SVG has no largest size.
            QVERIFY(icon.availableSizes().isEmpty());
            QVERIFY(!pixmap.toImage().isNull());
        }
        QVERIFY(!Icons::application().pixmap(QSize(256, 256), 2.0).isNull());
    }

    // Without a desktop icon theme (Windows, macOS, a bare X session) every toolbar button
    // still has an icon: Pressdesk's own SVGs stand in.
    void everyToolbarActionHasAnIcon()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        const QList<QToolBar *> toolbars = window.findChildren<QToolBar *>();
        QVERIFY(!toolbars.isEmpty());
        int checked = 0;
        for (QToolBar *toolbar : toolbars) {
            for (QAction *action : toolbar->actions()) {
                if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                    continue;
                QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
                QVERIFY2(!action->icon().pixmap(QSize(22, 22), 2.0).isNull(), qPrintable(action->text()));
                ++checked;
            }
        }
        QVERIFY(checked >= 6);
        for (const QString &name :
            { QStringLiteral("new"), QStringLiteral("save"), QStringLiteral("export"), QStringLiteral("print") })
            QVERIFY2(
                !QIcon(QStringLiteral(":/icons/%1.svg").arg(name)).pixmap(QSize(24, 24)).isNull(), qPrintable(name));
    }

    void mainWindowAndEditorsFitIn1024x700_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("system colours") << false;
        QTest::newRow("dark") << true;
    }

    void mainWindowAndEditorsFitIn1024x700()
    {
        QFETCH(bool, dark);
        if (dark)
            Appearance::apply(Appearance::Scheme::Dark);
        const QString scheme = dark ? QStringLiteral("dark") : QStringLiteral("system");
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.resize(1024, 700);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.size(), QSize(1024, 700));
        QVERIFY2(window.minimumSizeHint().width() <= 1024 && window.minimumSizeHint().height() <= 700,
            qPrintable(
                QStringLiteral("%1x%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        const QString dir = qEnvironmentVariable("PRESSDESK_SCREENSHOT_DIR");

        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        for (int i = 0; i < splitter->count(); ++i) {
            QWidget *pane = splitter->widget(i);
            QVERIFY2(pane->width() >= pane->minimumSizeHint().width() && pane->width() >= 120,
                qPrintable(QStringLiteral("pane %1 is %2 wide").arg(i).arg(pane->width())));
        }
        QStringList problems = cutOff(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
        if (!dir.isEmpty()) {
            // A search (the Match column's highlighted snippets), then the keyboard focus on a
            // row of the list: the focus must show.
            QTest::keyClick(window.windowHandle(), Qt::Key_F, Qt::ControlModifier);
            for (const char c : QByteArrayLiteral("migrant"))
                QTest::keyClick(window.windowHandle(), c);
            QTest::qWait(400);
            auto *table = window.findChild<QTableView *>(QStringLiteral("releasesList"));
            table->setFocus(Qt::TabFocusReason);
            QTest::keyClick(window.windowHandle(), Qt::Key_Down);
            QTest::keyClick(window.windowHandle(), Qt::Key_Down);
            window.grab().save(QStringLiteral("%1/main-%2-1024x700.png").arg(dir, scheme));
        }

        for (Entity entity : { Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization }) {
            EditorPage *editor = window.editorArea()->createNew(entity);
            auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("pagesTabs"));
            for (int page = 0; page < (tabs ? tabs->count() : 1); ++page) {
                if (tabs)
                    tabs->setCurrentIndex(page);
                QCoreApplication::processEvents();
                problems = cutOff(&window);
                QVERIFY2(problems.isEmpty(),
                    qPrintable(editor->objectName() + QLatin1String(": ") + problems.join(QLatin1String("; "))));
                if (!dir.isEmpty())
                    window.grab().save(
                        QStringLiteral("%1/%2-%3-%4-1024x700.png").arg(dir, editor->objectName(), scheme).arg(page));
            }
        }
    }
};

QTEST_MAIN(TestComfort)
#include "tst_comfort.moc"
