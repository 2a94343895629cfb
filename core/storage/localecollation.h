#pragma once

#include <QLocale>
#include <QString>

class QSqlDatabase;

namespace pressdesk {

// A SQLite collation, registered on one connection, that orders text as the locale does
// (QCollator): "Álvarez" between "Alonso" and "Azcona", "Émilie" beside "Emma". Lists
// sorted by a name use it in ORDER BY only; no index, view or trigger of the schema names
// it, so every other opener of the file (the sqlite3 shell, `pressdesk check`) is unaffected.
//
// It needs the sqlite3 handle of Qt's QSQLITE driver, which is only safe when the driver
// uses the same SQLite library as Pressdesk (the system's, as on Debian; see
// PRESSDESK_LOCALE_COLLATION in core/CMakeLists.txt). Elsewhere install() returns false
// and lists sort with NOCASE.
class LocaleCollation final
{
public:
    static QString name() { return QStringLiteral("pressdesk_locale"); }
    // Registers the collation for the locale on the open connection.
    static bool install(QSqlDatabase &connection, const QLocale &locale = QLocale());
};

} // namespace pressdesk
