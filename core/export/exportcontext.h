#pragma once

#include "domain/event.h"
#include "domain/organization.h"
#include "domain/speaker.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace pressdesk {

enum class PaperSize { A4, Letter };

// Everything around a release that its export shows, loaded once by ExportSource so the
// exporters stay pure functions of domain values (and can run on any thread).
struct ExportContext
{
    Organization organization; // the issuing organization: letterhead and "About"
    QList<Event> events; // linked events, in the release's order
    QHash<qint64, Speaker> speakers; // quoted speakers and media contacts, by id
    QHash<qint64, Organization> organizations; // taking part in the events, by id
    PaperSize paperSize = PaperSize::A4;
    bool pdfA = false; // kept for the CLI's --pdfa: every PDF is PDF/A-2b now
    bool fragment = false; // HTML: just the <article>, for pasting into a CMS
    QDateTime generatedAt = QDateTime::currentDateTimeUtc();
};

} // namespace pressdesk
