#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace pressdesk::test {

// The bytes of a fixture under tests/data/import (PRESSDESK_TEST_DATA is set per test
// target); a missing fixture ends the test run.
inline QByteArray importFixture(const QString &name)
{
    QFile file(QStringLiteral(PRESSDESK_TEST_DATA "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

} // namespace pressdesk::test
