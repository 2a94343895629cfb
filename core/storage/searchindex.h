#pragma once

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
class SearchIndex final
{
public:
    // Bound value: a release id.
    static QString unindexRelease();
    static QString indexRelease();
    // Bound value: a speaker id; the releases quoting that speaker.
    static QString unindexQuoting();
    static QString indexQuoting();

    // Bound value: a speaker id. Run both, remove first.
    static QString removeSpeaker();
    static QString addSpeaker();
    // Bound value: an event id.
    static QString removeEvent();
    static QString addEvent();
    // Bound value: an organization id; its speakers and the events it takes part in.
    static QString removeSpeakersOf();
    static QString addSpeakersOf();
    static QString removeEventsOf();
    static QString addEventsOf();

    // No bound value: the statements that rebuild every index from the rows (a salvaged
    // file), in order.
    static QStringList rebuildAll();
};

} // namespace pressdesk
