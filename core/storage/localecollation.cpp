#include "localecollation.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#ifdef PRESSDESK_LOCALE_COLLATION
#include <QCollator>

#include <sqlite3.h>
#endif

namespace pressdesk {

#ifdef PRESSDESK_LOCALE_COLLATION
namespace {

int compare(void *context, int lengthA, const void *a, int lengthB, const void *b)
{
    const auto *collator = static_cast<const QCollator *>(context);
    return collator->compare(QString::fromUtf8(static_cast<const char *>(a), lengthA),
        QString::fromUtf8(static_cast<const char *>(b), lengthB));
}

void destroy(void *context)
{
    delete static_cast<QCollator *>(context);
}

} // namespace
#endif

bool LocaleCollation::install(QSqlDatabase &connection, const QLocale &locale)
{
#ifdef PRESSDESK_LOCALE_COLLATION
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return false;
    auto *collator = new QCollator(locale);
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true);
    // SQLite owns the collator from here on and calls destroy() when the connection closes
    // or the collation is replaced, also when registration fails.
    const QByteArray collationName = name().toUtf8();
    return sqlite3_create_collation_v2(db, collationName.constData(), SQLITE_UTF8, collator, compare, destroy)
        == SQLITE_OK;
#else
    Q_UNUSED(connection)
    Q_UNUSED(locale)
    return false;
#endif
}

} // namespace pressdesk
