#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace pressdesk::test {

// length characters drawn from alphabet (code points, any plane), for property tests.
QString randomText(QRandomGenerator &random, int length, const QList<char32_t> &alphabet);

} // namespace pressdesk::test
