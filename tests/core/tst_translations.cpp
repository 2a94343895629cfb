#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The catalogues in resources/translations: every entry finished, none obsolete, the
// placeholders of the source kept, and nothing missing from the sources as they are now
// (lupdate run into a temporary copy must find nothing new).
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Entry
    {
        QString context;
        QString source;
        QStringList translations;
        QString type;
        bool plural = false;
    };

    static QString catalogue(const QString &language)
    {
        return QStringLiteral(PRESSDESK_TS_DIR "/pressdesk_%1.ts").arg(language);
    }

    static QList<Entry> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QXmlStreamReader xml(&file);
        QList<Entry> entries;
        QString context;
        Entry entry;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                entries.append(entry);
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry {};
                entry.context = context;
                entry.plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.plural)
                    entry.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                entry.translations.append(xml.readElementText());
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return entries;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
        QSet<QString> found;
        for (auto match = pattern.globalMatch(text); match.hasNext();)
            found.insert(match.next().captured());
        return found;
    }

private Q_SLOTS:
    void finished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void finished()
    {
        QFETCH(QString, language);
        const QList<Entry> entries = read(catalogue(language));
        QVERIFY(entries.size() > 600);
        QStringList problems;
        for (const Entry &entry : entries) {
            const QString where = QStringLiteral("[%1] %2").arg(entry.context, entry.source);
            if (!entry.type.isEmpty())
                problems.append(entry.type + QLatin1String(": ") + where);
            for (const QString &translation : entry.translations) {
                if (translation.isEmpty())
                    problems.append(QLatin1String("empty: ") + where);
                else if (placeholders(translation) != placeholders(entry.source))
                    problems.append(
                        QLatin1String("placeholders differ: ") + where + QLatin1String(" → ") + translation);
            }
            if (entry.plural && entry.translations.size() != 2)
                problems.append(QLatin1String("plural forms: ") + where);
            // An accelerator in the source needs one in the translation, and only one.
            if (entry.source.count(QLatin1Char('&')) == 1 && !entry.source.contains(QLatin1String("&&")))
                for (const QString &translation : entry.translations)
                    if (translation.count(QLatin1Char('&')) != 1)
                        problems.append(QLatin1String("accelerator: ") + where + QLatin1String(" → ") + translation);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate on the sources, into a copy: if a tr() string was added or changed without
    // running the update_translations target, the copy differs from the catalogue.
    void upToDateWithTheSources()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString copy = folder.filePath(QStringLiteral("pressdesk_es.ts"));
        QVERIFY(QFile::copy(catalogue(QStringLiteral("es")), copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PRESSDESK_LUPDATE),
            { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                QLatin1Char('@') + QStringLiteral(PRESSDESK_TRANSLATED_SOURCES), QStringLiteral("-ts"), copy });
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const auto keys = [](const QList<Entry> &entries) {
            QSet<QString> set;
            for (const Entry &entry : entries)
                set.insert(entry.context + QLatin1String(" | ") + entry.source);
            return set;
        };
        const QSet<QString> committed = keys(read(catalogue(QStringLiteral("es"))));
        const QList<Entry> fresh = read(copy);
        const QSet<QString> current = keys(fresh);
        QStringList problems;
        for (const QString &key : current - committed)
            problems.append(QLatin1String("not in the catalogue: ") + key);
        for (const QString &key : committed - current)
            problems.append(QLatin1String("no longer in the sources: ") + key);
        for (const Entry &entry : fresh)
            if (!entry.type.isEmpty())
                problems.append(entry.type + QLatin1String(": ") + entry.context + QLatin1String(" | ") + entry.source);
        QVERIFY2(problems.isEmpty(),
            qPrintable(problems.join(QLatin1Char('\n'))
                + QLatin1String("\nRun: cmake --build --preset dev --target update_translations")));
    }

    // The three catalogues hold the same messages.
    void sameMessagesInEveryLanguage()
    {
        const auto keys = [](const QString &language) {
            QSet<QString> set;
            for (const Entry &entry : read(catalogue(language)))
                set.insert(entry.context + QLatin1String(" | ") + entry.source);
            return set;
        };
        const QSet<QString> english = keys(QStringLiteral("en"));
        QCOMPARE(keys(QStringLiteral("es")), english);
        QCOMPARE(keys(QStringLiteral("fr")), english);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
