#pragma once

#include <QString>

namespace pressdesk {

// A quotation in a release. The attribution is kept as printed in that release, so a
// speaker's later change of title does not rewrite history.
struct Quote
{
    qint64 id = 0;
    qint64 speakerId = 0;
    QString text;
    QString attribution;
    QString speakerName; // read-only, filled on load
};

} // namespace pressdesk
