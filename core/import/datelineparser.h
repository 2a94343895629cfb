#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace pressdesk {

// The dateline that opens a release's first paragraph, in English, Spanish or French:
//   "SAN JOSÉ, Costa Rica, 15 July 2026 — …"   "PANAMA CITY – …"
//   "Guatemala City (Guatemala) – …"           "MADRID, España, 15 de julio de 2026 — …"
//   "PARIS, France, 1er juillet 2026 – …"      "WASHINGTON, July 15, 2026 -- …"
class DatelineParser final
{
public:
    struct Dateline
    {
        QString city;
        QString country;
        QDate date;
        QString language; // "en", "es" or "fr" when the month name tells; empty otherwise
        QString rest; // the paragraph after the dash
    };

    // Only the first 300 characters are looked at for the dateline itself.
    static std::optional<Dateline> parse(const QString &paragraph);
    // A date such as "15 July 2026", "July 15, 2026", "15 de julio de 2026", "1er juillet 2026"
    // or "2026-07-15"; sets language when a month name was used.
    static QDate parseDate(const QString &text, QString *language = nullptr);
};

} // namespace pressdesk
