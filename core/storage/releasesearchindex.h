#pragma once

#include <QString>

namespace pressdesk {

// Keeps releases_fts equal to what a reader sees: headline, subheadline, lead, body, the
// quotes and the names and attributions of the quoted speakers. Writers run these
// statements inside their own transaction, so the index never disagrees with the rows.
// Trashed releases are not indexed. Each statement takes one bound value.
class ReleaseSearchIndex final
{
public:
    // Bound value: the release id.
    static QString removeRelease();
    static QString indexRelease();
    // Bound value: a speaker id; every release quoting that speaker.
    static QString removeQuoting();
    static QString indexQuoting();
};

} // namespace pressdesk
