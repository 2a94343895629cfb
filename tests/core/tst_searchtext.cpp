// The Qt-free search text code (core/search: UnicodeClass, Utf8, SearchSyntax, SnippetText)
// against Qt's own answers, which the rest of the program relies on.
#include "randomtext.h"
#include "search/searchquery.h"
#include "search/searchsyntax.h"
#include "search/snippettext.h"
#include "search/unicodeclass.h"
#include "search/utf8.h"
#include "storage/sqlite/fts5expression.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pressdesk;

namespace {

// Random text mixing ASCII, Latin, Cyrillic, CJK, spaces of every kind, supplementary
// letters and emoji, control characters and search syntax.
QString randomText(QRandomGenerator &random, int length)
{
    static const QList<char32_t> alphabet { U'a', U'Z', U'0', U'9', U' ', U'\t', U'\n', U'\r', U'\v', U'\f', 0x85, 0xA0,
        0x1680, 0x2002, 0x200B, 0x2028, 0x2029, 0x202F, 0x3000, 0xE9, 0xF1, 0x0661, 0x0966, 0x416, 0x4E2D, 0x1D400,
        0x20000, 0x1F600, 0x1F1EA, U'"', U'-', U'*', U':', U'_', U'[', U']', U'(', U')', U'<', U'>', U'#', U'\\', U'~',
        U'.', 0x02, 0x03, 0x2026, 0xFFFD };
    return test::randomText(random, length, alphabet);
}

} // namespace

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classesMatchQChar()
    {
        int compared = 0;
        for (char32_t c = 0; c <= 0x10FFFF; ++c) {
            // A newer Qt knows characters assigned after the table's Unicode version.
            if (QChar::unicodeVersion(c) > QChar::Unicode_14_0)
                continue;
            ++compared;
            if (UnicodeClass::isLetterOrNumber(c) != QChar::isLetterOrNumber(c)
                || UnicodeClass::isDigit(c) != QChar::isDigit(c) || UnicodeClass::isSpace(c) != QChar::isSpace(c))
                QFAIL(qPrintable(QStringLiteral("U+%1 is classified differently from QChar").arg(c, 4, 16)));
        }
        QVERIFY(compared > 1'000'000);
    }

    void utf8MatchesQString()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 2000; ++round) {
            const QString text = randomText(random, random.bounded(40));
            const std::string utf8 = text.toStdString();
            QVERIFY(Utf8::isValid(utf8));
            QCOMPARE(Utf8::utf16Length(utf8), static_cast<std::size_t>(text.size()));
            const std::u32string decoded = Utf8::decode(utf8);
            QCOMPARE(decoded, text.toStdU32String());
            QCOMPARE(Utf8::encode(decoded), utf8);
            QCOMPARE(QString::fromStdU32String(UnicodeClass::simplified(decoded)), text.simplified());
        }
    }

    void utf8RejectsIllFormedBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lone continuation") << QByteArray("a\x80z");
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
        QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF");
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("truncated") << QByteArray("caf\xC3");
        QTest::newRow("invalid lead") << QByteArray("\xFF");
    }

    void utf8RejectsIllFormedBytes()
    {
        QFETCH(QByteArray, bytes);
        const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        QVERIFY(!Utf8::isValid(text));
        QVERIFY(Utf8::decode(text).find(U'\uFFFD') != std::u32string::npos);
    }

    void lettersOutsideTheBasicPlaneAreWords()
    {
        // Mathematical bold letters and a CJK Extension B ideograph are letters, an emoji is not.
        QVERIFY(SearchSyntax::hasWordCharacter("\xF0\x9D\x90\x80"));
        QVERIFY(SearchSyntax::hasWordCharacter("\xF0\xA0\x80\x80"));
        QVERIFY(!SearchSyntax::hasWordCharacter("\xF0\x9F\x98\x80"));
        const SearchQuery query = SearchQuery::parse(QStringLiteral("\U0001D400\U0001D401 \U0001F600"));
        QCOMPARE(query.clauses().size(), 1);
        QCOMPARE(query.notes().size(), 1);
    }

    void notesFollowTheTokens()
    {
        // The missing quote first, then the others in the order they were typed.
        const SearchQuery query = SearchQuery::parse(QStringLiteral("!!! status:bogus ??? lang: \"open"));
        QCOMPARE(query.notes().size(), 5);
        QVERIFY(query.notes().at(0).contains(QLatin1String("closing quotation")));
        QVERIFY(query.notes().at(1).contains(QLatin1String("!!!")));
        QVERIFY(query.notes().at(2).contains(QLatin1String("bogus")));
        QVERIFY(query.notes().at(3).contains(QLatin1String("???")));
        QVERIFY(query.notes().at(4).contains(QLatin1String("lang:")));
    }

    void parsingNeverBreaksOnRandomInput()
    {
        QRandomGenerator random(11);
        for (int round = 0; round < 3000; ++round) {
            const QString input = randomText(random, random.bounded(30));
            const SearchSyntax syntax = SearchSyntax::parse(input.toStdString());
            const std::string match = Fts5Expression::match(syntax, "speakers", "x");
            QVERIFY(Utf8::isValid(match));
            // Every term is one quoted FTS5 string: quotes come in pairs.
            QCOMPARE(std::count(match.begin(), match.end(), '"') % 2, 0);
            const std::string readable = SnippetText::readable(input.toStdString());
            QVERIFY(Utf8::isValid(readable));
            QVERIFY(readable.find('\n') == std::string::npos);
        }
    }

    void nulNeverEndsAnFtsString()
    {
        // FTS5 reads a string only up to NUL ("unterminated string"); found by fuzz_searchsyntax.
        using namespace std::string_literals;
        const SearchSyntax syntax = SearchSyntax::parse("ab\0cd \"x\0"s);
        const std::string match = Fts5Expression::match(syntax, "speakers", "ana\0\xFF"s);
        QVERIFY(match.find('\0') == std::string::npos);
        QVERIFY(Utf8::isValid(match));
        QCOMPARE(match, std::string("\"ab cd\" AND \"x \" AND speakers : \"ana \xEF\xBF\xBD\""));
    }

    void markedSnippetsUseBold()
    {
        QCOMPARE(QString::fromStdString(SnippetText::marked("the \x02**migrant**\x03 women\n\n- and")),
            QStringLiteral("the **migrant** women and"));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
