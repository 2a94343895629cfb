#include "demo/demonewsroom.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "history/historydialog.h"
#include "i18n/localeformat.h"
#include "i18n/translations.h"
#include "import/csvimporter.h"
#include "import/csvmappingdialog.h"
#include "import/csvreader.h"
#include "mainwindow/mainwindow.h"
#include "models/releaselistmodel.h"
#include "models/roles.h"
#include "preferences/preferencesdialog.h"
#include "releaseeditor/conflictdialog.h"
#include "releaseeditor/newspeakerdialog.h"
#include "spelling/spellingservice.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

using namespace pressdesk;

// Starts the real window in Spanish and in French, as Translations::install does at
// start-up, and reads translated labels and locale dates off the widgets by objectName.
class TestTranslatedUi : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *find(QObject &parent, const char *name)
    {
        T *object = parent.findChild<T *>(QString::fromLatin1(name));
        if (!object)
            qFatal("no object named %s", name);
        return object;
    }

    // The letter after a single '&', lower-cased; empty when there is none.
    static QString accelerator(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    // Two entries of one menu with the same accelerator make the second unreachable.
    static QStringList clashingAccelerators(const QList<QAction *> &actions)
    {
        QStringList clashes;
        QHash<QString, QString> seen;
        for (const QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString key = accelerator(action->text());
            if (key.isEmpty())
                continue;
            if (seen.contains(key))
                clashes.append(seen.value(key) + QLatin1String(" / ") + action->text());
            seen.insert(key, action->text());
        }
        return clashes;
    }

    static QStringList menuTitles(QMainWindow &window)
    {
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PressdeskTests"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanupTestCase() { Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void startsTranslated_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("releases");
        QTest::addColumn<QString>("newAction");
        QTest::addColumn<QString>("headlineHeader");
        QTest::addColumn<QString>("saveButton");
        QTest::addColumn<QString>("headlineLabel");
        QTest::addColumn<QString>("preferencesTitle");
        QTest::addColumn<QString>("interfaceLanguageLabel");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("datePattern");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain)
                            << QStringList { QStringLiteral("&Archivo"), QStringLiteral("&Edición"),
                                   QStringLiteral("&Comunicado"), QStringLiteral("&Ver"), QStringLiteral("E&xportar") }
                            << QStringLiteral("Comunicados") << QStringLiteral("&Nuevo") << QStringLiteral("Titular")
                            << QStringLiteral("&Guardar") << QStringLiteral("Ti&tular:")
                            << QStringLiteral("Preferencias") << QStringLiteral("Idioma de la &interfaz:")
                            << QStringLiteral("julio") << QStringLiteral("d/M/yyyy") << QStringLiteral("Cancelar");
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France)
                            << QStringList { QStringLiteral("&Fichier"), QStringLiteral("&Édition"),
                                   QStringLiteral("&Communiqué"), QStringLiteral("Aff&ichage"),
                                   QStringLiteral("E&xporter") }
                            << QStringLiteral("Communiqués") << QStringLiteral("&Nouveau") << QStringLiteral("Titre")
                            << QStringLiteral("&Enregistrer") << QStringLiteral("&Titre\u00A0:")
                            << QStringLiteral("Préférences") << QStringLiteral("Langue de l'&interface\u00A0:")
                            << QStringLiteral("juillet") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("Annuler");
    }

    void startsTranslated()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, menus);
        QFETCH(QString, releases);
        QFETCH(QString, newAction);
        QFETCH(QString, headlineHeader);
        QFETCH(QString, saveButton);
        QFETCH(QString, headlineLabel);
        QFETCH(QString, preferencesTitle);
        QFETCH(QString, interfaceLanguageLabel);
        QFETCH(QString, month);
        QFETCH(QString, datePattern);
        QFETCH(QString, cancel);
        Translations::install(*QCoreApplication::instance(), locale);

        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        QSignalSpy ready(&window, &MainWindow::ready);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.count(), 1);

        // Menus, sections and actions.
        const QStringList titles = menuTitles(window);
        for (const QString &menu : menus)
            QVERIFY2(titles.contains(menu), qPrintable(titles.join(QLatin1String(", "))));
        QCOMPARE(find<QListWidget>(window, "navigation")->item(0)->text(), releases);
        QCOMPARE(find<QAction>(window, "newAction")->text(), newAction);
        QStringList clashes = clashingAccelerators(window.menuBar()->actions());
        for (const QAction *title : window.menuBar()->actions())
            if (title->menu())
                clashes += clashingAccelerators(title->menu()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));

        // The release list: translated headers, dates in the locale's format.
        auto *table = find<QWidget>(window, "releasesSection")->findChild<QTableView *>();
        QVERIFY(table);
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->headerData(ReleaseListModel::Headline, Qt::Horizontal).toString(), headlineHeader);
        QTRY_VERIFY(model->rowCount() > 0);
        const QModelIndex dateIndex = model->index(0, ReleaseListModel::ReleaseDate);
        const QDate date = QDate::fromString(dateIndex.data(RawValueRole).toString(), Qt::ISODate);
        QVERIFY(date.isValid());
        QCOMPARE(dateIndex.data().toString(), locale.toString(date, datePattern));

        // An editor: its buttons, labels and month names.
        EditorPage *editor = window.editorArea()->createNew(Entity::Release);
        QVERIFY(editor);
        QCOMPARE(find<QAbstractButton>(*editor, "saveButton")->text(), saveButton);
        QCOMPARE(find<QLabel>(*editor, "headlineLabel")->text(), headlineLabel);
        auto *releaseDate = find<QDateEdit>(*editor, "releaseDateEdit");
        releaseDate->setDate(QDate(2026, 7, 14));
        QVERIFY2(releaseDate->text().contains(month), qPrintable(releaseDate->text()));

        // Preferences, with the interface language choice.
        PreferencesDialog preferences(fixture.db(), &window);
        QCOMPARE(preferences.windowTitle(), preferencesTitle);
        QCOMPARE(find<QLabel>(preferences, "interfaceLanguageLabel")->text(), interfaceLanguageLabel);
        auto *languages = find<QComboBox>(preferences, "interfaceLanguageCombo");
        QCOMPARE(languages->count(), 4);
        QVERIFY(languages->findText(QStringLiteral("Español")) > 0);
        QVERIFY(languages->findText(QStringLiteral("Français")) > 0);
        // Longer labels are shown whole (the first show() caps a dialog at 2/3 of the screen).
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        for (const QLabel *label : preferences.findChildren<QLabel *>()) {
            if (label->isVisible() && !label->wordWrap())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        // Qt's own catalogue (qtbase_es, qtbase_fr) translates the standard buttons.
        const auto *buttons = find<QDialogButtonBox>(preferences, "buttonBox");
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
    }

    // Every text on the screens (labels, buttons, actions, tabs, headers, placeholders,
    // tooltips, combo items, titles) is looked up among the English sources of the
    // catalogue: one shown as is in Spanish or French was set without tr(), or in a context the
    // catalogue does not know.
    void noEnglishLeft_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain);
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France);
    }

    void noEnglishLeft()
    {
        QFETCH(QLocale, locale);
        // The English sources whose translation differs, without accelerators.
        QSet<QString> english;
        {
            QFile file(
                QStringLiteral(PRESSDESK_TS_DIR "/pressdesk_%1.ts").arg(QLocale::languageToCode(locale.language())));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString source;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source"))
                    source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation") && !source.contains(QLatin1Char('%'))
                    && xml.readElementText().remove(QLatin1Char('&')) != QString(source).remove(QLatin1Char('&')))
                    // Words the same in both languages ("Embargo:") are not leftovers,
                    // wherever their accelerator sits.
                    english.insert(QString(source).remove(QLatin1Char('&')));
            }
        }
        QVERIFY(english.size() > 400);

        Translations::install(*QCoreApplication::instance(), locale);
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        QSignalSpy ready(&window, &MainWindow::ready);
        window.resize(1024, 700);
        window.show();
        QTRY_COMPARE(ready.count(), 1);
        for (Section section :
            { Section::Speakers, Section::Events, Section::Organizations, Section::Trash, Section::Releases })
            window.showSection(section);
        for (Entity entity : { Entity::Release, Entity::Speaker, Entity::Event, Entity::Organization })
            QVERIFY(window.editorArea()->createNew(entity));
        PreferencesDialog preferences(fixture.db(), &window);

        QStringList leftovers;
        const auto check = [&](const QString &text, const QObject *where) {
            // Words printed in a release follow the release's language (English by default).
            if (where->objectName() == QLatin1String("embargoPreviewLabel"))
                return;
            const QString plain = QString(text).remove(QLatin1Char('&')).trimmed();
            if (!plain.isEmpty() && english.contains(plain))
                leftovers.append(QStringLiteral("%1 (%2)").arg(plain, where->objectName()));
        };
        for (QObject *root : { static_cast<QObject *>(&window), static_cast<QObject *>(&preferences) }) {
            for (QWidget *widget : root->findChildren<QWidget *>()) {
                check(widget->toolTip(), widget);
                check(widget->windowTitle(), widget);
                if (auto *label = qobject_cast<QLabel *>(widget))
                    check(label->text(), widget);
                if (auto *button = qobject_cast<QAbstractButton *>(widget))
                    check(button->text(), widget);
                if (auto *group = qobject_cast<QGroupBox *>(widget))
                    check(group->title(), widget);
                if (auto *line = qobject_cast<QLineEdit *>(widget))
                    check(line->placeholderText(), widget);
                if (auto *combo = qobject_cast<QComboBox *>(widget))
                    for (int i = 0; i < combo->count(); ++i) {
                        // Interface languages are named in their own language ("English").
                        if (combo->objectName() == QLatin1String("interfaceLanguageCombo")
                            && !combo->itemData(i).toString().isEmpty())
                            continue;
                        check(combo->itemText(i), widget);
                    }
                if (auto *tabs = qobject_cast<QTabWidget *>(widget))
                    for (int i = 0; i < tabs->count(); ++i)
                        check(tabs->tabText(i), widget);
                if (auto *table = qobject_cast<QAbstractItemView *>(widget); table && table->model())
                    for (int column = 0; column < table->model()->columnCount(); ++column)
                        check(table->model()->headerData(column, Qt::Horizontal).toString(), widget);
            }
            for (QAction *action : root->findChildren<QAction *>()) {
                check(action->text(), action);
                check(action->toolTip(), action);
            }
        }
        leftovers.removeDuplicates();
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1String("\n"))));
    }

    // The dialogs in Spanish and French: every label and button shows its whole text.
    void dialogsShowWholeTexts_data()
    {
        noEnglishLeft_data();
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    }

    void dialogsShowWholeTexts()
    {
        QFETCH(QLocale, locale);
        Translations::install(*QCoreApplication::instance(), locale);
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        ReleaseRepository releases(fixture.db());
        const qint64 releaseId = releases.summaries({}).constFirst().id;
        const Release mine = *releases.load(releaseId);
        Release theirs = mine;
        theirs.headline += QStringLiteral(" (2)");
        theirs.lead += QStringLiteral(" …");
        const CsvReader::Result csv = CsvReader::read(QByteArrayLiteral("Name,Title,Organization\nAna,Minister,UN\n"));

        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<PreferencesDialog>(fixture.db()));
        dialogs.push_back(std::make_unique<NewSpeakerDialog>(fixture.db()));
        dialogs.push_back(std::make_unique<HistoryDialog>(fixture.db(), releaseId));
        dialogs.push_back(std::make_unique<ConflictDialog>(mine, theirs));
        dialogs.push_back(std::make_unique<CsvMappingDialog>(csv, CsvImporter::guessMapping(csv.header)));
        for (const auto &dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && !label->wordWrap() && !label->text().contains(QLatin1Char('<')))
                    QVERIFY2(label->width() >= label->sizeHint().width(),
                        qPrintable(dialog->objectName() + QLatin1String(": ") + label->text()));
            }
            for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
                if (button->isVisible() && !button->text().isEmpty())
                    QVERIFY2(button->width() >= button->sizeHint().width(),
                        qPrintable(dialog->objectName() + QLatin1String(": ") + button->text()));
            }
            dialog->hide();
        }
    }

    // Language names follow the interface language in the filter bar, the release editor,
    // Preferences and the spelling summary; what is stored is still the tag.
    void languageNamesInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("names"); // en, es, fr
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                            << QStringList { QStringLiteral("English"), QStringLiteral("Spanish"),
                                   QStringLiteral("French") };
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain)
                            << QStringList { QStringLiteral("Inglés"), QStringLiteral("Español"),
                                   QStringLiteral("Francés") };
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France)
                            << QStringList { QStringLiteral("Anglais"), QStringLiteral("Espagnol"),
                                   QStringLiteral("Français") };
    }

    void languageNamesInTheInterfaceLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, names);
        const QStringList tags { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr") };
        Translations::install(*QCoreApplication::instance(), locale);
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        MainWindow window(fixture.db());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The release filter bar: "English (en)", not "American English (en)".
        auto *filter = find<QComboBox>(window, "languageFilter");
        for (qsizetype i = 0; i < tags.size(); ++i)
            QCOMPARE(
                filter->itemText(filter->findData(tags.at(i))), QStringLiteral("%1 (%2)").arg(names.at(i), tags.at(i)));

        // The release editor: the names are shown, the chosen tag is saved, from the list or
        // typed as a name.
        EditorPage *editor = window.editorArea()->createNew(Entity::Release);
        QVERIFY(editor);
        find<QLineEdit>(*editor, "headlineEdit")->setText(QStringLiteral("Names of languages"));
        auto *language = find<QComboBox>(*editor, "languageCombo");
        for (qsizetype i = 0; i < tags.size(); ++i)
            QCOMPARE(language->itemText(language->findData(tags.at(i))),
                QStringLiteral("%1 (%2)").arg(names.at(i), tags.at(i)));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QVERIFY(editor->save());
        ReleaseRepository releases(fixture.db());
        QCOMPARE(releases.load(editor->recordId())->language, QStringLiteral("fr"));
        language->setEditText(names.at(1).toLower());
        QVERIFY(editor->save());
        QCOMPARE(releases.load(editor->recordId())->language, QStringLiteral("es"));
        // A tag outside the list is shown by its name too, and kept as it was.
        Release swahili = *releases.load(editor->recordId());
        swahili.language = QStringLiteral("sw");
        QVERIFY2(releases.save(swahili), qPrintable(releases.errorString()));
        window.editorArea()->discardEditor(editor);
        editor = window.editorArea()->open(Entity::Release, swahili.id);
        QVERIFY(editor);
        language = find<QComboBox>(*editor, "languageCombo");
        QCOMPARE(language->currentText(), QStringLiteral("Swahili (sw)"));
        QVERIFY(!editor->isModified());
        QVERIFY(editor->save());
        QCOMPARE(releases.load(swahili.id)->language, QStringLiteral("sw"));

        // Preferences: the default language of new releases, and the spelling summary.
        PreferencesDialog preferences(fixture.db(), &window);
        auto *defaultLanguage = find<QComboBox>(preferences, "defaultLanguageCombo");
        QCOMPARE(defaultLanguage->itemText(defaultLanguage->findData(QStringLiteral("es"))),
            QStringLiteral("%1 (es)").arg(names.at(1)));
        defaultLanguage->setCurrentIndex(defaultLanguage->findData(QStringLiteral("fr")));
        preferences.accept();
        QCOMPARE(QSettings().value(QStringLiteral("editor/defaultLanguage")).toString(), QStringLiteral("fr"));
        const QString summary = find<QLabel>(preferences, "spellingStatusLabel")->text();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            const QString dictionary = SpellingService::shared().dictionaryName(tags.at(i));
            if (!dictionary.isEmpty())
                QVERIFY2(summary.contains(QStringLiteral("%1 (%2)").arg(names.at(i), dictionary)), qPrintable(summary));
        }
        if (locale.language() != QLocale::English) {
            for (const char *english : { "English", "Spanish", "French" })
                QVERIFY2(!summary.contains(QLatin1String(english)), qPrintable(summary));
        }
        QSettings().clear();
    }

    // The choice is kept for the next start; "System" removes it.
    void preferencesKeepTheInterfaceLanguage()
    {
        Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English));
        test::TestDatabase fixture;
        {
            PreferencesDialog preferences(fixture.db());
            auto *languages = find<QComboBox>(preferences, "interfaceLanguageCombo");
            QCOMPARE(languages->currentIndex(), 0);
            languages->setCurrentIndex(languages->findData(QStringLiteral("fr")));
            preferences.accept();
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QCOMPARE(Translations::interfaceLocale(QSettings().value(QStringLiteral("ui/language")).toString()).language(),
            QLocale::French);
        {
            PreferencesDialog preferences(fixture.db());
            auto *languages = find<QComboBox>(preferences, "interfaceLanguageCombo");
            QCOMPARE(languages->currentData().toString(), QStringLiteral("fr"));
            languages->setCurrentIndex(0);
            preferences.accept();
        }
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
