#include "serverpasswords.h"

#include "storage/storelocation.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace pressdesk {

namespace {

const QString service = QStringLiteral("Pressdesk team newsrooms");

// Runs a keychain job to its end; false with the keychain's message on failure.
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

QString ServerPasswords::keyOf(const StoreLocation &location)
{
    // The person on the server, whatever the TLS options of the address.
    return QStringLiteral("%1@%2:%3/%4")
        .arg(location.user(), location.host())
        .arg(location.port())
        .arg(location.database());
}

std::optional<QString> ServerPasswords::read(const StoreLocation &location, QString *error)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyOf(location));
    if (!finish(job, error))
        return std::nullopt;
    return job.textData();
}

bool ServerPasswords::store(const StoreLocation &location, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyOf(location));
    job.setTextData(password);
    return finish(job, error);
}

bool ServerPasswords::forget(const StoreLocation &location, QString *error)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(keyOf(location));
    return finish(job, error);
}

} // namespace pressdesk
