#include "serverlogin.h"

#include "connectdialog.h"
#include "serverpasswords.h"
#include "storage/database.h"
#include "storage/storelocation.h"

namespace pressdesk {

bool ServerLogin::open(Database &database, StoreLocation location, bool interactive, QWidget *parent)
{
    if (database.open(location))
        return true;
    // Only a server that asked for a password is worth a keychain lookup (which may prompt).
    if (location.password().isEmpty() && database.errorString().contains(QLatin1String("password"))) {
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
