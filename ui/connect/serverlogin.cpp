#include "serverlogin.h"

#include "connectdialog.h"
#include "passwordchangedialog.h"
#include "serverpasswords.h"
#include "storage/database.h"
#include "storage/storelocation.h"
#include "storage/teamrepository.h"

#include <cstdio>

namespace pressdesk {

void ServerLogin::takeHandedPassword(StoreLocation &location)
{
    if (!qEnvironmentVariableIsSet(passwordVariable))
        return;
    if (location.password().isEmpty())
        location.setPassword(qEnvironmentVariable(passwordVariable));
    qunsetenv(passwordVariable);
}

bool ServerLogin::choosePasswordIfAsked(Database &database, bool interactive, QWidget *parent)
{
    TeamRepository team(database);
    if (!team.mustChangePassword())
        return true;
    if (!interactive) {
        std::fprintf(stderr, "%s\n",
            qUtf8Printable(PasswordChangeDialog::tr("%1 must choose a password before working in %2: connect once "
                                                    "with a window, or run pressdesk team password.")
                               .arg(team.currentUser(), database.location().displayName())));
        database.close();
        return false;
    }
    PasswordChangeDialog dialog(database, parent);
    if (dialog.exec() != QDialog::Accepted) {
        database.close();
        return false;
    }
    // A keychain that remembered the one-time password remembers the new one.
    if (ServerPasswords::read(database.location()))
        ServerPasswords::store(database.location(), dialog.password());
    return true;
}

bool ServerLogin::open(Database &database, StoreLocation location, bool interactive, QWidget *parent)
{
    return connect(database, std::move(location), interactive, parent)
        && choosePasswordIfAsked(database, interactive, parent);
}

bool ServerLogin::connect(Database &database, StoreLocation location, bool interactive, QWidget *parent)
{
    if (database.open(location))
        return true;
    // No password given: the keychain's, if it has one (libpq's refusal may be in the
    // system's language, so it is not read for the word "password").
    if (location.password().isEmpty()) {
        if (const std::optional<QString> remembered = ServerPasswords::read(location)) {
            location.setPassword(*remembered);
            if (database.open(location))
                return true;
        }
    }
    if (!interactive)
        return false;
    ConnectDialog dialog(parent);
    dialog.setLocation(location);
    dialog.setMessage(database.errorString());
    while (dialog.exec() == QDialog::Accepted) {
        const StoreLocation chosen = dialog.location();
        if (database.open(chosen)) {
            if (dialog.remembersPassword() && !chosen.password().isEmpty())
                ServerPasswords::store(chosen, chosen.password());
            return true;
        }
        dialog.setMessage(database.errorString());
    }
    return false;
}

} // namespace pressdesk
