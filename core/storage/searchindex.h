#pragma once

#include "storelocation.h"

#include <QString>
#include <QStringList>

namespace pressdesk {

// The statements that keep the full-text indexes equal to the rows, run by writers inside
// their own transaction; each takes one bound value (an id).
//
// releases_fts reads its text from the release_search_content view (live releases with
// quotes and quoted speakers). An external-content index must be told the old text before
// it changes, so a writer runs unindex*() before changing a release, its quotes or a
// quoted speaker's name, and index*() after. Both read the view, so a trashed release is
// neither unindexed twice nor indexed.
//
// speakers_fts and events_fts keep their own text and are simply refreshed after a write.
//
// On PostgreSQL the index is a tsvector column of each table, computed by the schema's
// pressdesk_index_* functions after a write; the "unindex" and "remove" steps are empty there
// (Repository::updateIndex skips them).
class SearchIndex final
{
public:
    // Bound value: a release id.
    static QString unindexRelease(StoreBackend backend);
    static QString indexRelease(StoreBackend backend);
    // Bound value: a speaker id; the releases quoting that speaker.
    static QString unindexQuoting(StoreBackend backend);
    static QString indexQuoting(StoreBackend backend);

    // Bound value: a speaker id. Run both, remove first.
    static QString removeSpeaker(StoreBackend backend);
    static QString addSpeaker(StoreBackend backend);
    // Bound value: an event id.
    static QString removeEvent(StoreBackend backend);
    static QString addEvent(StoreBackend backend);
    // Bound value: an organization id; its speakers and the events it takes part in.
    static QString removeSpeakersOf(StoreBackend backend);
    static QString addSpeakersOf(StoreBackend backend);
    static QString removeEventsOf(StoreBackend backend);
    static QString addEventsOf(StoreBackend backend);

    // No bound value: the statements that rebuild every index from the rows (a salvaged
    // file), in order.
    static QStringList rebuildAll(StoreBackend backend);
};

} // namespace pressdesk
