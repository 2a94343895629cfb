#include "bootstrap.h"

#include "cli/cliapplication.h"
#include "quietqtwarnings.h"

#ifdef PRESSDESK_SPLIT_EXECUTABLE
#include "handover.h"
#endif

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
    // The Linux command line: the window and export run in pressdesk-gui beside it.
    if (CliApplication::wantsCommandLine(argc, argv) && !CliApplication::needsGui(argc, argv))
        return CliApplication::run(argc, argv);
    return Handover::toFullApplication(argc, argv, startedAtMs);
#else
#ifdef PRESSDESK_SPLIT_EXECUTABLE
    // Handed over by the command line: time the start from there.
    if (const long long inherited = Handover::inheritedStartMs(); inherited > 0)
        startedAtMs = inherited;
#endif
    if (CliApplication::wantsCommandLine(argc, argv))
        return CliApplication::run(argc, argv);
    return GuiApplication::run(argc, argv, startedAtMs);
#endif
}

} // namespace pressdesk
