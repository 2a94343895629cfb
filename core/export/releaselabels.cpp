#include "releaselabels.h"

#include <QTimeZone>

#include <array>
#include <cstdlib>

namespace pressdesk {

struct ReleaseLabels::Entry
{
    const char *language;
    const char *immediateRelease;
    const char *embargoedUntil;
    const char *about;
    const char *mediaContacts;
    const char *notesToEditors;
    const char *event;
    const char *when;
    const char *where;
    const char *link;
    const char *format;
    const char *inPerson;
    const char *online;
    const char *hybrid;
    const char *pageOf;
    const char *datePattern;
    const char *atTime; // joins a date and a time: "%1, %2"
    const char *zoneTime; // a place and its offset: "%1 time (%2)"
};

namespace {

// UTF-8 literals; QString::fromUtf8 reads them.
constexpr std::array<ReleaseLabels::Entry, 4> table { {
    { "en", "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL %1", "About %1", "Media contacts", "Notes to editors", "Event",
        "When", "Where", "Link", "Format", "In person", "Online", "Hybrid (in person and online)", "Page %1 of %2",
        "d MMMM yyyy", "%1, %2", "%1 time (%2)" },
    { "es", "PARA DIFUSIÓN INMEDIATA", "EMBARGADO HASTA EL %1", "Acerca de %1", "Contactos de prensa",
        "Notas para los editores", "Evento", "Cuándo", "Dónde", "Enlace", "Modalidad", "Presencial", "En línea",
        "Híbrido (presencial y en línea)", "Página %1 de %2", "d 'de' MMMM 'de' yyyy", "%1, %2", "hora de %1 (%2)" },
    { "fr", "POUR DIFFUSION IMMÉDIATE", "SOUS EMBARGO JUSQU'AU %1", "À propos de %1", "Contacts presse",
        "Notes aux rédactions", "Événement", "Quand", "Où", "Lien", "Format", "En présentiel", "En ligne",
        "Hybride (en présentiel et en ligne)", "Page %1 sur %2", "d MMMM yyyy", "%1 à %2", "%2 (%1)" },
    { "pt", "PARA DIVULGAÇÃO IMEDIATA", "EMBARGADO ATÉ %1", "Sobre %1", "Contatos de imprensa", "Notas aos editores",
        "Evento", "Quando", "Onde", "Link", "Formato", "Presencial", "On-line", "Híbrido (presencial e on-line)",
        "Página %1 de %2", "d 'de' MMMM 'de' yyyy", "%1, %2", "horário de %1 (%2)" },
} };

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

ReleaseLabels::ReleaseLabels(const Entry *entry)
    : m_entry(entry)
    , m_language(text(entry->language))
    , m_locale(m_language)
{ }

ReleaseLabels ReleaseLabels::forLanguage(const QString &languageTag)
{
    const QString base = languageTag.section(QLatin1Char('-'), 0, 0).toLower();
    for (const Entry &entry : table) {
        if (base == QLatin1String(entry.language)) {
            ReleaseLabels labels(&entry);
            // Regional variants keep their own date conventions ("es-419", "fr-CA").
            if (languageTag.contains(QLatin1Char('-')))
                labels.m_locale = QLocale(languageTag);
            return labels;
        }
    }
    return ReleaseLabels(&table.front());
}

QStringList ReleaseLabels::languages()
{
    QStringList languages;
    for (const Entry &entry : table)
        languages.append(text(entry.language));
    return languages;
}

QString ReleaseLabels::immediateRelease() const
{
    return text(m_entry->immediateRelease);
}

QString ReleaseLabels::embargoedUntil(const QDateTime &utc, const QString &timeZoneId) const
{
    const QTimeZone zone(timeZoneId.toUtf8());
    const QDateTime shown = zone.isValid() ? utc.toTimeZone(zone) : utc.toUTC();
    const QString moment =
        text(m_entry->atTime).arg(date(shown.date()), m_locale.toString(shown.time(), QStringLiteral("HH:mm")));
    return text(m_entry->embargoedUntil).arg(moment + QLatin1Char(' ') + zoneName(zone, shown));
}

QString ReleaseLabels::utcOffset(int seconds)
{
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(seconds) / 60;
    QString offset =
        QStringLiteral("UTC") + (seconds < 0 ? QChar(0x2212) : QLatin1Char('+')) + QString::number(minutes / 60);
    if (minutes % 60 != 0)
        offset += QLatin1Char(':') + QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return offset;
}

QString ReleaseLabels::zoneName(const QTimeZone &zone, const QDateTime &at) const
{
    // "CST" is Central America, the US Midwest and China at once: the place and the offset
    // say which. A country with one zone gives its name, else the zone's city.
    if (!zone.isValid())
        return QStringLiteral("UTC");
    const QString offset = utcOffset(zone.offsetFromUtc(at));
    const QString id = QString::fromUtf8(zone.id());
    if (id == QLatin1String("UTC") || id.startsWith(QLatin1String("Etc/")) || zone.territory() == QLocale::AnyTerritory)
        return offset;
    QString place;
    if (QTimeZone::availableTimeZoneIds(zone.territory()).size() == 1) {
        const QLocale local(m_locale.language(), zone.territory());
        place = local.territory() == zone.territory() && local.language() == m_locale.language()
            ? local.nativeTerritoryName()
            : QLocale::territoryToString(zone.territory());
    } else {
        place = id.section(QLatin1Char('/'), -1).replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return text(m_entry->zoneTime).arg(place, offset);
}

QString ReleaseLabels::about(const QString &organizationName) const
{
    return text(m_entry->about).arg(organizationName);
}

QString ReleaseLabels::mediaContacts() const
{
    return text(m_entry->mediaContacts);
}

QString ReleaseLabels::notesToEditors() const
{
    return text(m_entry->notesToEditors);
}

QString ReleaseLabels::event() const
{
    return text(m_entry->event);
}

QString ReleaseLabels::when() const
{
    return text(m_entry->when);
}

QString ReleaseLabels::where() const
{
    return text(m_entry->where);
}

QString ReleaseLabels::link() const
{
    return text(m_entry->link);
}

QString ReleaseLabels::formatLabel() const
{
    return text(m_entry->format);
}

QString ReleaseLabels::format(EventFormat format) const
{
    switch (format) {
    case EventFormat::InPerson:
        return text(m_entry->inPerson);
    case EventFormat::Online:
        return text(m_entry->online);
    case EventFormat::Hybrid:
        return text(m_entry->hybrid);
    }
    return {};
}

QString ReleaseLabels::pageOf(int page, int pageCount) const
{
    return text(m_entry->pageOf).arg(page).arg(pageCount);
}

QString ReleaseLabels::pageOfPattern() const
{
    return text(m_entry->pageOf);
}

QString ReleaseLabels::date(const QDate &date) const
{
    return m_locale.toString(date, text(m_entry->datePattern));
}

QString ReleaseLabels::eventDates(const Event &event) const
{
    if (!event.start.isValid())
        return {};
    const QDate firstDay = event.start.date();
    const QDate lastDay = event.end.isValid() ? event.end.date() : firstDay;
    const QChar dash(0x2013);
    if (event.allDay) {
        if (lastDay == firstDay)
            return date(firstDay);
        return date(firstDay) + QLatin1Char(' ') + dash + QLatin1Char(' ') + date(lastDay);
    }
    const auto time = [this](const QDateTime &moment) {
        return m_locale.toString(moment.time(), QStringLiteral("HH:mm"));
    };
    const QTimeZone zone(event.timeZone.toUtf8());
    // "09:00 Costa Rica time (UTC−6)", never the ambiguous "CST".
    const QString zoneName = zone.isValid() ? QLatin1Char(' ') + this->zoneName(zone, event.start) : QString();
    if (!event.end.isValid())
        return text(m_entry->atTime).arg(date(firstDay), time(event.start)) + zoneName;
    if (lastDay == firstDay)
        return text(m_entry->atTime).arg(date(firstDay), time(event.start) + dash + time(event.end)) + zoneName;
    return text(m_entry->atTime).arg(date(firstDay), time(event.start)) + QLatin1Char(' ') + dash + QLatin1Char(' ')
        + text(m_entry->atTime).arg(date(lastDay), time(event.end)) + zoneName;
}

} // namespace pressdesk
