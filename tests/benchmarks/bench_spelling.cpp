#include "spelling/dictionarylocator.h"
#include "spelling/spellchecker.h"
#include "spelling/spellhighlighter.h"
#include "spelling/spellingservice.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace pressdesk;

// Spell checking a long body: 5,000 words of English in 50 paragraphs (about 3% typos),
// checked by the core (first look-up of every word, then with the word cache warm), fully
// re-highlighted in a QTextDocument (language change, dictionary loaded), and one
// keystroke in the middle of it. Prints milliseconds per 1,000 words.
class BenchSpelling : public QObject
{
    Q_OBJECT

private:
    static constexpr int words = 5000;
    QString m_text;
    QTemporaryDir m_dir;
    std::unique_ptr<SpellChecker> m_checker;

    static QString longText()
    {
        const QStringList pool = QStringLiteral(
            "the ministers of labour agreed today on a regional plan to protect migrant workers and their "
            "families which includes inspections in agriculture construction and domestic work as well as "
            "new rules for recruitment agencies according to the organization the agreement was signed in "
            "the capital after two days of talks with employers and trade unions who welcomed the decision "
            "and called for its quick implementation across the region's countries by next year while "
            "women and young people will receive training through a programme funded by international partners")
                                     .split(QLatin1Char(' '));
        QRandomGenerator random(8);
        QStringList paragraphs;
        QStringList paragraph;
        for (int i = 0; i < words; ++i) {
            QString word = pool.at(random.bounded(static_cast<int>(pool.size())));
            if (random.bounded(100) < 3 && word.size() > 3) // a typo: two letters swapped
                std::swap(word[1], word[2]);
            paragraph.append(word);
            if (paragraph.size() == 100) {
                paragraphs.append(paragraph.join(QLatin1Char(' ')) + QLatin1Char('.'));
                paragraph.clear();
            }
        }
        return paragraphs.join(QLatin1Char('\n'));
    }

    static void report(const char *what, qint64 nanoseconds, int runs)
    {
        const double perThousand = double(nanoseconds) / runs / 1e6 / (words / 1000.0);
        qInfo("%s: %.2f ms per 1,000 words (%.1f ms for %d words)", what, perThousand, perThousand * words / 1000.0,
            words);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const DictionaryFile file = DictionaryLocator().find(QStringLiteral("en"));
        if (!SpellChecker::hunspellBuiltIn() || !file.isValid())
            QSKIP("No Hunspell or no English dictionary");
        QElapsedTimer timer;
        timer.start();
        m_checker = std::make_unique<SpellChecker>(file);
        qInfo("Loading %s: %lld ms", qPrintable(file.name), timer.elapsed());
        QVERIFY(m_checker->isValid());
        m_text = longText();
    }

    void checkFirstLookUp()
    {
        qsizetype found = 0;
        QBENCHMARK
        {
            m_checker->clearCache();
            found = m_checker->misspellings(m_text).size();
        }
        QVERIFY(found > 50);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i) {
            m_checker->clearCache();
            m_checker->misspellings(m_text);
        }
        report("Core check, empty word cache", timer.nsecsElapsed(), 5);
    }

    void checkWarm()
    {
        m_checker->misspellings(m_text);
        QBENCHMARK
        {
            m_checker->misspellings(m_text);
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            m_checker->misspellings(m_text);
        report("Core check, warm word cache", timer.nsecsElapsed(), 20);
    }

    void rehighlightDocument()
    {
        SpellingService service(m_dir.filePath(QStringLiteral("p.txt")), DictionaryLocator::defaultSearchPaths());
        QVERIFY(service.load(QStringLiteral("en")));
        QVERIFY(service.load(QStringLiteral("es")));
        QTextDocument document;
        document.setPlainText(m_text);
        SpellHighlighter highlighter(service, &document);
        highlighter.setLanguage(QStringLiteral("en"));
        QBENCHMARK
        {
            highlighter.rehighlight();
        }
        QElapsedTimer timer;
        timer.start();
        highlighter.setLanguage(QStringLiteral("es"));
        const qint64 toSpanish = timer.nsecsElapsed();
        report("Re-highlight on a language change to Spanish (cold)", toSpanish, 1);
        timer.restart();
        for (int i = 0; i < 5; ++i)
            highlighter.rehighlight();
        report("Re-highlight of the document (warm)", timer.nsecsElapsed(), 5);
    }

    void keystrokeInLongDocument()
    {
        SpellingService service(m_dir.filePath(QStringLiteral("p.txt")), DictionaryLocator::defaultSearchPaths());
        QVERIFY(service.load(QStringLiteral("en")));
        QTextDocument document;
        document.setPlainText(m_text);
        SpellHighlighter highlighter(service, &document);
        highlighter.setLanguage(QStringLiteral("en"));
        QTextCursor cursor(document.findBlockByNumber(25));
        cursor.movePosition(QTextCursor::EndOfWord);
        QElapsedTimer timer;
        timer.start();
        int keys = 0;
        QBENCHMARK
        {
            cursor.insertText(QStringLiteral("x"));
            ++keys;
        }
        qInfo("One keystroke in a %d-word body: %.3f ms", words, double(timer.nsecsElapsed()) / keys / 1e6);
    }
};

QTEST_MAIN(BenchSpelling)
#include "bench_spelling.moc"
