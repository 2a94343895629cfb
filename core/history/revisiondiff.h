#pragma once

#include "domain/release.h"

#include <QList>
#include <QString>

namespace pressdesk {

// A readable comparison of two versions of a release's text fields: for each field, the
// words kept, removed and added, in order. Used by the History dialog.
class RevisionDiff final
{
public:
    struct Segment
    {
        enum class Kind { Same, Removed, Added };
        Kind kind = Kind::Same;
        QString text;

        friend bool operator==(const Segment &, const Segment &) = default;
    };

    struct Field
    {
        QString key; // the validation key: "headline", "body", "quotes[0].text"
        QString label; // translated
        QList<Segment> segments;
        bool changed = false;
    };

    // Word by word (whitespace kept with the word before it). Longer texts than a
    // quadratic comparison should handle fall back to whole lines.
    static QList<Segment> compareText(const QString &before, const QString &after);
    // Every text field of the two releases, in form order; unchanged fields included.
    static QList<Field> compare(const Release &before, const Release &after);
};

} // namespace pressdesk
