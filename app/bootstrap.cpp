#include "bootstrap.h"

#include "cli/cliapplication.h"
#include "handover.h"
#include "quietqtwarnings.h"

#ifndef PRESSDESK_CLI_ONLY
#include "guiapplication.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>

namespace pressdesk {

int Bootstrap::run(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QuietQtWarnings::install();
    long long startedAtMs = clock.msecsSinceReference();
    QCoreApplication::setOrganizationName(QStringLiteral("Pressdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pressdesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Pressdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));

#ifdef PRESSDESK_CLI_ONLY
    // Started by the Qt-free pressdesk (app/fastsearch/frontmain.cpp): time from its start.
    if (const long long inherited = Handover::inheritedStartMs(); inherited > 0)
        startedAtMs = inherited;
    if (CliApplication::wantsCommandLine(argc, argv) && !CliApplication::needsGui(argc, argv))
        return CliApplication::run(argc, argv);
    return Handover::toFullApplication(argc, argv, startedAtMs);
#else
    if (const long long inherited = Handover::inheritedStartMs(); inherited > 0)
        startedAtMs = inherited;
    if (CliApplication::wantsCommandLine(argc, argv))
        return CliApplication::run(argc, argv);
    return GuiApplication::run(argc, argv, startedAtMs);
#endif
}

} // namespace pressdesk
