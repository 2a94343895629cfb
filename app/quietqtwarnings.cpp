#include "quietqtwarnings.h"

#include <QString>
#include <QtGlobal>

namespace pressdesk {

namespace {

QtMessageHandler previous = nullptr;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
            || message.contains(QLatin1String("does not support propagateSizeHints()"))
            // After a lost server: statements of the ended session are dropped with it.
            || message.startsWith(QLatin1String("Unable to free statement: connection pointer is NULL"))))
        return;
    if (previous)
        previous(type, context, message);
}

} // namespace

void QuietQtWarnings::install()
{
    previous = qInstallMessageHandler(filter);
}

} // namespace pressdesk
