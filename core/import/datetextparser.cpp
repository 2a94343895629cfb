#include "datetextparser.h"

#include "textfolding.h"

#include <QHash>
#include <QRegularExpression>

namespace pressdesk {

namespace {

struct Name
{
    int number;
    const char *language;
};

struct NameList
{
    const char *words; // in order: the first is number 1
    const char *language;
};

// TextFolding::fold turns "segunda-feira" into two words; dates need the hyphen kept.
QString foldWord(const QString &word)
{
    return TextFolding::foldAccents(word).toLower();
}

// Each word with its number in its list and its language; a word two languages share
// tells no language ("").
template<std::size_t N>
QHash<QString, Name> numbered(const NameList (&lists)[N])
{
    QHash<QString, Name> result;
    for (const NameList &list : lists) {
        const QStringList words = QString::fromLatin1(list.words).split(QLatin1Char(' '));
        for (qsizetype i = 0; i < words.size(); ++i) {
            const auto it = result.constFind(words.at(i));
            if (it == result.cend())
                result.insert(words.at(i), { int(i) + 1, list.language });
            else if (qstrcmp(it->language, list.language) != 0)
                result[words.at(i)].language = "";
        }
    }
    return result;
}

// Folded names and the abbreviations papers print; a word two languages share (abril,
// agosto, mar) tells no language.
const QHash<QString, Name> &months()
{
    static const QHash<QString, Name> table = [] {
        const NameList lists[] = {
            { "january february march april may june july august september october november december", "en" },
            { "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre", "es" },
            { "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre", "fr" },
            { "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro", "pt" },
            { "jan feb mar apr may jun jul aug sep oct nov dec", "en" },
            { "ene feb mar abr may jun jul ago sep oct nov dic", "es" },
            { "janv fevr mars avr mai juin juil aout sept oct nov dec", "fr" },
            { "jan fev mar abr mai jun jul ago set out nov dez", "pt" },
        };
        QHash<QString, Name> result = numbered(lists);
        // More languages, which never take a word from the four above (novembre stays French).
        const NameList more[] = {
            { "januar februar marz april mai juni juli august september oktober november dezember", "de" },
            { "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre", "it" },
            { "januari februari maart april mei juni juli augustus september oktober november december", "nl" },
        };
        const QHash<QString, Name> others = numbered(more);
        for (auto it = others.cbegin(); it != others.cend(); ++it) {
            if (!result.contains(it.key()))
                result.insert(it.key(), it.value());
        }
        result.insert(QStringLiteral("janner"), { 1, "de" });
        // Russian months as dates print them (genitive).
        const QStringList russian = QString::fromUtf8("января февраля марта апреля мая июня июля августа сентября "
                                                      "октября ноября декабря")
                                        .split(QLatin1Char(' '));
        for (qsizetype i = 0; i < russian.size(); ++i)
            result.insert(foldWord(russian.at(i)), { int(i) + 1, "ru" });
        // Spellings beside the standard ones.
        result.insert(QStringLiteral("setiembre"), { 9, "es" });
        result.insert(QStringLiteral("sept"), { 9, "" });
        return result;
    }();
    return table;
}

const QHash<QString, Name> &weekdays()
{
    static const QHash<QString, Name> table = [] {
        const NameList lists[] = {
            { "monday tuesday wednesday thursday friday saturday sunday", "en" },
            { "mon tue wed thu fri sat sun", "en" },
            { "lunes martes miercoles jueves viernes sabado domingo", "es" },
            { "lundi mardi mercredi jeudi vendredi samedi dimanche", "fr" },
            { "segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado domingo", "pt" },
        };
        QHash<QString, Name> result = numbered(lists);
        result.insert(QStringLiteral("tues"), { 2, "en" });
        result.insert(QStringLiteral("thur"), { 4, "en" });
        result.insert(QStringLiteral("thurs"), { 4, "en" });
        return result;
    }();
    return table;
}

QDate validDate(int year, int month, int day)
{
    if (year < 1900 || year > 2200)
        return {};
    return QDate(year, month, day);
}

} // namespace

int DateTextParser::monthNamed(const QString &word, QString *language)
{
    QString folded = foldWord(word);
    if (folded.endsWith(QLatin1Char('.')))
        folded.chop(1);
    const auto it = months().constFind(folded);
    if (it == months().cend())
        return 0;
    if (language)
        *language = QLatin1String(it->language);
    return it->number;
}

QTime DateTextParser::parseTime(const QString &input)
{
    const QString text = input.simplified().toLower();
    if (text == QLatin1String("noon") || text == QLatin1String("midday") || text == QLatin1String("mediodía")
        || text == QLatin1String("midi"))
        return QTime(12, 0);
    if (text == QLatin1String("midnight") || text == QLatin1String("medianoche") || text == QLatin1String("minuit"))
        return QTime(0, 0);
    static const QRegularExpression time(
        QStringLiteral("^(\\d{1,2})(?:([:.])(\\d{2})|\\s?(h)\\s?(\\d{2})?)?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|hrs?\\.?|"
                       "horas|heures?)?$"));
    const QRegularExpressionMatch m = time.match(text);
    if (!m.hasMatch())
        return {};
    const bool hasMinutes = !m.captured(3).isEmpty() || !m.captured(5).isEmpty();
    const QString suffix = m.captured(6);
    // A bare number is no time; "10 a.m.", "18 h", "10:00" are.
    if (!hasMinutes && m.captured(4).isEmpty() && suffix.isEmpty())
        return {};
    int hour = m.captured(1).toInt();
    const int minute = m.captured(3).isEmpty() ? m.captured(5).toInt() : m.captured(3).toInt();
    const bool am = suffix.startsWith(QLatin1Char('a'));
    const bool pm = suffix.startsWith(QLatin1Char('p'));
    if (am || pm) {
        if (hour < 1 || hour > 12)
            return {};
        hour = (hour % 12) + (pm ? 12 : 0);
    }
    return QTime(hour, minute);
}

DateTextParser::Result DateTextParser::parse(const QString &input, Order order)
{
    Result result;
    QString text = input.simplified();
    if (text.isEmpty() || text.size() > 100)
        return result;
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"));
    if (const QRegularExpressionMatch m = iso.match(text); m.hasMatch()) {
        result.date = validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (result.date.isValid() && !m.captured(4).isEmpty())
            result.time = QTime(m.captured(4).toInt(), m.captured(5).toInt());
        return result;
    }
    // Chinese, Japanese and Korean: "2025年3月4日", "2025년 3월 4일", a weekday and a time after it.
    static const QRegularExpression cjk(
        QStringLiteral("^(?:\\S{0,6}[:：]\\s*)?(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]\\s*"
                       "(?:[(（]?\\s*(?:星期.|周.|.曜日?|[月火水木金土日]|.요일)\\s*[)）]?)?\\s*(?:(\\d{1,2})[:：](\\d{"
                       "2})(?:[:：]\\d{2})?)?$"));
    if (const QRegularExpressionMatch m = cjk.match(text); m.hasMatch()) {
        result.date = validDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (result.date.isValid() && !m.captured(4).isEmpty())
            result.time = QTime(m.captured(4).toInt(), m.captured(5).toInt());
        return result;
    }
    // "Published on", "Publié le", "Publicado el/em", "Date:", then "le"/"el"/"on" alone.
    static const QRegularExpression label(
        QStringLiteral("^(?:(?:first |last )?(?:published|posted|updated|issued|released|date|dated)|publicad[oa]|"
                       "actualizad[oa]|fecha(?: de publicaci[oó]n)?|publi[ée]e?|mis[e]? (?:à|a) jour|"
                       "date de publication|atualizad[oa]|data(?: de publica[cç][aã]o)?|ver[oö]ffentlicht(?: am)?|"
                       "aktualisiert(?: am)?|stand|datum|pubblicato(?: il)?|aggiornato(?: il)?|gepubliceerd(?: op)?|"
                       "опубликовано|обновлено|дата)\\s*(?:on|el|le|em|am|il|op|:|-|–)?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(label);
    static const QRegularExpression article(
        QStringLiteral("^(?:on|the|el|le|em|o|del|du)\\s+"), QRegularExpression::CaseInsensitiveOption);
    text.remove(article);
    int weekday = 0;
    static const QRegularExpression weekdayWord(QStringLiteral("^([\\p{L}-]+)\\.?,?\\s+"));
    if (const QRegularExpressionMatch m = weekdayWord.match(text); m.hasMatch()) {
        const auto it = weekdays().constFind(foldWord(m.captured(1)));
        if (it != weekdays().cend()) {
            weekday = it->number;
            if (*it->language)
                result.language = QLatin1String(it->language);
            text = text.mid(m.capturedEnd());
            text.remove(article);
        }
    }
    // The date ends at its four-digit year; a time may follow.
    static const QRegularExpression yearEnd(QStringLiteral("^(.*?\\b\\d{4})\\b\\.?(.*)$"));
    const QRegularExpressionMatch split = yearEnd.match(text);
    if (!split.hasMatch())
        return {};
    const QString datePart = split.captured(1).trimmed();
    QString tail = split.captured(2).trimmed();
    // "4 марта 2025 г.", "4 марта 2025 года, 10:00".
    static const QRegularExpression russianYear(QStringLiteral("^(?:г\\.|года)\\s*,?\\s*"));
    tail.remove(russianYear);
    if (!tail.isEmpty()) {
        static const QRegularExpression separator(QStringLiteral("^(?:[-–—|,·/]\\s*)?(?:at|a las|a la|à|às|as|a)?\\s*"),
            QRegularExpression::CaseInsensitiveOption);
        tail.remove(separator);
        // A time and at most a zone or two short words ("09:40", "10:00 a.m. EST").
        static const QRegularExpression timeThenWords(
            QStringLiteral(
                "^(\\d{1,2}(?:[:.h]\\s?\\d{2})?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|h|hrs?\\.?|horas|heures?)?)"
                "(?:\\s+\\(?[\\p{L}+:0-9]{1,12}\\)?){0,2}$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch t = timeThenWords.match(tail);
        if (!tail.isEmpty()) {
            if (!t.hasMatch())
                return {};
            result.time = parseTime(t.captured(1));
            if (!result.time.isValid())
                return {};
        }
    }

    static const QRegularExpression dayFirst(
        QStringLiteral(
            "^(\\d{1,2})(?:st|nd|rd|th|er|º|°|o|\\.º)?\\.?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+|del\\s+)?"
            "(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(
        QStringLiteral("^(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})$"));
    QDate date;
    if (const QRegularExpressionMatch m = dayFirst.match(datePart); m.hasMatch()) {
        QString language;
        const int month = monthNamed(m.captured(2), &language);
        if (month)
            date = validDate(m.captured(3).toInt(), month, m.captured(1).toInt());
        if (!language.isEmpty())
            result.language = language;
    } else if (const QRegularExpressionMatch m2 = monthFirst.match(datePart); m2.hasMatch()) {
        QString language;
        const int month = monthNamed(m2.captured(1), &language);
        if (month)
            date = validDate(m2.captured(3).toInt(), month, m2.captured(2).toInt());
        if (!language.isEmpty())
            result.language = language;
    } else if (const QRegularExpressionMatch m3 = numeric.match(datePart); m3.hasMatch()) {
        const int a = m3.captured(1).toInt();
        const int b = m3.captured(3).toInt();
        const int year = m3.captured(4).toInt();
        const QDate dayMonth = validDate(year, b, a);
        const QDate monthDay = validDate(year, a, b);
        if (weekday) {
            // The weekday printed beside it says which reading the site uses.
            if (dayMonth.isValid() && dayMonth.dayOfWeek() == weekday)
                date = dayMonth;
            else if (monthDay.isValid() && monthDay.dayOfWeek() == weekday)
                date = monthDay;
            weekday = 0;
        } else if (!dayMonth.isValid() || !monthDay.isValid() || a == b) {
            date = dayMonth.isValid() ? dayMonth : monthDay;
        } else {
            date = order == Order::MonthFirst ? monthDay : dayMonth;
        }
    }
    if (!date.isValid() || (weekday && date.dayOfWeek() != weekday))
        return {};
    result.date = date;
    return result;
}

} // namespace pressdesk
