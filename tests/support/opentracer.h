#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk::test {

// Records every open() of chosen paths made anywhere in this process, with the library
// that asked: Qt, GLib or the test itself, as opposed to SQLite. It works by defining
// open64, open, openat, openat64, fopen and fopen64 in the test executable, which the
// dynamic linker then prefers to the C library's for every library (symbol interposition;
// the test target needs ENABLE_EXPORTS). Linux with glibc only: isAvailable() says so.
class OpenTracer final
{
public:
    struct Open
    {
        QString path;
        QString library; // the shared object the call came from, e.g. ".../libQt6Core.so.6"
    };

    static bool isAvailable();
    // Watches these exact paths (absolute) from now on and forgets earlier records.
    static void watch(const QStringList &paths);
    static void stop();
    static QList<Open> opens();
    // The opens that did not come from SQLite.
    static QList<Open> opensNotBySqlite();
};

} // namespace pressdesk::test
