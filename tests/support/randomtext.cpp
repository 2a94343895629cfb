#include "randomtext.h"

namespace pressdesk::test {

QString randomText(QRandomGenerator &random, int length, const QList<char32_t> &alphabet)
{
    QString text;
    for (int i = 0; i < length; ++i) {
        const char32_t c = alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

} // namespace pressdesk::test
