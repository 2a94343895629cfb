#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Holds docs/cli.md to the program: every example run on the demo newsroom
// (`$ pressdesk --database /tmp/doc.sqlite …` with list, show, check, search, demo, team or status) is run
// for real, in the document's order, and its output compared with the one printed in the
// document. A line of "…" stands for any lines, "…" inside a line for any text; uuids,
// timestamps and bm25 ranks are compared by their shape, since they differ at every run.
class TestCliDocs : public QObject
{
    Q_OBJECT

private:
    struct Example
    {
        int line = 0;
        QStringList arguments;
        QStringList expected;
    };

    static QStringList splitCommand(const QString &command)
    {
        QStringList words;
        QString word;
        bool quoted = false;
        bool any = false;
        for (const QChar c : command) {
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
                any = true;
            } else if (c == QLatin1Char(' ') && !quoted) {
                if (any)
                    words.append(word);
                word.clear();
                any = false;
            } else {
                word += c;
                any = true;
            }
        }
        if (any)
            words.append(word);
        return words;
    }

    static QList<Example> examples()
    {
        QFile file(QStringLiteral(PRESSDESK_CLI_DOC));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", PRESSDESK_CLI_DOC);
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QList<Example> found;
        bool inCode = false;
        Example *current = nullptr;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.startsWith(QLatin1String("```"))) {
                inCode = !inCode;
                current = nullptr;
                continue;
            }
            if (!inCode)
                continue;
            if (line.startsWith(QLatin1String("$ pressdesk "))) {
                found.append({ i + 1, splitCommand(line.mid(12)), {} });
                current = &found.last();
            } else if (line.trimmed().isEmpty()) {
                current = nullptr;
            } else if (current) {
                current->expected.append(line);
            }
        }
        return found;
    }

    static QString normalized(QString line)
    {
        static const QRegularExpression uuid(
            QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        static const QRegularExpression timestamp(
            QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
        static const QRegularExpression rank(QStringLiteral("(\"rank\": )-?[0-9.e+-]+"));
        line.replace(uuid, QStringLiteral("<uuid>"));
        line.replace(timestamp, QStringLiteral("<time>"));
        line.replace(rank, QStringLiteral("\\1<rank>"));
        return line.trimmed();
    }

    static bool lineMatches(const QString &expected, const QString &actual)
    {
        if (!expected.contains(QChar(0x2026)))
            return expected == actual;
        QStringList parts = expected.split(QChar(0x2026));
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        return QRegularExpression(QLatin1Char('^') + parts.join(QLatin1String(".*")) + QLatin1Char('$'))
            .match(actual)
            .hasMatch();
    }

    // Expected lines against actual ones; a line that is only "…" skips any number of lines.
    static bool matches(const QStringList &expected, const QStringList &actual, int e = 0, int a = 0)
    {
        if (e == expected.size())
            return a == actual.size();
        if (expected.at(e) == QString(QChar(0x2026))) {
            for (int skip = a; skip <= actual.size(); ++skip)
                if (matches(expected, actual, e + 1, skip))
                    return true;
            return false;
        }
        return a < actual.size() && lineMatches(expected.at(e), actual.at(a))
            && matches(expected, actual, e + 1, a + 1);
    }

private Q_SLOTS:
    void examplesAreWhatThePressdeskPrints()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString database = folder.filePath(QStringLiteral("doc.sqlite"));
        const QStringList commands = { QStringLiteral("demo"), QStringLiteral("list"), QStringLiteral("show"),
            QStringLiteral("check"), QStringLiteral("search"), QStringLiteral("team"), QStringLiteral("status") };
        int checked = 0;
        QStringList problems;
        for (Example example : examples()) {
            if (example.arguments.size() < 3 || example.arguments.at(0) != QLatin1String("--database")
                || example.arguments.at(1) != QLatin1String("/tmp/doc.sqlite")
                || !commands.contains(example.arguments.at(2)))
                continue;
            example.arguments[1] = database;
            QProcess process;
            process.start(QStringLiteral(PRESSDESK_BINARY), example.arguments);
            QVERIFY(process.waitForFinished(120'000));
            QStringList actual;
            const QString output = QString::fromUtf8(process.readAllStandardOutput());
            for (const QString &line : output.split(QLatin1Char('\n')))
                actual.append(normalized(QString(line).replace(database, QStringLiteral("/tmp/doc.sqlite"))));
            while (!actual.isEmpty() && actual.last().isEmpty())
                actual.removeLast();
            QStringList expected;
            for (const QString &line : std::as_const(example.expected))
                expected.append(normalized(line));
            ++checked;
            if (!matches(expected, actual)) {
                // The first line that differs is what a reader of the failure needs.
                int first = 0;
                while (first < expected.size() && first < actual.size()
                    && (expected.at(first) == QString(QChar(0x2026))
                        || lineMatches(expected.at(first), actual.at(first))))
                    ++first;
                problems.append(QStringLiteral("cli.md line %1 (pressdesk %2), output line %3:\n  document: %4\n  "
                                               "program:  %5")
                                    .arg(example.line)
                                    .arg(example.arguments.mid(2).join(QLatin1Char(' ')))
                                    .arg(first + 1)
                                    .arg(expected.value(first, QStringLiteral("(end)")),
                                        actual.value(first, QStringLiteral("(end)"))));
            }
        }
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(checked >= 9, qPrintable(QString::number(checked)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n\n"))));
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
