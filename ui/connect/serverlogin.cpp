#include "serverlogin.h"

#include "connectdialog.h"
#include "serverpasswords.h"
#include "storage/database.h"
#include "storage/storelocation.h"

namespace pressdesk {

void ServerLogin::takeHandedPassword(StoreLocation &location)
{
    if (!qEnvironmentVariableIsSet(passwordVariable))
        return;
    if (location.password().isEmpty())
        location.setPassword(qEnvironmentVariable(passwordVariable));
    qunsetenv(passwordVariable);
}

bool ServerLogin::open(Database &database, StoreLocation location, bool interactive, QWidget *parent)
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
