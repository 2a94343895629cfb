#include "sitelabels.h"

#include <array>

namespace pressdesk {

struct SiteLabels::Entry
{
    const char *language;
    const char *pressRoom;
    const char *home;
    const char *latest;
    const char *archive;
    const char *events;
    const char *upcoming;
    const char *past;
    const char *tags;
    const char *tag;
    const char *speakers;
    const char *releasesQuoting;
    const char *skipToContent;
    const char *downloadPdf;
    const char *addToCalendar;
    const char *contactCard;
    const char *otherLanguages;
    const char *archived;
    const char *feed;
    const char *mainNavigation;
    const char *breadcrumb;
    const char *noReleases;
    const char *noEvents;
    const char *languages;
    const char *moved;
};

namespace {

// UTF-8 literals; QString::fromUtf8 reads them.
constexpr std::array<SiteLabels::Entry, 4> table { {
    { "en", "Press room", "Home", "Latest releases", "Archive", "Events", "Upcoming events", "Past events", "Topics",
        "Topic: %1", "Speakers", "Releases quoting %1", "Skip to content", "Download PDF", "Add to calendar (.ics)",
        "Contact card (.vcf)", "Also available in", "Archived release", "Atom feed", "Main", "Breadcrumb",
        "No releases yet.", "No events.", "Languages", "This page has moved to %1." },
    { "es", "Sala de prensa", "Inicio", "Últimos comunicados", "Archivo", "Eventos", "Próximos eventos",
        "Eventos pasados", "Temas", "Tema: %1", "Portavoces", "Comunicados que citan a %1", "Saltar al contenido",
        "Descargar PDF", "Añadir al calendario (.ics)", "Tarjeta de contacto (.vcf)", "También disponible en",
        "Comunicado archivado", "Canal Atom", "Principal", "Ruta de navegación", "Aún no hay comunicados.",
        "No hay eventos.", "Idiomas", "Esta página se ha trasladado a %1." },
    { "fr", "Salle de presse", "Accueil", "Derniers communiqués", "Archives", "Événements", "Événements à venir",
        "Événements passés", "Thèmes", "Thème : %1", "Intervenants", "Communiqués citant %1", "Aller au contenu",
        "Télécharger le PDF", "Ajouter au calendrier (.ics)", "Carte de contact (.vcf)", "Également disponible en",
        "Communiqué archivé", "Flux Atom", "Principale", "Fil d'Ariane", "Aucun communiqué pour l'instant.",
        "Aucun événement.", "Langues", "Cette page a été déplacée vers %1." },
    { "pt", "Sala de imprensa", "Início", "Últimos comunicados", "Arquivo", "Eventos", "Próximos eventos",
        "Eventos passados", "Temas", "Tema: %1", "Porta-vozes", "Comunicados que citam %1", "Pular para o conteúdo",
        "Baixar PDF", "Adicionar ao calendário (.ics)", "Cartão de contato (.vcf)", "Também disponível em",
        "Comunicado arquivado", "Feed Atom", "Principal", "Trilha de navegação", "Ainda não há comunicados.",
        "Nenhum evento.", "Idiomas", "Esta página mudou para %1." },
} };

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

SiteLabels::SiteLabels(const Entry *entry)
    : m_entry(entry)
    , m_language(text(entry->language))
{ }

SiteLabels SiteLabels::forLanguage(const QString &languageTag)
{
    const QString primary = languageTag.section(QLatin1Char('-'), 0, 0).toLower();
    for (const Entry &entry : table) {
        if (primary == QLatin1String(entry.language))
            return SiteLabels(&entry);
    }
    return SiteLabels(&table.front());
}

QString SiteLabels::pressRoom() const
{
    return text(m_entry->pressRoom);
}
QString SiteLabels::home() const
{
    return text(m_entry->home);
}
QString SiteLabels::latest() const
{
    return text(m_entry->latest);
}
QString SiteLabels::archive() const
{
    return text(m_entry->archive);
}
QString SiteLabels::events() const
{
    return text(m_entry->events);
}
QString SiteLabels::upcoming() const
{
    return text(m_entry->upcoming);
}
QString SiteLabels::past() const
{
    return text(m_entry->past);
}
QString SiteLabels::tags() const
{
    return text(m_entry->tags);
}
QString SiteLabels::tag() const
{
    return text(m_entry->tag);
}
QString SiteLabels::speakers() const
{
    return text(m_entry->speakers);
}
QString SiteLabels::releasesQuoting() const
{
    return text(m_entry->releasesQuoting);
}
QString SiteLabels::skipToContent() const
{
    return text(m_entry->skipToContent);
}
QString SiteLabels::downloadPdf() const
{
    return text(m_entry->downloadPdf);
}
QString SiteLabels::addToCalendar() const
{
    return text(m_entry->addToCalendar);
}
QString SiteLabels::contactCard() const
{
    return text(m_entry->contactCard);
}
QString SiteLabels::otherLanguages() const
{
    return text(m_entry->otherLanguages);
}
QString SiteLabels::archived() const
{
    return text(m_entry->archived);
}
QString SiteLabels::feed() const
{
    return text(m_entry->feed);
}
QString SiteLabels::mainNavigation() const
{
    return text(m_entry->mainNavigation);
}
QString SiteLabels::breadcrumb() const
{
    return text(m_entry->breadcrumb);
}
QString SiteLabels::noReleases() const
{
    return text(m_entry->noReleases);
}
QString SiteLabels::noEvents() const
{
    return text(m_entry->noEvents);
}
QString SiteLabels::languages() const
{
    return text(m_entry->languages);
}
QString SiteLabels::moved() const
{
    return text(m_entry->moved);
}

} // namespace pressdesk
