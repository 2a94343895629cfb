#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pressdesk::test {

// An external program's exit code and output (poppler, qpdf, the pressdesk binary).
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProgramRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000))
        qFatal("%s did not finish", qPrintable(program));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace pressdesk::test
