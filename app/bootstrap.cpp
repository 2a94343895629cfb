#include "bootstrap.h"

#include "cli/cliapplication.h"
#include "guiapplication.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pressdesk {

int Bootstrap::run(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Pressdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pressdesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Pressdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));

    if (CliApplication::wantsCommandLine(argc, argv))
        return CliApplication::run(argc, argv);
    return GuiApplication::run(argc, argv, sinceStart);
}

} // namespace pressdesk
