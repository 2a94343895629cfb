#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace pressdesk {

// A date as releases and web pages print it, in English, Spanish, French or Portuguese:
//   "15 July 2026", "July 15, 2026", "Oct. 28, 2025", "14 FEBRUARY 2025", "Thursday, January 16, 2025"
//   "15 de julio de 2026", "martes, 3 de marzo de 2025", "1er juillet 2026", "le 9 octobre 2024"
//   "21 de agosto de 2025", "14 Julho 2025", "2026-07-15", "12/03/2025", "Tue, 02/11/2025 - 09:40"
//   "Published on 14 February 2025", "Publié le 2 juin 2025", "Publicado el …", "Publicado em …"
// Numeric dates are read day first unless the order says month first; a printed weekday
// decides between the two readings, and a date that fits neither is no date. A time after
// the date ("- 09:40", "à 18 h 00") is read too. Nothing else may be in the text: a date is
// never guessed from a sentence.
class DateTextParser final
{
public:
    enum class Order { DayFirst, MonthFirst };
    struct Result
    {
        QDate date;
        QTime time; // invalid when none was printed
        QString language; // "en", "es", "fr" or "pt" when a month or weekday name tells
    };

    static Result parse(const QString &text, Order order = Order::DayFirst);
    // A month name or abbreviation ("julio", "Oct.", "fevereiro") to 1–12, else 0; the
    // language is set when only one language has that word.
    static int monthNamed(const QString &word, QString *language = nullptr);
    // "10:00", "10:00 a.m.", "6 p.m.", "18 h 00", "18h", "00:01"; invalid when not a time.
    static QTime parseTime(const QString &text);
};

} // namespace pressdesk
