#pragma once

#include <QString>

class QWidget;

namespace pressdesk {

class Database;
class StoreLocation;

// Opens a team newsroom for the window: as given (libpq may find the password in PGPASSWORD
// or ~/.pgpass, or the server may not ask for one); when that fails and no password was
// given, with the one the keychain remembers; and, when that fails too and someone is at
// the keyboard, through the ConnectDialog filled in with the server's answer, until it works
// or the person cancels. A password typed there is remembered in the keychain when the
// person asks for it.
class ServerLogin final
{
public:
    // A person who connected with a one-time password then chooses their own
    // (PasswordChangeDialog); without a window, or if they cancel, the connection is closed.
    static bool open(Database &database, StoreLocation location, bool interactive, QWidget *parent = nullptr);
    // That second step alone: true when no new password is asked for or one was chosen.
    static bool choosePasswordIfAsked(Database &database, bool interactive, QWidget *parent = nullptr);

    // The password a window hands to the window it starts for a server whose password was
    // typed without "Remember" (RecentNewsrooms): it comes in PGPASSWORD, the variable libpq
    // reads, and moves into the location, in memory, so that it serves reconnections but is
    // not passed on to any process this one starts.
    static void takeHandedPassword(StoreLocation &location);
    static constexpr const char *passwordVariable = "PGPASSWORD";

private:
    static bool connect(Database &database, StoreLocation location, bool interactive, QWidget *parent);
};

} // namespace pressdesk
