#pragma once

#include <QString>

namespace pressdesk {

// The words of the press room's pages (navigation, headings, links). Like ReleaseLabels
// they follow the page's language, not the user's interface language, so they live in
// this table rather than in the translation catalogue; English for unknown languages.
class SiteLabels final
{
public:
    static SiteLabels forLanguage(const QString &languageTag);

    QString language() const { return m_language; }
    QString pressRoom() const;
    QString home() const;
    QString latest() const;
    QString archive() const;
    QString events() const;
    QString upcoming() const;
    QString past() const;
    QString tags() const;
    QString tag() const;
    QString speakers() const;
    QString releasesQuoting() const;
    QString skipToContent() const;
    QString downloadPdf() const;
    QString addToCalendar() const;
    QString contactCard() const;
    QString otherLanguages() const;
    QString archived() const;
    QString feed() const;
    QString mainNavigation() const;
    QString breadcrumb() const;
    QString noReleases() const;
    QString noEvents() const;
    QString languages() const;
    QString moved() const;

    struct Entry;

private:
    explicit SiteLabels(const Entry *entry);
    const Entry *m_entry = nullptr;
    QString m_language;
};

} // namespace pressdesk
