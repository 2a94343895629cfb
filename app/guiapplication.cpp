#include "guiapplication.h"

#include "backup/damagedfilerecovery.h"
#include "connect/serverlogin.h"
#include "databaselocation.h"
#include "demo/demonewsroom.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferences.h"
#include "storage/database.h"
#include "storage/storelocation.h"
#include "widgets/appearance.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace pressdesk {

namespace {

struct GuiOptions
{
    QString database;
    bool exitAfterStartup = false;
};

GuiOptions parse(const QStringList &arguments)
{
    GuiOptions options;
    QString positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--database") && i + 1 < arguments.size())
            options.database = arguments.at(++i);
        else if (argument.startsWith(QLatin1String("--database=")))
            options.database = argument.mid(11);
        else if (argument == QLatin1String("--exit-after-startup"))
            options.exitAfterStartup = true;
        else if (!argument.startsWith(QLatin1Char('-')) && positional.isEmpty())
            positional = argument; // `pressdesk FILE`: Bootstrap let only a database file through
    }
    if (options.database.isEmpty())
        options.database = positional;
    return options;
}

bool hasDisplay()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

void reportError(const QString &message, bool interactive)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    if (interactive)
        QMessageBox::critical(nullptr, QCoreApplication::translate("GuiApplication", "Pressdesk"), message);
}

// A damaged file is refused by Database::open; the user may take the newest good backup or
// salvage what can be read instead (the damaged file is kept aside, never deleted).
bool offerRecovery(Database &database, const QString &path, bool interactive)
{
    if (!interactive || !database.isDamaged() || !QFileInfo::exists(path))
        return false;
    return DamagedFileRecovery::run(database, path, nullptr);
}

} // namespace

int GuiApplication::run(int argc, char *argv[], long long startedAtMs)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Pressdesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.pressdesk.Pressdesk"));
    Translations::install(app, Translations::interfaceLocale(Preferences::interfaceLanguage()));
    // The system's colours unless the user chose light or dark (Preferences ▸ Appearance).
    if (const Appearance::Scheme scheme = Appearance::scheme(); scheme != Appearance::Scheme::System)
        Appearance::apply(scheme);
    const GuiOptions options = parse(QCoreApplication::arguments());
    const bool interactive = !options.exitAfterStartup && hasDisplay();

    const DatabaseLocation location = DatabaseLocation::resolve(options.database);
    QString error;
    if (!location.prepareFolder(&error)) {
        reportError(error, interactive);
        return 1;
    }
    Database database;
    if (StoreLocation::looksLikeServer(location.path)) {
        StoreLocation server = StoreLocation::parse(location.path);
        ServerLogin::takeHandedPassword(server);
        if (!ServerLogin::open(database, server, interactive)) {
            if (!database.errorString().isEmpty())
                reportError(database.errorString(), false);
            return 1;
        }
    } else if (!database.open(location.path) && !offerRecovery(database, location.path, interactive)) {
        reportError(database.errorString(), interactive);
        return 1;
    }
    // Only the user's own default file is seeded; a file named on the command line is
    // theirs to fill.
    if (location.isDefault && database.wasCreated()) {
        DemoNewsroom demo(database);
        if (demo.install() == DemoNewsroom::Result::Failed)
            reportError(demo.errorString(), interactive);
    }

    MainWindow window(database);
    if (options.exitAfterStartup) {
        QObject::connect(&window, &MainWindow::ready, &app, [startedAtMs] {
            QElapsedTimer now;
            now.start();
            std::fprintf(stderr, "%lld\n", static_cast<long long>(now.msecsSinceReference() - startedAtMs));
            QCoreApplication::exit(0);
        });
        // A window that never paints (a broken platform) must not hang CI.
        QTimer::singleShot(60'000, &app, [] {
            std::fprintf(stderr, "The main window did not paint within 60 s.\n");
            QCoreApplication::exit(1);
        });
    }
    window.show();
    if (!options.exitAfterStartup)
        window.startBackgroundWork();
    // After the first paint, so the questions have a window to belong to.
    QTimer::singleShot(0, &window, [&window, &options] {
        window.offerRecovery();
        // An empty newsroom (a file named on the command line) starts with the assistant.
        if (!options.exitAfterStartup && qEnvironmentVariable("PRESSDESK_TEST_DRAFT").isEmpty())
            window.offerFirstRun();
        // Hidden test hook (tests/ui/tst_recovery): opens a new release with this headline
        // typed and not saved, so an autosave has something to write.
        const QString draft = qEnvironmentVariable("PRESSDESK_TEST_DRAFT");
        if (!draft.isEmpty()) {
            if (EditorPage *editor = window.editorArea()->createNew(Entity::Release))
                editor->restoreState(QJsonObject { { QStringLiteral("headline"), draft } });
        }
    });
    return QApplication::exec();
}

} // namespace pressdesk
