#pragma once

#include "datetextparser.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pressdesk {

// The dateline that opens a release's first paragraph, in English, Spanish, French or
// Portuguese, as news services and press offices print it:
//   "SAN JOSÉ, Costa Rica, 15 July 2026 — …"       "PANAMA CITY – …"    "Lima — …"
//   "KAMPALA, Uganda (12 May 2025) – …"             "SPRINGFIELD, Ill. (March 4, 2024) — …"
//   "TEGUCIGALPA, Honduras, 3 de marzo de 2025 (AGENCIA) – …"          "Quito/Bogotá — …"
//   "AUSTIN, Texas, Oct. 28, 2025 /PRNewswire/ -- …" "CIUDAD DE MÉXICO, 18 de septiembre de 2024.- …"
//   "BÉCANCOUR, QC, le 9 octobre 2024 /CNW/ - …"    "BRASÍLIA (DF), 5 de maio de 2025 – …"
// A city alone must be printed in capitals or be a known city; a state or province
// ("Ill.", "QC", "DF") gives the country.
class DatelineParser final
{
public:
    struct Dateline
    {
        QString city;
        QString country;
        QDate date;
        QString language; // "en", "es", "fr" or "pt" when the month name tells; empty otherwise
        QString rest; // the paragraph after the dash
    };
    using Order = DateTextParser::Order;

    // Only the first 300 characters are looked at for the dateline itself.
    static std::optional<Dateline> parse(const QString &paragraph, Order order = Order::DayFirst);
    // A line that is only a place and a date: "Lisboa, 30 de janeiro de 2025", "PARIS, le 12 mars 2025".
    static std::optional<Dateline> parseStandalone(const QString &line, Order order = Order::DayFirst);
    // A date alone (see DateTextParser); sets language when a month name tells.
    static QDate parseDate(const QString &text, QString *language = nullptr, Order order = Order::DayFirst);
};

} // namespace pressdesk
