#include "storelocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace pressdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pressdesk::StoreLocation", text);
}

// libpq's keywords that a Pressdesk URI may carry besides the address and the account.
const QStringList &allowedKeywords()
{
    static const QStringList keywords { QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslcrl"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"), QStringLiteral("options") };
    return keywords;
}

// A value for a libpq conninfo string: quoted when it holds a space, a quote or a backslash.
QString conninfoValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\''))
        && !value.contains(QLatin1Char('\\')) && !value.contains(QLatin1Char(';')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    quoted.replace(QLatin1String("'"), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

bool StoreLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

StoreLocation StoreLocation::parse(const QString &text, QString *error)
{
    StoreLocation location;
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return StoreLocation();
    };
    if (!looksLikeServer(text)) {
        if (text.trimmed().isEmpty())
            return failed(tr("No database was given."));
        location.m_path = QFileInfo(text).absoluteFilePath();
        location.m_valid = true;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return failed(tr("The server address is not a valid URI: %1").arg(url.errorString()));
    location.m_backend = StoreBackend::Postgres;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            location.m_host = value;
        else if (key == QLatin1String("port"))
            location.m_port = value.toInt();
        else if (key == QLatin1String("dbname"))
            location.m_database = value;
        else if (key == QLatin1String("user"))
            location.m_user = value;
        else if (key == QLatin1String("password"))
            location.m_password = value;
        else if (allowedKeywords().contains(key))
            location.m_parameters.addQueryItem(key, value);
        else
            return failed(tr("The server address has an unknown parameter \"%1\".").arg(key));
    }
    static const QStringList sslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    if (!location.sslMode().isEmpty() && !sslModes.contains(location.sslMode()))
        return failed(tr("The server address has an unknown sslmode \"%1\" (one of %2).")
                          .arg(location.sslMode(), sslModes.join(QLatin1String(", "))));
    if (location.m_port <= 0 || location.m_port > 65535)
        return failed(tr("The server address has an invalid port."));
    if (location.m_database.isEmpty())
        return failed(tr("The server address names no database (postgresql://host/DATABASE)."));
    location.m_valid = true;
    return location;
}

QString StoreLocation::connectOptions() const
{
    QStringList options;
    for (const auto &[key, value] : m_parameters.queryItems(QUrl::FullyDecoded))
        options.append(key + QLatin1Char('=') + conninfoValue(value));
    return options.join(QLatin1Char(';'));
}

QString StoreLocation::redacted() const
{
    if (m_backend == StoreBackend::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query = m_parameters;
    // A socket folder cannot stand in the authority: it goes with its port into the query.
    if (m_host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    } else {
        url.setHost(m_host);
        if (m_port != 5432)
            url.setPort(m_port);
    }
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_database);
    url.setQuery(query);
    return url.toString();
}

QString StoreLocation::displayName() const
{
    if (m_backend == StoreBackend::Sqlite)
        return QFileInfo(m_path).fileName();
    const QString where = m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')) ? tr("this computer") : m_host;
    return tr("%1 on %2").arg(m_database, where);
}

} // namespace pressdesk
