// Composing personalised release e-mails (#16) without the network: 1,000 messages, each with
// its greeting, HTML and text body and the PDF of its language version attached. Reports
// the time and the peak memory (VmHWM) before and after, to show the memory stays flat.
#include "demo/demonewsroom.h"
#include "distribution/releasemailing.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

using namespace pressdesk;

namespace {

long peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    test::TestDatabase fixture;
    DemoNewsroom(fixture.db()).install();
    ReleaseMailing mailing(fixture.db(),
        MailSender { QStringLiteral("Press Office"), QStringLiteral("press@example.org"),
            QStringLiteral("mailto:unsubscribe@example.org") });
    if (!mailing.load(5, false)) {
        std::fprintf(stderr, "%s\n", qPrintable(mailing.errorString()));
        return 1;
    }
    QList<Recipient> recipients;
    for (int i = 0; i < count; ++i)
        recipients.append({ 0, QStringLiteral("Reporter Número %1").arg(i), QStringLiteral("r%1@example.org").arg(i),
            i % 2 ? QStringList { QStringLiteral("es") } : QStringList { QStringLiteral("en") }, true });
    const QList<ReleaseMailing::Assignment> assignments = mailing.assign(recipients, nullptr);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    long peakAfterTen = 0;
    for (int i = 0; i < assignments.size(); ++i) {
        QString error;
        const ComposedMessage message =
            mailing.composer().compose(assignments.at(i).version, assignments.at(i).recipient, &error);
        if (message.bytes.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        bytes += message.bytes.size();
        if (i == 9)
            peakAfterTen = peakKilobytes();
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    std::printf("composed %lld messages (%.1f MB, two languages, PDF attached) in %.2f s (%.2f ms each)\n",
        static_cast<long long>(assignments.size()), static_cast<double>(bytes) / 1e6, seconds,
        seconds * 1000.0 / static_cast<double>(assignments.size()));
    std::printf("peak memory: %ld kB after 10 messages, %ld kB after %lld\n", peakAfterTen, peakKilobytes(),
        static_cast<long long>(assignments.size()));
    return 0;
}
