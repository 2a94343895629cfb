#include "demo/demonewsroom.h"
#include "storage/contactrepository.h"
#include "storage/medialistrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pressdesk;

// Sending releases by e-mail (#16) with the real pressdesk binary and a real SMTP server on
// loopback (aiosmtpd, with STARTTLS and a login); every message that arrives is parsed back
// with Python's email package (tests/support/mailcheck.py).
class TestCliSend : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    // A running tests/support/smtpserver.py.
    struct Server
    {
        std::unique_ptr<QProcess> process;
        int port = 0;
        QString folder;

        ~Server() { stop(); }
        void stop()
        {
            if (process && process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(10'000);
            }
        }
        QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(port); }
        QString certificate() const { return QDir(folder).filePath(QStringLiteral("server.crt")); }
        QStringList messages() const
        {
            QStringList files;
            const QStringList names = QDir(folder).entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
            for (const QString &name : names)
                files.append(QDir(folder).filePath(name));
            return files;
        }
        QList<QJsonObject> envelopes() const
        {
            QList<QJsonObject> rows;
            QFile file(QDir(folder).filePath(QStringLiteral("envelopes.jsonl")));
            if (file.open(QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = file.readAll().split('\n');
                for (const QByteArray &line : lines) {
                    if (!line.trimmed().isEmpty())
                        rows.append(QJsonDocument::fromJson(line).object());
                }
            }
            return rows;
        }
    };

    test::TestDatabase m_fixture;
    QTemporaryDir m_dir;
    int m_serverCount = 0;
    const QString m_from = QStringLiteral("Oficina de Prensa <press@example.org>");

    static QString python() { return QStringLiteral("/usr/bin/python3"); }

    Result run(
        const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PRESSDESK_BINARY),
            QStringList { QStringLiteral("--database"), m_fixture.path() } + arguments);
        if (!process.waitForFinished(240'000))
            qFatal("pressdesk did not finish");
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
    }

    static QProcessEnvironment withPassword()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRESSDESK_TEST_SMTP_PASSWORD"), QStringLiteral("s3cret-Pa55"));
        return environment;
    }

    std::unique_ptr<Server> startServer(const QStringList &options = {}, int port = 0)
    {
        auto server = std::make_unique<Server>();
        server->folder = m_dir.filePath(QStringLiteral("server%1").arg(++m_serverCount));
        server->process = std::make_unique<QProcess>();
        server->process->start(python(),
            QStringList { QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/support/smtpserver.py"), QStringLiteral("--port"),
                QString::number(port), QStringLiteral("--dir"), server->folder }
                + options);
        if (!server->process->waitForReadyRead(60'000))
            qFatal("the SMTP server did not start: %s", server->process->readAllStandardError().constData());
        const QByteArray ready = server->process->readLine().trimmed();
        if (!ready.startsWith("READY "))
            qFatal("the SMTP server said %s", ready.constData());
        server->port = ready.mid(6).toInt();
        return server;
    }

    // The SMTP options for a server with a login.
    static QStringList smtp(const Server &server, bool login = true)
    {
        QStringList options { QStringLiteral("--smtp"), server.url(), QStringLiteral("--per-minute"),
            QStringLiteral("0") };
        if (QFile::exists(server.certificate()))
            options += { QStringLiteral("--ca-file"), server.certificate() };
        if (login)
            options += { QStringLiteral("--user"), QStringLiteral("officer"), QStringLiteral("--password-env"),
                QStringLiteral("PRESSDESK_TEST_SMTP_PASSWORD") };
        return options;
    }

    static QJsonArray parse(const QStringList &files)
    {
        QProcess process;
        process.start(
            python(), QStringList { QStringLiteral(PRESSDESK_SOURCE_DIR "/tests/support/mailcheck.py") } + files);
        if (!process.waitForFinished(120'000) || process.exitCode() != 0)
            qFatal("mailcheck failed: %s", process.readAllStandardError().constData());
        return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    }

    QJsonArray outbox(const QStringList &options = {})
    {
        const Result result =
            run(QStringList { QStringLiteral("outbox"), QStringLiteral("--format"), QStringLiteral("json") } + options,
                withPassword());
        return QJsonDocument::fromJson(result.out).array();
    }

    // Sends the English release to <one.PART@example.org> and <two.PART@example.org> through a
    // server that is not there (a free port): both wait in the outbox. Returns the port.
    int sendWhileServerDown(const QString &part)
    {
        auto probe = startServer(); // finds a free port, then goes away
        const int port = probe->port;
        probe->stop();
        Server down;
        down.port = port;
        down.folder = probe->folder;
        const Result result =
            run(QStringList { QStringLiteral("send"), QStringLiteral("release"), QString::number(englishId),
                    QStringLiteral("--recipient"), QStringLiteral("One <one.%1@example.org>").arg(part),
                    QStringLiteral("--recipient"), QStringLiteral("Two <two.%1@example.org>").arg(part),
                    QStringLiteral("--from"), m_from }
                    + smtp(down),
                withPassword());
        if (result.exitCode != 1)
            qFatal("sending while the server is down: exit code %d", result.exitCode);
        return port;
    }

    QHash<QString, int> statesOf(const QJsonArray &rows, const QString &batchEmailPart)
    {
        QHash<QString, int> states;
        for (const QJsonValue &row : rows) {
            if (row[QLatin1String("recipient_email")].toString().contains(batchEmailPart))
                ++states[row[QLatin1String("state")].toString()];
        }
        return states;
    }

    static QString collapsed(QString text)
    {
        return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
    }

    static const qint64 englishId = 5; // published, with its Spanish translation (6)
    static const qint64 spanishId = 6;
    static const qint64 embargoedId = 4; // approved, embargoed (made to lie ahead below)
    static const qint64 draftId = 8;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(DemoNewsroom(m_fixture.db()).install(), DemoNewsroom::Result::Added);
        // The demo's embargo has passed by now; move it a year ahead of today.
        m_fixture.scalar(QStringLiteral("UPDATE releases SET embargo_until = ? WHERE id = ?"),
            { QDateTime::currentDateTimeUtc().addYears(1).toString(Qt::ISODate), embargoedId });
        // An edit after approval sends a release back to review (the server's trigger on a team
        // newsroom): approve the new text again.
        m_fixture.scalar(QStringLiteral("UPDATE releases SET status = 'approved' WHERE id = ?"), { embargoedId });
        QCOMPARE(
            m_fixture.scalar(QStringLiteral("SELECT status FROM releases WHERE id = ?"), { embargoedId }).toString(),
            QStringLiteral("approved"));
        QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT status FROM releases WHERE id = ?"), { draftId }).toString(),
            QStringLiteral("draft"));
    }

    void draftsParseWithBccAndAttachment()
    {
        const QString folder = m_dir.filePath(QStringLiteral("drafts"));
        const Result result = run({ QStringLiteral("send"), QStringLiteral("release"), QString::number(englishId),
            QStringLiteral("--recipient"), QStringLiteral("Ana Ruiz <ana@example.org>;es,en"),
            QStringLiteral("--recipient"), QStringLiteral("Bob Lee <bob@example.org>"), QStringLiteral("--recipient"),
            QStringLiteral("Carla Díaz <carla@example.org>;es"), QStringLiteral("--from"), m_from,
            QStringLiteral("--list-unsubscribe"), QStringLiteral("mailto:unsubscribe@example.org"),
            QStringLiteral("--eml-dir"), folder, QStringLiteral("--format-output"), QStringLiteral("json") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray files = QJsonDocument::fromJson(result.out).object()[QLatin1String("files")].toArray();
        QCOMPARE(files.size(), 2); // one draft per language
        QStringList paths;
        for (const QJsonValue &file : files)
            paths.append(file[QLatin1String("path")].toString());
        const QJsonArray parsed = parse(paths);
        QCOMPARE(parsed.size(), 2);
        for (const QJsonValue &value : parsed) {
            const QJsonObject message = value.toObject();
            QVERIFY(message[QLatin1String("defects")].toArray().isEmpty());
            QCOMPARE(message[QLatin1String("x_unsent")].toString(), QStringLiteral("1"));
            QVERIFY(!message[QLatin1String("bare_lf")].toBool());
            QVERIFY(message[QLatin1String("header_ascii")].toBool());
            QVERIFY(message[QLatin1String("max_line_length")].toInt() <= 998);
            QCOMPARE(message[QLatin1String("to")].toArray(), QJsonArray { QStringLiteral("press@example.org") });
            QCOMPARE(message[QLatin1String("list_unsubscribe")].toString(),
                QStringLiteral("<mailto:unsubscribe@example.org>"));
            QVERIFY(message[QLatin1String("message_id")].toString().endsWith(QLatin1String("@example.org>")));
            QVERIFY(!message[QLatin1String("date")].toString().isEmpty());
            QCOMPARE(
                message[QLatin1String("structure")].toArray().first().toString(), QStringLiteral("multipart/mixed"));
            QCOMPARE(message[QLatin1String("structure")].toArray().at(1).toString(),
                QStringLiteral("multipart/alternative"));
            const QJsonArray attachments = message[QLatin1String("attachments")].toArray();
            QCOMPARE(attachments.first()[QLatin1String("content_type")].toString(), QStringLiteral("application/pdf"));
            QVERIFY(attachments.first()[QLatin1String("filename")].toString().endsWith(QLatin1String(".pdf")));
            QVERIFY(collapsed(attachments.first()[QLatin1String("text")].toString())
                        .contains(collapsed(message[QLatin1String("subject")].toString())));
            QCOMPARE(attachments.at(1)[QLatin1String("content_type")].toString(), QStringLiteral("text/calendar"));
            QVERIFY(attachments.at(1)[QLatin1String("text")].toString().contains(QLatin1String("BEGIN:VEVENT")));
            const QJsonArray bcc = message[QLatin1String("bcc")].toArray();
            if (message[QLatin1String("content_language")].toString() == QLatin1String("es")) {
                QCOMPARE(bcc, (QJsonArray { QStringLiteral("ana@example.org"), QStringLiteral("carla@example.org") }));
                QVERIFY(message[QLatin1String("subject")].toString().startsWith(QStringLiteral("Centroamérica")));
                QVERIFY(message[QLatin1String("plain")].toString().startsWith(
                    QStringLiteral("Estimadas y estimados colegas:")));
            } else {
                QCOMPARE(bcc, QJsonArray { QStringLiteral("bob@example.org") });
                QVERIFY(message[QLatin1String("plain")].toString().startsWith(QStringLiteral("Dear colleagues,")));
            }
            const QString html = message[QLatin1String("html")].toString();
            QVERIFY(html.contains(QLatin1String("width=\"600\"")));
            for (const char *banned : { "<script", "<img", "<link", "<style", "src=", "url(" })
                QVERIFY2(!html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
        }
        // The record: who got which version, and how.
        const Result sent = run({ QStringLiteral("sent"), QStringLiteral("release"), QString::number(englishId),
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(sent.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(sent.out).array();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &row : rows) {
            QCOMPARE(row[QLatin1String("method")].toString(), QStringLiteral("draft"));
            const bool spanish = row[QLatin1String("recipient_email")].toString() != QLatin1String("bob@example.org");
            QCOMPARE(row[QLatin1String("release_id")].toInteger(), spanish ? spanishId : englishId);
            QCOMPARE(row[QLatin1String("revision")].toInt(), 1);
            QVERIFY(!row[QLatin1String("sent_at")].toString().isEmpty());
        }
        const Result csv = run({ QStringLiteral("sent"), QStringLiteral("release"), QString::number(spanishId),
            QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("release_id,revision,language,recipient_name,recipient_email,method,sent_at"));
        QCOMPARE(csv.out.count('\n'), 4);
    }

    void onlyApprovedOrPublishedAndEmbargoRespected()
    {
        const QStringList base { QStringLiteral("--recipient"), QStringLiteral("Bob Lee <bob@example.org>"),
            QStringLiteral("--from"), m_from, QStringLiteral("--eml-dir"), m_dir.filePath(QStringLiteral("guard")),
            QStringLiteral("--dry-run"), QStringLiteral("--format-output"), QStringLiteral("json") };
        const Result draft =
            run(QStringList { QStringLiteral("send"), QStringLiteral("release"), QString::number(draftId) } + base);
        QCOMPARE(draft.exitCode, 1);
        QVERIFY(draft.err.contains(QLatin1String("draft")));
        const Result test = run(QStringList { QStringLiteral("send"), QStringLiteral("release"),
                                    QString::number(draftId), QStringLiteral("--test") }
            + base);
        QCOMPARE(test.exitCode, 0);

        const Result embargoed =
            run(QStringList { QStringLiteral("send"), QStringLiteral("release"), QString::number(embargoedId) } + base);
        QCOMPARE(embargoed.exitCode, 1);
        QVERIFY2(embargoed.err.contains(QLatin1String("embargo")), qPrintable(embargoed.err));
        QVERIFY(embargoed.err.contains(QLatin1String("UTC")));
        const Result confirmed = run(QStringList { QStringLiteral("send"), QStringLiteral("release"),
                                         QString::number(embargoedId), QStringLiteral("--confirm-embargo") }
            + base);
        QCOMPARE(confirmed.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(confirmed.out).object();
        QCOMPARE(plan[QLatin1String("dry_run")].toBool(), true);
        const QJsonArray messages = plan[QLatin1String("messages")].toArray();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first()[QLatin1String("subject")].toString().startsWith(QLatin1String("EMBARGOED UNTIL ")),
            qPrintable(messages.first()[QLatin1String("subject")].toString()));
        QVERIFY(messages.first()[QLatin1String("subject")].toString().contains(QStringLiteral(" – Seven in ten")));
        // A dry run sends and records nothing.
        QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE release_id = ?"), { embargoedId })
                     .toInt(),
            0);
    }

    // --list: the members of media lists, each once, in their language; the people who must
    // not get it are named as refused with the reason.
    void mediaListsAreSentToOncePerPerson()
    {
        ContactRepository contacts(m_fixture.db());
        const auto contact = [&](const QString &name, const QString &email, const QStringList &languages,
                                 const QString &beat) {
            MediaContact person;
            person.name = name;
            person.email = email;
            person.languages = languages;
            person.beats = { beat };
            person.country = QStringLiteral("Guatemala");
            if (!contacts.save(person))
                qFatal("%s", qPrintable(contacts.errorString()));
            return person;
        };
        const MediaContact ines = contact(QStringLiteral("Inés Quiroa"), QStringLiteral("ines@diario.example"),
            { QStringLiteral("es") }, QStringLiteral("migration"));
        const MediaContact tom = contact(QStringLiteral("Tom Reyes"), QStringLiteral("tom@wire.example"),
            { QStringLiteral("en") }, QStringLiteral("economy"));
        MediaContact quiet = contact(QStringLiteral("Ana Quiet"), QStringLiteral("ana@radio.example"),
            { QStringLiteral("es") }, QStringLiteral("migration"));
        quiet.doNotContact = true;
        QVERIFY(contacts.save(quiet));
        MediaListRepository lists(m_fixture.db());
        MediaList handPicked;
        handPicked.name = QStringLiteral("Regional desk");
        handPicked.memberIds = { ines.id, tom.id };
        QVERIFY2(lists.save(handPicked), qPrintable(lists.errorString()));
        MediaList migration;
        migration.name = QStringLiteral("Migration beat");
        migration.filter = QStringLiteral("beat:migration");
        QVERIFY2(lists.save(migration), qPrintable(lists.errorString()));

        const Result result = run(
            { QStringLiteral("send"), QStringLiteral("release"), QString::number(englishId), QStringLiteral("--list"),
                QStringLiteral("Regional desk"), QStringLiteral("--list"), QStringLiteral("Migration beat"),
                QStringLiteral("--from"), m_from, QStringLiteral("--eml-dir"), m_dir.filePath(QStringLiteral("lists")),
                QStringLiteral("--dry-run"), QStringLiteral("--format-output"), QStringLiteral("json") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(result.out).object();
        QMap<QString, QString> languageOf;
        for (const QJsonValue &message : plan[QLatin1String("messages")].toArray())
            languageOf.insert(
                message[QLatin1String("email")].toString(), message[QLatin1String("language")].toString());
        QCOMPARE(languageOf.size(), 2); // Inés is on both lists: one message
        QCOMPARE(languageOf.value(QStringLiteral("ines@diario.example")), QStringLiteral("es"));
        QCOMPARE(languageOf.value(QStringLiteral("tom@wire.example")), QStringLiteral("en"));
        const QJsonArray refused = plan[QLatin1String("refused")].toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first()[QLatin1String("email")].toString(), QStringLiteral("ana@radio.example"));
        QVERIFY(!refused.first()[QLatin1String("reason")].toString().isEmpty());

        const Result unknown = run({ QStringLiteral("send"), QStringLiteral("release"), QString::number(englishId),
            QStringLiteral("--list"), QStringLiteral("No such list"), QStringLiteral("--from"), m_from,
            QStringLiteral("--eml-dir"), m_dir.filePath(QStringLiteral("lists")), QStringLiteral("--dry-run") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("No such list")), qPrintable(unknown.err));
    }

    void smtpWithStartTlsAndLogin()
    {
        auto server = startServer({ QStringLiteral("--auth"), QStringLiteral("officer:s3cret-Pa55"),
            QStringLiteral("--reject"), QStringLiteral("gone@example.org") });
        const QString hostile = QStringLiteral("Eve \"Evil\" <x@y>\r\nBcc: victim@example.org\r\nX-Injected: yes");
        const Result result =
            run(QStringList { QStringLiteral("send"), QStringLiteral("release"), QString::number(englishId),
                    QStringLiteral("--recipient"), QStringLiteral("María José Peña <maria@example.org>;es"),
                    QStringLiteral("--recipient"), QStringLiteral("Gone <gone@example.org>"),
                    QStringLiteral("--recipient"), QStringLiteral("Bob Lee <bob@example.org>;fr,en"),
                    QStringLiteral("--recipient"), QStringLiteral("bob@EXAMPLE.org"), // the same person
                    QStringLiteral("--from"), m_from, QStringLiteral("--format-output"), QStringLiteral("json") }
                    + smtp(*server),
                withPassword());
        QCOMPARE(result.exitCode, 1); // one failed
        const QJsonObject summary = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(summary[QLatin1String("sent")].toInt(), 2);
        QCOMPARE(summary[QLatin1String("failed")].toInt(), 1);
        QCOMPARE(summary[QLatin1String("queued")].toInt(), 0);
        // A hostile name cannot be given on the command line as an address …
        const Result refused =
            run(QStringList { QStringLiteral("send"), QStringLiteral("release"), QString::number(englishId),
                    QStringLiteral("--recipient"), hostile, QStringLiteral("--from"), m_from }
                    + smtp(*server),
                withPassword());
        QCOMPARE(refused.exitCode, 2);
        // … but a name with line breaks and header syntax (as an imported contact may have)
        // only ever lands inside the display name.
        const Result tricky =
            run(QStringList { QStringLiteral("send"), QStringLiteral("release"), QString::number(englishId),
                    QStringLiteral("--recipient"),
                    QStringLiteral("\"Eve\r\nBcc: victim@example.org\r\nX-Injected: yes\" <eve@example.org>"),
                    QStringLiteral("--from"), QStringLiteral("Press\r\nX-Evil: 1 <press@example.org>") }
                    + smtp(*server),
                withPassword());
        QCOMPARE(tricky.exitCode, 0);

        const QList<QJsonObject> envelopes = server->envelopes();
        QCOMPARE(envelopes.size(), 3);
        for (const QJsonObject &envelope : envelopes) {
            QVERIFY(envelope[QLatin1String("tls")].toBool());
            QVERIFY(envelope[QLatin1String("authenticated")].toBool());
            QCOMPARE(envelope[QLatin1String("to")].toArray().size(), 1);
        }
        const QJsonArray parsed = parse(server->messages());
        QCOMPARE(parsed.size(), 3);
        QHash<QString, QJsonObject> byRecipient;
        for (const QJsonValue &value : parsed) {
            const QJsonObject message = value.toObject();
            QVERIFY(message[QLatin1String("defects")].toArray().isEmpty());
            QVERIFY(!message[QLatin1String("bare_lf")].toBool());
            QVERIFY(message[QLatin1String("x_unsent")].toString().isEmpty());
            QVERIFY(message[QLatin1String("bcc")].toArray().isEmpty());
            for (const QJsonValue &name : message[QLatin1String("header_names")].toArray())
                QVERIFY2(!name.toString().startsWith(QLatin1String("X-Injected"))
                        && !name.toString().startsWith(QLatin1String("X-Evil")),
                    qPrintable(name.toString()));
            byRecipient.insert(message[QLatin1String("to")].toArray().first().toString(), message);
        }
        const QJsonObject maria = byRecipient.value(QStringLiteral("maria@example.org"));
        QCOMPARE(maria[QLatin1String("content_language")].toString(), QStringLiteral("es"));
        QCOMPARE(maria[QLatin1String("to_names")].toArray().first().toString(), QStringLiteral("María José Peña"));
        QVERIFY(maria[QLatin1String("plain")].toString().startsWith(QStringLiteral("Estimada/o María José Peña:")));
        QVERIFY(maria[QLatin1String("html")].toString().contains(QStringLiteral("Estimada/o María José Peña:")));
        QVERIFY(collapsed(maria[QLatin1String("attachments")].toArray().first()[QLatin1String("text")].toString())
                    .contains(QStringLiteral("Centroamérica y República Dominicana adoptan")));
        const QJsonObject bob = byRecipient.value(QStringLiteral("bob@example.org"));
        QCOMPARE(bob[QLatin1String("content_language")].toString(), QStringLiteral("en")); // no French version
        QVERIFY(bob[QLatin1String("plain")].toString().startsWith(QStringLiteral("Dear Bob Lee,")));
        QVERIFY(collapsed(bob[QLatin1String("attachments")].toArray().first()[QLatin1String("text")].toString())
                    .contains(QStringLiteral("Central America and the Dominican Republic adopt")));
        QVERIFY(maria[QLatin1String("message_id")] != bob[QLatin1String("message_id")]);
        const QJsonObject eve = byRecipient.value(QStringLiteral("eve@example.org"));
        QCOMPARE(eve[QLatin1String("to_names")].toArray().first().toString(),
            QStringLiteral("Eve Bcc: victim@example.org X-Injected: yes"));
        QVERIFY(eve[QLatin1String("from")].toString().contains(QLatin1String("<press@example.org>")));

        const QJsonArray rows = outbox();
        bool sawFailure = false;
        for (const QJsonValue &row : rows) {
            if (row[QLatin1String("recipient_email")].toString() == QLatin1String("gone@example.org")) {
                QCOMPARE(row[QLatin1String("state")].toString(), QStringLiteral("failed"));
                QVERIFY(row[QLatin1String("last_error")].toString().startsWith(QLatin1String("550 ")));
                sawFailure = true;
            }
        }
        QVERIFY(sawFailure);
    }

    void credentialsNeverWithoutTls()
    {
        auto server = startServer({ QStringLiteral("--no-tls") });
        const Result result = run(QStringList { QStringLiteral("send"), QStringLiteral("release"),
                                      QString::number(englishId), QStringLiteral("--recipient"),
                                      QStringLiteral("Plain <plain@example.org>"), QStringLiteral("--from"), m_from }
                + smtp(*server),
            withPassword());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("STARTTLS")), qPrintable(result.err));
        QCOMPARE(server->messages().size(), 0);
        QCOMPARE(statesOf(outbox(), QStringLiteral("plain@")).value(QStringLiteral("queued")), 1);
        // Mark it failed-for-good in the eyes of later tests: send it to a server with TLS.
        auto good = startServer({ QStringLiteral("--auth"), QStringLiteral("officer:s3cret-Pa55") });
        outbox(QStringList { QStringLiteral("--retry") } + smtp(*good));
        QCOMPARE(good->messages().size(), 1);
    }

    void serverDownThenBack()
    {
        const int port = sendWhileServerDown(QStringLiteral("down"));
        QCOMPARE(statesOf(outbox(), QStringLiteral(".down@")).value(QStringLiteral("queued")), 2);
        auto back = startServer({ QStringLiteral("--auth"), QStringLiteral("officer:s3cret-Pa55") }, port);
        // The outbox remembers the server and user; the certificate is the new server's.
        const QJsonArray rows = outbox({ QStringLiteral("--retry"), QStringLiteral("--ca-file"), back->certificate(),
            QStringLiteral("--password-env"), QStringLiteral("PRESSDESK_TEST_SMTP_PASSWORD") });
        QCOMPARE(statesOf(rows, QStringLiteral(".down@")).value(QStringLiteral("sent")), 2);
        QCOMPARE(back->messages().size(), 2);
    }

    // An officer who knows uncertain messages arrived records them as sent from the command
    // line (as Mark as Delivered… in the Send dialog): only uncertain ones change.
    void uncertainMessagesMarkedAsDeliveredByHand()
    {
        sendWhileServerDown(QStringLiteral("hand"));
        // As Pressdesk leaves them when it stops while sending.
        m_fixture.scalar(QStringLiteral("UPDATE outbox SET state = 'uncertain' WHERE recipient_email LIKE ?"),
            { QStringLiteral("%.hand@%") });
        QList<qint64> ids;
        for (const QJsonValue &row : outbox()) {
            if (row[QLatin1String("recipient_email")].toString().contains(QLatin1String(".hand@")))
                ids.append(row[QLatin1String("id")].toInteger());
        }
        QCOMPARE(ids.size(), 2);
        const auto markDelivered = [&](const QString &value, const QStringList &more = {}) {
            return run(QStringList { QStringLiteral("outbox"), QStringLiteral("--mark-delivered"), value,
                           QStringLiteral("--format"), QStringLiteral("json") }
                    + more,
                withPassword());
        };
        QCOMPARE(markDelivered(QStringLiteral("one")).exitCode, 2);
        QCOMPARE(markDelivered(QString::number(ids.at(0)), { QStringLiteral("--retry") }).exitCode, 2);
        QCOMPARE(markDelivered(QString::number(ids.at(0)), { QStringLiteral("--resend-uncertain") }).exitCode, 2);
        QCOMPARE(statesOf(outbox(), QStringLiteral(".hand@")).value(QStringLiteral("uncertain")), 2);

        const Result first = markDelivered(QString::number(ids.at(0)));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QHash<QString, int> states = statesOf(QJsonDocument::fromJson(first.out).array(), QStringLiteral(".hand@"));
        QCOMPARE(states.value(QStringLiteral("sent")), 1);
        QCOMPARE(states.value(QStringLiteral("uncertain")), 1);
        // A sent message is not uncertain: named, left alone, exit code 1; the other is marked.
        const Result both = markDelivered(QStringLiteral("%1,%2").arg(ids.at(0)).arg(ids.at(1)));
        QCOMPARE(both.exitCode, 1);
        QVERIFY2(both.err.contains(QLatin1String("1 of the 2 messages were not uncertain")), qPrintable(both.err));
        states = statesOf(outbox(), QStringLiteral(".hand@"));
        QCOMPARE(states.value(QStringLiteral("sent")), 2);
        QCOMPARE(states.value(QStringLiteral("uncertain")), 0);
    }

    void killedInTheMiddleResumesWithoutDuplicates()
    {
        auto server = startServer({ QStringLiteral("--auth"), QStringLiteral("officer:s3cret-Pa55") });
        QStringList arguments { QStringLiteral("--database"), m_fixture.path(), QStringLiteral("send"),
            QStringLiteral("release"), QString::number(englishId), QStringLiteral("--from"), m_from };
        const int count = 200;
        for (int i = 0; i < count; ++i)
            arguments += { QStringLiteral("--recipient"),
                QStringLiteral("Reporter %1 <reporter%1.crash@example.org>%2")
                    .arg(i)
                    .arg(i % 3 == 0 ? QStringLiteral(";es") : QString()) };
        arguments += smtp(*server);
        QProcess sender;
        sender.setProcessEnvironment(withPassword());
        sender.start(QStringLiteral(PRESSDESK_BINARY), arguments);
        QVERIFY(sender.waitForStarted());
        // Kill -9 once some messages have arrived and while more are on their way.
        for (int wait = 0; wait < 2400 && server->messages().size() < 40; ++wait)
            QThread::msleep(50);
        QVERIFY2(server->messages().size() >= 40, "the send did not get going");
        sender.kill();
        QVERIFY(sender.waitForFinished(30'000));
        const int before = static_cast<int>(server->messages().size());
        QVERIFY2(before < count, "the send finished before it was killed");

        const QStringList again { QStringLiteral("--ca-file"), server->certificate(), QStringLiteral("--password-env"),
            QStringLiteral("PRESSDESK_TEST_SMTP_PASSWORD"), QStringLiteral("--per-minute"), QStringLiteral("0") };
        const QJsonArray rows = outbox(QStringList { QStringLiteral("--retry") } + again);
        const QHash<QString, int> states = statesOf(rows, QStringLiteral(".crash@"));
        QVERIFY2(states.value(QStringLiteral("uncertain")) <= 1,
            qPrintable(QString::number(states.value(QStringLiteral("uncertain")))));
        QCOMPARE(states.value(QStringLiteral("sent")) + states.value(QStringLiteral("uncertain")), count);
        QString uncertain;
        for (const QJsonValue &row : rows) {
            if (row[QLatin1String("state")].toString() == QLatin1String("uncertain"))
                uncertain = row[QLatin1String("recipient_email")].toString();
        }
        qInfo("killed after %d of %d messages had arrived; uncertain: %s", before, count,
            uncertain.isEmpty() ? "none" : qPrintable(uncertain));
        QHash<QString, int> received;
        for (const QJsonObject &envelope : server->envelopes())
            ++received[envelope[QLatin1String("to")].toArray().first().toString()];
        for (int i = 0; i < count; ++i) {
            const QString email = QStringLiteral("reporter%1.crash@example.org").arg(i);
            if (email == uncertain)
                QVERIFY(received.value(email) <= 1); // the server may or may not have taken it
            else
                QVERIFY2(received.value(email) == 1, qPrintable(email));
        }
        if (!uncertain.isEmpty()) {
            const int had = received.value(uncertain);
            const QJsonArray after = outbox(QStringList { QStringLiteral("--resend-uncertain") } + again);
            QCOMPARE(statesOf(after, QStringLiteral(".crash@")).value(QStringLiteral("sent")), count);
            int now = 0;
            for (const QJsonObject &envelope : server->envelopes())
                now += envelope[QLatin1String("to")].toArray().first().toString() == uncertain ? 1 : 0;
            QCOMPARE(now, had + 1);
        }
        // The Spanish-speaking third got the Spanish version.
        const QJsonArray sample = parse(server->messages().mid(0, 6));
        for (const QJsonValue &message : sample) {
            const int number = message[QLatin1String("to")]
                                   .toArray()
                                   .first()
                                   .toString()
                                   .mid(8)
                                   .section(QLatin1Char('.'), 0, 0)
                                   .toInt();
            QCOMPARE(message[QLatin1String("content_language")].toString(),
                number % 3 == 0 ? QStringLiteral("es") : QStringLiteral("en"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_clisend.moc"
