// The Qt-free search path of `pressdesk` (app/fastsearch) against the Qt command line
// (pressdesk-cli): the same bytes, exit code and messages for every query, target and
// format, on a newsroom with hostile text; and its pieces against Qt's own writers.
#include "cli/output.h"
#include "demo/demonewsroom.h"
#include "fastsearch/fastsearch.h"
#include "fastsearch/searchrequest.h"
#include "fastsearch/searchresultwriter.h"
#include "randomtext.h"
#include "storage/releaserepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace pressdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &binary, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(binary, arguments);
    if (!process.waitForFinished(60'000))
        qFatal("%s did not finish", qPrintable(binary));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

// The arguments as main() gets them, after the program name.
struct Argv
{
    explicit Argv(const QStringList &arguments)
    {
        bytes.push_back(QByteArrayLiteral("pressdesk"));
        for (const QString &argument : arguments)
            bytes.push_back(argument.toUtf8());
        for (const QByteArray &argument : bytes)
            pointers.push_back(argument.constData());
    }
    std::optional<SearchRequest> request() const
    {
        return SearchRequest::parse(static_cast<int>(pointers.size()), pointers.data());
    }
    std::vector<QByteArray> bytes;
    std::vector<const char *> pointers;
};

// What the Qt-free path answers in this process for these arguments, if anything.
std::optional<std::string> fastAnswer(const QStringList &arguments)
{
    const auto request = Argv(arguments).request();
    if (!request)
        return std::nullopt;
    return FastSearch::answer(*request);
}

QString randomText(QRandomGenerator &random, int length)
{
    static const QList<char32_t> alphabet { U'a', U'Z', U'7', U' ', U' ', U'\t', U'\n', U'\r', 0x01, 0x1F, 0x7F, U'"',
        U'\\', U'/', 0xA0, 0x2028, 0x2029, 0x202E, 0xE9, 0x4E2D, 0x0645, 0x1F600, 0x1D400, 0xFEFF, 0x2026 };
    return test::randomText(random, length, alphabet);
}

} // namespace

class TestFastSearch : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_fixture;
    QString m_cli = QStringLiteral(PRESSDESK_CLI_BINARY);
    QString m_front = QStringLiteral(PRESSDESK_BINARY);

    QStringList hostileStrings()
    {
        QFile file(QStringLiteral(PRESSDESK_TEST_DATA "/hostile/strings.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no hostile corpus");
        QStringList strings;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.startsWith(QLatin1String("# ")))
                strings.append(line);
        }
        return strings;
    }

    QStringList queries()
    {
        QStringList list { QStringLiteral("migrant women"), QStringLiteral("congress"), QStringLiteral("minister"),
            QStringLiteral("regional direc"), QStringLiteral("\"regional director\""), QStringLiteral("women OR youth"),
            QStringLiteral("migracion"), QStringLiteral("migración"), QStringLiteral("congress -bogota"),
            QStringLiteral("Zürich"), QStringLiteral("congress*"), QStringLiteral("hostile"),
            QStringLiteral("hostile congress"), QStringLiteral("a"), QStringLiteral("cut"),
            QStringLiteral("nothingmatchesthis"), QStringLiteral("-congress"), QStringLiteral("congress lang:en"),
            QStringLiteral("status:draft hostile"), QStringLiteral("\"open"), QStringLiteral("!!! congress"),
            QStringLiteral("移民"), QStringLiteral("мигрант"), QStringLiteral("ﬁ ligatures") };
        list.append(hostileStrings());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(m_cli));
        QCOMPARE(DemoNewsroom(m_fixture.db()).install(), DemoNewsroom::Result::Added);
        ReleaseRepository releases(m_fixture.db());
        int n = 0;
        for (const QString &text : hostileStrings()) {
            const qint64 speaker = m_fixture.addSpeaker(QStringLiteral("Hostile ") + text, text);
            Release release =
                m_fixture.makeRelease(QStringLiteral("Hostile congress %1 %2").arg(++n).arg(text), { speaker });
            release.lead = text + QStringLiteral(" **congress** lead");
            release.body =
                QStringLiteral("# Congress\n\n- ") + text + QStringLiteral("\n- [congress](https://x.example) ") + text;
            QVERIFY(releases.save(release));
        }
        // Headlines longer than a table cell, with a character pair at the cut and around it.
        for (int at = 56; at <= 61; ++at) {
            Release release = m_fixture.makeRelease(
                QStringLiteral("Cut ") + QStringLiteral("x").repeated(at - 4) + QStringLiteral("\U0001F600 after"));
            QVERIFY(releases.save(release));
        }
        m_fixture.db().close();
    }

    void sameOutputAsTheQtCommandLine()
    {
        const QString database = m_fixture.path();
        int cases = 0;
        int answered = 0;
        for (const QString &query : queries()) {
            for (const QString &in :
                { QStringLiteral("releases"), QStringLiteral("speakers"), QStringLiteral("events") }) {
                for (const QString &format : { QStringLiteral("json"), QStringLiteral("table") }) {
                    const QStringList arguments { QStringLiteral("--database"), database, QStringLiteral("search"),
                        query, QStringLiteral("--in"), in, QStringLiteral("--format"), format,
                        QStringLiteral("--limit"), QStringLiteral("7") };
                    const Run expected = run(m_cli, arguments);
                    ++cases;
                    const auto fast = fastAnswer(arguments);
                    if (!fast)
                        continue;
                    ++answered;
                    QVERIFY2(expected.exitCode == 0 && expected.err.isEmpty(), qPrintable(query));
                    QCOMPARE(QByteArray::fromStdString(*fast), expected.out);
                }
            }
        }
        qInfo("the Qt-free path answered %d of %d searches itself", answered, cases);
        QVERIFY(answered > cases / 4);
        QVERIFY(answered < cases); // filters, notes and exclusions alone go to Qt
    }

    void cleanQueriesAreAnsweredWithoutQt()
    {
        for (const QString &query : { QStringLiteral("migrant women"), QStringLiteral("regional direc"),
                 QStringLiteral("migración"), QStringLiteral("hostile congress") }) {
            const QStringList arguments { QStringLiteral("--database"), m_fixture.path(), QStringLiteral("search"),
                query, QStringLiteral("--format"), QStringLiteral("json") };
            QVERIFY2(fastAnswer(arguments).has_value(), qPrintable(query));
        }
    }

    void theFrontBinaryGivesTheSameResults()
    {
        // Through `pressdesk` itself: answered without Qt, or handed over to pressdesk-cli.
        for (const QStringList &arguments :
            QList<QStringList> { { QStringLiteral("search"), QStringLiteral("migrant women") },
                { QStringLiteral("search"), QStringLiteral("hostile"), QStringLiteral("--format=json"),
                    QStringLiteral("--limit=100") },
                { QStringLiteral("search"), QStringLiteral("congress lang:en"), QStringLiteral("--in"),
                    QStringLiteral("releases") },
                { QStringLiteral("search"), QStringLiteral("\"unbalanced") }, { QStringLiteral("search") },
                { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--limit"), QStringLiteral("0") },
                { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--bogus") },
                { QStringLiteral("list"), QStringLiteral("releases"), QStringLiteral("--limit"), QStringLiteral("3") },
                { QStringLiteral("--version") } }) {
            const QStringList withDatabase = QStringList { QStringLiteral("--database"), m_fixture.path() } + arguments;
            const Run expected = run(m_cli, withDatabase);
            const Run actual = run(m_front, withDatabase);
            QCOMPARE(actual.exitCode, expected.exitCode);
            QCOMPARE(actual.out, expected.out);
            QCOMPARE(actual.err, expected.err);
        }
    }

    void findsTheDefaultDatabaseAsQtDoes()
    {
        // No --database: $XDG_DATA_HOME (or ~/.local/share)/Pressdesk/Pressdesk/pressdesk.sqlite.
        const QString home = m_fixture.folder() + QStringLiteral("/home");
        const QString data = home + QStringLiteral("/.local/share/Pressdesk/Pressdesk");
        QVERIFY(QDir().mkpath(data));
        QVERIFY(QFile::copy(m_fixture.path(), data + QStringLiteral("/pressdesk.sqlite")));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PRESSDESK_DATABASE"));
        environment.remove(QStringLiteral("XDG_DATA_HOME"));
        environment.insert(QStringLiteral("HOME"), home);
        qputenv("HOME", home.toUtf8());
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("PRESSDESK_DATABASE");
        const QStringList arguments { QStringLiteral("search"), QStringLiteral("hostile congress"),
            QStringLiteral("--format"), QStringLiteral("json") };
        const auto fast = fastAnswer(arguments);
        QVERIFY(fast.has_value());
        const Run expected = run(m_cli, arguments, environment);
        QCOMPARE(expected.exitCode, 0);
        QVERIFY(expected.out.contains("Hostile congress"));
        QCOMPARE(QByteArray::fromStdString(*fast), expected.out);
        QCOMPARE(run(m_front, arguments, environment).out, expected.out);
    }

    void leavesUnusualDatabasesToQt()
    {
        // Not a database, a missing file, a folder, a read-only file: what pressdesk-cli says.
        const QString folder = m_fixture.folder();
        QFile text(folder + QStringLiteral("/notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a database\n");
        text.close();
        const QString readOnly = folder + QStringLiteral("/read-only.sqlite");
        QVERIFY(QFile::copy(m_fixture.path(), readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        for (const QString &path : { text.fileName(), folder + QStringLiteral("/missing.sqlite"), folder, readOnly }) {
            const QStringList arguments { QStringLiteral("--database"), path, QStringLiteral("search"),
                QStringLiteral("congress") };
            if (path != readOnly) // root may write to it all the same
                QVERIFY(!fastAnswer(arguments).has_value());
            // pressdesk-cli creates the missing file, so pressdesk runs first.
            const Run actual = run(m_front, arguments);
            QFile::remove(folder + QStringLiteral("/missing.sqlite"));
            const Run expected = run(m_cli, arguments);
            QCOMPARE(actual.exitCode, expected.exitCode);
            QCOMPARE(actual.out, expected.out);
            QCOMPARE(actual.err, expected.err);
        }
    }

    void requestsItDoesNotReadAreLeftToQt_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("help") << QStringList { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("-h") };
        QTest::newRow("version") << QStringList { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("-v") };
        QTest::newRow("no query") << QStringList { QStringLiteral("search") };
        QTest::newRow("two queries") << QStringList { QStringLiteral("search"), QStringLiteral("a"),
            QStringLiteral("b") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("search"), QStringLiteral("a"),
            QStringLiteral("--fast") };
        QTest::newRow("limit zero") << QStringList { QStringLiteral("search"), QStringLiteral("a"),
            QStringLiteral("--limit"), QStringLiteral("0") };
        QTest::newRow("limit sign") << QStringList { QStringLiteral("search"), QStringLiteral("a"),
            QStringLiteral("--limit=+5") };
        QTest::newRow("limit too big") << QStringList { QStringLiteral("search"), QStringLiteral("a"),
            QStringLiteral("--limit"), QStringLiteral("100001") };
        QTest::newRow("csv") << QStringList { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--format"),
            QStringLiteral("csv") };
        QTest::newRow("organizations") << QStringList { QStringLiteral("search"), QStringLiteral("a"),
            QStringLiteral("--in"), QStringLiteral("organizations") };
        QTest::newRow("option without value")
            << QStringList { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--in") };
        QTest::newRow("other command") << QStringList { QStringLiteral("list"), QStringLiteral("releases") };
        QTest::newRow("database without file")
            << QStringList { QStringLiteral("search"), QStringLiteral("a"), QStringLiteral("--database") };
    }

    void requestsItDoesNotReadAreLeftToQt()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(!Argv(arguments).request().has_value());
    }

    void readsOptionsAsTheQtCommandLine()
    {
        const char *argv[] = { "pressdesk", "--limit=3", "search", "--in=events", "-word", "--format", "json",
            "--database=/tmp/x.sqlite", "--limit", "9" };
        const auto request = SearchRequest::parse(10, argv);
        // "--limit=3" before the command is the command's option too (the global pass leaves it).
        QVERIFY(!request.has_value() || request->limit == 9);
        const char *plain[] = { "pressdesk", "search", "--in=events", "-word", "--format", "json",
            "--database=/tmp/x.sqlite", "--limit", "9" };
        const auto parsed = SearchRequest::parse(9, plain);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->limit, 9);
        QCOMPARE(parsed->query, std::string("-word"));
        QCOMPARE(parsed->database, std::string("/tmp/x.sqlite"));
        QVERIFY(parsed->target == SearchRequest::Target::Events);
        QVERIFY(parsed->format == SearchRequest::Format::Json);
    }

    void numbersAsQtWritesThem()
    {
        QRandomGenerator random(3);
        QList<double> values { -12.5, -3.0, 1e-4, 0.001, -0.0001234, 123456.0, 1e15, 1e16, 0.1 + 0.2, -4.2e-7, -1e-6,
            -2.5e-6, 9007199254740993.0, -1234567.25, 1e21, 5e-324, 1.7976931348623157e308 };
        for (int i = 0; i < 20000; ++i) {
            const double mantissa = random.generateDouble() * 20 - 10;
            values.append(mantissa * std::pow(10.0, random.bounded(-12, 18)));
        }
        values.append({ 12.00006103515625, -861278711983822.5 }); // half-way at 15 digits
        int ties = 0;
        for (const double value : values) {
            const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
            const auto ours = SearchResultWriter::jsonNumber(value);
            QVERIFY(ours.has_value());
            QCOMPARE(QByteArray::fromStdString('[' + *ours + ']'), json);
            if (const auto cell = SearchResultWriter::cellNumber(value))
                QCOMPARE(QString::fromStdString(*cell), Output::cellText(value));
            else
                ++ties;
        }
        // Ties are rare: integers past 2^53 and dyadic fractions.
        QVERIFY2(ties >= 2 && ties < values.size() / 50, qPrintable(QString::number(ties)));
    }

    void stringsAsQtWritesThem()
    {
        QRandomGenerator random(5);
        for (int i = 0; i < 3000; ++i) {
            const QString text = randomText(random, random.bounded(24));
            const QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
            QCOMPARE(QByteArray::fromStdString('[' + SearchResultWriter::jsonString(text.toStdString()) + ']'), json);
        }
    }

    void tablesAndJsonAsOutputWrites()
    {
        QRandomGenerator random(9);
        for (int round = 0; round < 300; ++round) {
            std::vector<SearchResultRow> rows;
            QJsonArray objects;
            const int count = random.bounded(4);
            for (int r = 0; r < count; ++r) {
                SearchResultRow row;
                row.id = random.bounded(1, 1'000'000);
                if (random.bounded(4) > 0)
                    row.rank = -random.generateDouble() * 30;
                const QString headline = randomText(random, random.bounded(90));
                const QString snippet = randomText(random, random.bounded(70)).simplified();
                row.fields = { { "headline", headline.toStdString() }, { "snippet", snippet.toStdString() } };
                rows.push_back(row);
                objects.append(QJsonObject { { QStringLiteral("id"), row.id },
                    { QStringLiteral("rank"), row.rank ? QJsonValue(*row.rank) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("headline"), headline }, { QStringLiteral("snippet"), snippet } });
            }
            const QStringList keys { QStringLiteral("id"), QStringLiteral("rank"), QStringLiteral("headline"),
                QStringLiteral("snippet") };
            for (const OutputFormat format : { OutputFormat::Json, OutputFormat::Table }) {
                QByteArray expected;
                {
                    QTextStream stream(&expected);
                    Output::write(stream, format, keys, objects);
                }
                const auto ours = format == OutputFormat::Json
                    ? SearchResultWriter::json(rows)
                    : SearchResultWriter::table(rows, { "id", "rank", "headline", "snippet" });
                if (!ours) // a cut through a character pair: left to Qt
                    continue;
                QCOMPARE(QByteArray::fromStdString(*ours), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFastSearch)
#include "tst_fastsearch.moc"
