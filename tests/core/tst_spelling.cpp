#include "spelling/dictionarylocator.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellchecker.h"
#include "spelling/spellingservice.h"
#include "spelling/spelltokenizer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

// Spell checking without widgets: the tokenizer, the dictionaries installed on the system
// (hunspell-en-us, hunspell-es, hunspell-fr), a hand-made ISO 8859-1 dictionary, the
// personal dictionary on disk and the service's loading, and what happens when Hunspell
// or a dictionary is missing.
class TestSpelling : public QObject
{
    Q_OBJECT

private:
    static QStringList wordsOf(const QString &text)
    {
        QStringList words;
        for (const SpellToken &token : SpellTokenizer::words(text))
            words.append(text.mid(token.start, token.length));
        return words;
    }

    // The system's dictionary for a language; fails on Linux (CI installs them), skips elsewhere.
    static bool requireDictionary(const QString &language, DictionaryFile *file)
    {
        if (!SpellChecker::hunspellBuiltIn())
            return false;
        *file = DictionaryLocator().find(language);
        return file->isValid();
    }

#define REQUIRE_DICTIONARY(language, file)                                                                             \
    do {                                                                                                               \
        if (!SpellChecker::hunspellBuiltIn())                                                                          \
            QSKIP("Built without Hunspell");                                                                           \
        if (!requireDictionary(QLatin1String(language), &file)) {                                                      \
            if (isLinux)                                                                                               \
                QFAIL("No Hunspell dictionary for " language ": run scripts/install-deps.sh");                         \
            QSKIP("No Hunspell dictionary for " language);                                                             \
        }                                                                                                              \
    } while (false)

#ifdef Q_OS_LINUX
    static constexpr bool isLinux = true;
#else
    static constexpr bool isLinux = false;
#endif

    // A two-word dictionary written in ISO 8859-1, as some older dictionaries are.
    static void writeLatin1Dictionary(const QString &folder)
    {
        QFile aff(folder + QStringLiteral("/xx_XX.aff"));
        QVERIFY(aff.open(QIODevice::WriteOnly));
        aff.write("SET ISO8859-1\nTRY aeféc\n");
        aff.close();
        QFile dic(folder + QStringLiteral("/xx_XX.dic"));
        QVERIFY(dic.open(QIODevice::WriteOnly));
        dic.write(QByteArray("2\ncaf\xe9\nth\xe9\n"));
        dic.close();
    }

private Q_SLOTS:
    void tokenizer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        const auto list = [](std::initializer_list<const char *> words) {
            QStringList result;
            for (const char *word : words)
                result.append(QString::fromUtf8(word));
            return result;
        };
        QTest::newRow("plain") << QStringLiteral("Hello, world.") << list({ "Hello", "world" });
        QTest::newRow("url") << QStringLiteral("Visit https://example.org/a-path?q=x now") << list({ "Visit", "now" });
        QTest::newRow("www and domain") << QStringLiteral("See www.ilo.org and pressdesk.example.org")
                                        << list({ "See", "and" });
        QTest::newRow("e-mail") << QStringLiteral("Write to press@example.org (today)")
                                << list({ "Write", "to", "today" });
        QTest::newRow("acronyms") << QStringLiteral("UNESCO and the ONU agree; UE-CELAC too")
                                  << list({ "and", "the", "agree", "too" });
        QTest::newRow("numbers") << QStringLiteral("In 2026 the G20 met about COVID-19 on 3rd May")
                                 << list({ "In", "the", "met", "about", "on", "May" });
        QTest::newRow("apostrophes") << QStringLiteral("l'Organisation aujourd'hui d’Ivoire")
                                     << list({ "l'Organisation", "aujourd'hui", "d’Ivoire" });
        QTest::newRow("quotes around") << QStringLiteral("'quoted' \u2018single\u2019 students' union")
                                       << list({ "quoted", "single", "students", "union" });
        QTest::newRow("hyphens") << QStringLiteral("well-known -dash- end- peut-être")
                                 << list({ "well-known", "dash", "end", "peut-être" });
        QTest::newRow("mixed scripts") << QStringLiteral("Pressdesk移民 Zürich Москва")
                                       << list({ "Pressdesk", "移民", "Zürich", "Москва" });
        QTest::newRow("single letters") << QStringLiteral("a I x y") << QStringList();
        QTest::newRow("tags and mentions") << QStringLiteral("#hashtag @mention snake_case") << QStringList();
        QTest::newRow("slash") << QStringLiteral("and/or") << list({ "and", "or" });
        QTest::newRow("combining accent") << QStringLiteral("Cafe\u0301 ole") << list({ "Cafe\u0301", "ole" });
        QTest::newRow("empty") << QString() << QStringList();
    }

    void tokenizer()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(wordsOf(text), words);
    }

    void hyphenParts()
    {
        const QString word = QStringLiteral("well-knwon");
        const QList<SpellToken> parts = SpellTokenizer::hyphenParts(word);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(word.mid(parts.at(1).start, parts.at(1).length), QStringLiteral("knwon"));
    }

    void candidateNames()
    {
        QCOMPARE(DictionaryLocator::candidateNames(QStringLiteral("en")),
            (QStringList { QStringLiteral("en_US"), QStringLiteral("en") }));
        QCOMPARE(DictionaryLocator::candidateNames(QStringLiteral("en-GB")),
            (QStringList { QStringLiteral("en_GB"), QStringLiteral("en_US"), QStringLiteral("en") }));
        QCOMPARE(DictionaryLocator::candidateNames(QStringLiteral("fr-CA")),
            (QStringList { QStringLiteral("fr_CA"), QStringLiteral("fr_FR"), QStringLiteral("fr") }));
        QCOMPARE(DictionaryLocator::candidateNames(QStringLiteral("es-419")),
            (QStringList { QStringLiteral("es_ES"), QStringLiteral("es") }));
        QCOMPARE(DictionaryLocator::candidateNames(QString()), QStringList());
    }

    void searchPathFromEnvironment()
    {
        QTemporaryDir dir;
        qputenv("PRESSDESK_DICTIONARY_PATH", dir.path().toUtf8());
        const QStringList paths = DictionaryLocator::defaultSearchPaths();
        qunsetenv("PRESSDESK_DICTIONARY_PATH");
        QCOMPARE(paths.value(0), dir.path());
        QVERIFY(paths.contains(QStringLiteral("/usr/share/hunspell")));
        QVERIFY(paths.contains(QStringLiteral("/usr/share/myspell/dicts")));
    }

    void english()
    {
        DictionaryFile file;
        REQUIRE_DICTIONARY("en", file);
        QCOMPARE(file.name, QStringLiteral("en_US"));
        SpellChecker checker(file);
        QVERIFY2(checker.isValid(), qPrintable(checker.errorString()));
        QVERIFY(!checker.isCorrect(QStringLiteral("recieve")));
        QVERIFY(checker.isCorrect(QStringLiteral("receive")));
        QVERIFY(checker.isCorrect(QStringLiteral("organization\u2019s")));
        const QStringList suggestions = checker.suggestions(QStringLiteral("recieve"));
        QVERIFY2(suggestions.contains(QStringLiteral("receive")), qPrintable(suggestions.join(QLatin1Char(','))));
        QVERIFY(suggestions.size() <= 5);

        const QString text =
            QStringLiteral("We recieve the well-knwon report from UNESCO at https://ilo.org, 移民 and Москва.");
        const QList<SpellToken> wrong = checker.misspellings(text);
        QStringList words;
        for (const SpellToken &token : wrong)
            words.append(text.mid(token.start, token.length));
        QCOMPARE(words, (QStringList { QStringLiteral("recieve"), QStringLiteral("knwon") }));
    }

    void spanish()
    {
        DictionaryFile file;
        REQUIRE_DICTIONARY("es", file);
        SpellChecker checker(file);
        QVERIFY(checker.isValid());
        QVERIFY(checker.isCorrect(QStringLiteral("migración")));
        QVERIFY(!checker.isCorrect(QStringLiteral("migracion")));
        QVERIFY(checker.suggestions(QStringLiteral("migracion")).contains(QStringLiteral("migración")));
    }

    void french()
    {
        DictionaryFile file;
        REQUIRE_DICTIONARY("fr", file);
        SpellChecker checker(file);
        QVERIFY(checker.isValid());
        for (const QString &word : { QStringLiteral("aujourd'hui"), QStringLiteral("aujourd\u2019hui"),
                 QStringLiteral("l'Organisation"), QStringLiteral("l\u2019Organisation"), QStringLiteral("peut-être") })
            QVERIFY2(checker.isCorrect(word), qPrintable(word));
        QVERIFY(!checker.isCorrect(QStringLiteral("aujourdhui")));
        QCOMPARE(checker.misspellings(QStringLiteral("Aujourd\u2019hui, l\u2019Organisation a signé.")).size(), 0);
    }

    void latin1Dictionary()
    {
        if (!SpellChecker::hunspellBuiltIn())
            QSKIP("Built without Hunspell");
        QTemporaryDir dir;
        writeLatin1Dictionary(dir.path());
        const DictionaryLocator locator({ dir.path() });
        QCOMPARE(locator.available(), QStringList { QStringLiteral("xx_XX") });
        const DictionaryFile file = locator.find(QStringLiteral("xx"));
        QCOMPARE(file.name, QStringLiteral("xx_XX"));
        SpellChecker checker(file);
        QVERIFY2(checker.isValid(), qPrintable(checker.errorString()));
        QCOMPARE(checker.encoding(), QStringLiteral("ISO8859-1"));
        QVERIFY(checker.isCorrect(QStringLiteral("café")));
        QVERIFY(!checker.isCorrect(QStringLiteral("cafe")));
        QVERIFY(checker.suggestions(QStringLiteral("cafe")).contains(QStringLiteral("café")));
        // A word the dictionary's encoding cannot write, or in another script, is not wrong.
        QVERIFY(checker.isCorrect(QStringLiteral("Œuvre")));
        QVERIFY(checker.isCorrect(QStringLiteral("Москва")));
    }

    void personalDictionaryPersists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/personal-dictionary.txt"));
        PersonalDictionary first(path);
        QVERIFY(first.load());
        QVERIFY(first.words().isEmpty());
        PersonalDictionary second(path);
        QVERIFY(second.load());
        QVERIFY(first.add(QStringLiteral("pressdesk")));
        QVERIFY(second.add(QStringLiteral("Ñandutí")));
        QVERIFY(!second.add(QStringLiteral("  ")));

        PersonalDictionary third(path);
        QVERIFY(third.load());
        QCOMPARE(third.words(), (QStringList { QStringLiteral("pressdesk"), QStringLiteral("Ñandutí") }));
        QVERIFY(third.contains(QStringLiteral("Pressdesk")));
        QVERIFY(!third.contains(QStringLiteral("ñandutí")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("pressdesk\nÑandutí\n"));
    }

    void personalDictionaryUnwritable()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder that cannot be created (a file is in the way).
        PersonalDictionary dictionary(dir.filePath(QStringLiteral("file/words.txt")));
        QVERIFY(dictionary.load());
        QVERIFY(!dictionary.add(QStringLiteral("Zorblax")));
        QVERIFY(!dictionary.errorString().isEmpty());
    }

    void serviceAddsAndIgnores()
    {
        DictionaryFile file;
        REQUIRE_DICTIONARY("en", file);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("personal.txt"));
        const QString text = QStringLiteral("Zorblax and Quuxly recieve");
        {
            SpellingService service(path, DictionaryLocator::defaultSearchPaths());
            QVERIFY(service.load(QStringLiteral("en")));
            QCOMPARE(service.misspellings(QStringLiteral("en"), text).size(), 3);
            QSignalSpy changed(&service, &SpellingService::changed);
            QVERIFY(service.addToDictionary(QStringLiteral("Zorblax")));
            service.ignore(QStringLiteral("Quuxly"));
            QCOMPARE(changed.size(), 2);
            const QList<SpellToken> wrong = service.misspellings(QStringLiteral("en"), text);
            QCOMPARE(wrong.size(), 1);
            QCOMPARE(text.mid(wrong.at(0).start, wrong.at(0).length), QStringLiteral("recieve"));
            QVERIFY(service.suggestions(QStringLiteral("en"), QStringLiteral("recieve"))
                        .contains(QStringLiteral("receive")));
        }
        // A new session: the added word stays, the ignored one does not.
        SpellingService again(path, DictionaryLocator::defaultSearchPaths());
        QVERIFY(again.load(QStringLiteral("en")));
        QCOMPARE(again.misspellings(QStringLiteral("en"), text).size(), 2);
        QVERIFY(again.personalDictionary().contains(QStringLiteral("Zorblax")));
    }

    void serviceLoadsInBackground()
    {
        DictionaryFile file;
        REQUIRE_DICTIONARY("fr", file);
        QTemporaryDir dir;
        SpellingService service(dir.filePath(QStringLiteral("p.txt")), DictionaryLocator::defaultSearchPaths());
        QSignalSpy changed(&service, &SpellingService::changed);
        QCOMPARE(service.state(QStringLiteral("fr")), SpellingService::State::Loading);
        // Nothing is checked (and nothing blocks) while it loads.
        QVERIFY(service.misspellings(QStringLiteral("fr"), QStringLiteral("bonjourr")).isEmpty());
        QTRY_COMPARE(service.state(QStringLiteral("fr")), SpellingService::State::Ready);
        QVERIFY(changed.contains(QVariantList { QStringLiteral("fr") }));
        QCOMPARE(service.misspellings(QStringLiteral("fr"), QStringLiteral("bonjourr")).size(), 1);
        // A regional variant (fr_CA, or fr_FR when it is missing) is ready after load().
        QVERIFY(service.load(QStringLiteral("fr-CA")));
        QCOMPARE(service.dictionaryName(QStringLiteral("en")), QStringLiteral("en_US"));
        QVERIFY(service.summary().contains(QLatin1String("(fr_FR)")));
    }

    void missingDictionary()
    {
        QTemporaryDir empty;
        SpellingService service(empty.filePath(QStringLiteral("p.txt")), { empty.path() });
        QCOMPARE(service.state(QStringLiteral("fr")), SpellingService::State::Unavailable);
        QVERIFY(!service.load(QStringLiteral("fr")));
        const QString reason = service.unavailableReason(QStringLiteral("fr"));
        if (SpellChecker::hunspellBuiltIn()) {
            QVERIFY2(reason.contains(QLatin1String("No dictionary found for French (fr) in")), qPrintable(reason));
            QVERIFY(reason.contains(empty.path()));
            QVERIFY(service.summary().contains(QLatin1String("no Hunspell dictionary found")));
        } else {
            QVERIFY(reason.contains(QLatin1String("Hunspell")));
        }
        QVERIFY(service.misspellings(QStringLiteral("fr"), QStringLiteral("bonjourr")).isEmpty());
        QVERIFY(service.suggestions(QStringLiteral("fr"), QStringLiteral("bonjourr")).isEmpty());
        QVERIFY(service.dictionaryName(QStringLiteral("fr")).isEmpty());
    }

    void brokenDictionaryFiles()
    {
        QTemporaryDir dir;
        SpellChecker missing(
            { QStringLiteral("zz"), dir.filePath(QStringLiteral("zz.aff")), dir.filePath(QStringLiteral("zz.dic")) });
        QVERIFY(!missing.isValid());
        QVERIFY(!missing.errorString().isEmpty());
        QVERIFY(missing.isCorrect(QStringLiteral("anything")));
        QVERIFY(missing.misspellings(QStringLiteral("anything at all")).isEmpty());
        QVERIFY(missing.suggestions(QStringLiteral("anything")).isEmpty());

        // Garbage files: Hunspell loads nothing, and nothing crashes.
        QFile aff(dir.filePath(QStringLiteral("yy.aff")));
        QVERIFY(aff.open(QIODevice::WriteOnly));
        aff.write("\xff\xfe garbage\nSFX\n");
        aff.close();
        QFile dic(dir.filePath(QStringLiteral("yy.dic")));
        QVERIFY(dic.open(QIODevice::WriteOnly));
        dic.write("not a number\n\xff\n");
        dic.close();
        SpellChecker garbage({ QStringLiteral("yy"), aff.fileName(), dic.fileName() });
        garbage.isCorrect(QStringLiteral("word"));
        garbage.suggestions(QStringLiteral("word"));
        QVERIFY(garbage.isValid() || !garbage.errorString().isEmpty());
    }

    void withoutHunspell()
    {
        if (SpellChecker::hunspellBuiltIn())
            QSKIP("Built with Hunspell; the no-op backend is compiled only without it");
        SpellingService service(QString(), DictionaryLocator::defaultSearchPaths());
        QVERIFY(service.summary().contains(QLatin1String("without Hunspell")));
        QCOMPARE(service.state(QStringLiteral("en")), SpellingService::State::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestSpelling)
#include "tst_spelling.moc"
