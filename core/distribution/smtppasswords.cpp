#include "smtppasswords.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace pressdesk {

namespace {

const QString service = QStringLiteral("Pressdesk mail servers");

QString keyOf(const QString &user, const QString &server)
{
    return user + QLatin1Char(' ') + server;
}

bool finish(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

} // namespace

std::optional<QString> SmtpPasswords::read(const QString &user, const QString &server, QString *error)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyOf(user, server));
    if (!finish(job, error))
        return std::nullopt;
    return job.textData();
}

bool SmtpPasswords::store(const QString &user, const QString &server, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyOf(user, server));
    job.setTextData(password);
    return finish(job, error);
}

bool SmtpPasswords::forget(const QString &user, const QString &server, QString *error)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(keyOf(user, server));
    return finish(job, error);
}

} // namespace pressdesk
