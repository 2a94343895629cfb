#include "searchsql.h"

namespace pressdesk {

QString SearchSql::matchedFrom(
    const QString &ftsTable, const QString &table, const QString &idExpression, const QString &joins)
{
    QString from = QStringLiteral("%1 JOIN %2 ON %3 = %1.rowid").arg(ftsTable, table, idExpression);
    if (!joins.isEmpty())
        from += QLatin1Char(' ') + joins;
    return from;
}

QString SearchSql::matchCondition(const QString &ftsTable)
{
    return ftsTable + QLatin1String(" MATCH ?");
}

QString SearchSql::notMatching(const QString &ftsTable, const QString &idExpression)
{
    return QStringLiteral("%2 NOT IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)").arg(ftsTable, idExpression);
}

QString SearchSql::snippetColumn(const QString &ftsTable)
{
    return QStringLiteral("snippet(%1, -1, char(2), char(3), '…', 14)").arg(ftsTable);
}

namespace {

bool isWord(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isAsciiPunctuation(QChar c)
{
    return (c.unicode() < 128 && c.isPunct()) || QStringView(u"$+<=>^`|~").contains(c);
}

// Skips the Markdown that can begin a line (heading, quote, list item marks) from i on.
qsizetype afterBlockMarks(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    auto isBlank = [&](qsizetype at) {
        return at < n && (text.at(at) == QLatin1Char(' ') || text.at(at) == QLatin1Char('\t'));
    };
    while (isBlank(i))
        ++i;
    qsizetype j = i;
    if (j < n && text.at(j) == QLatin1Char('#')) {
        while (j < n && text.at(j) == QLatin1Char('#') && j - i < 6)
            ++j;
        if (!isBlank(j))
            return i;
    } else if (j < n && text.at(j) == QLatin1Char('>')) {
        ++j;
    } else if (j < n && QStringView(u"-+*").contains(text.at(j))) {
        if (!isBlank(++j))
            return i;
    } else {
        while (j < n && j - i < 2 && text.at(j).isDigit())
            ++j;
        if (j == i || j >= n || (text.at(j) != QLatin1Char('.') && text.at(j) != QLatin1Char(')')) || !isBlank(++j))
            return i;
    }
    while (isBlank(j))
        ++j;
    return j;
}

} // namespace

QString SearchSql::readableSnippet(const QString &snippet)
{
    const qsizetype n = snippet.size();
    auto at = [&](qsizetype i) {
        return i >= 0 && i < n ? snippet.at(i) : QChar();
    };
    QString text;
    text.reserve(n);
    qsizetype i = afterBlockMarks(snippet, 0);
    while (i < n) {
        const QChar c = snippet.at(i);
        if (c == QLatin1Char('\n')) {
            text += QLatin1Char(' ');
            i = afterBlockMarks(snippet, i + 1);
        } else if (c == QLatin1Char('\\') && isAsciiPunctuation(at(i + 1))) {
            text += snippet.at(i + 1);
            i += 2;
        } else if (c == QLatin1Char('[')) {
            // [text](target) → text
            const qsizetype close = snippet.indexOf(QLatin1Char(']'), i + 1);
            const qsizetype end =
                close > 0 && at(close + 1) == QLatin1Char('(') ? snippet.indexOf(QLatin1Char(')'), close + 2) : -1;
            if (end > 0 && !QStringView(snippet).mid(close + 2, end - close - 2).contains(QLatin1Char(' '))) {
                text += QStringView(snippet).mid(i + 1, close - i - 1);
                i = end + 1;
            } else {
                text += c;
                ++i;
            }
        } else if (c == QLatin1Char('<')
            && (QStringView(snippet).mid(i + 1).startsWith(u"http")
                || QStringView(snippet).mid(i + 1).startsWith(u"mailto:"))
            && snippet.indexOf(QLatin1Char('>'), i) > 0) {
            // <https://…> → https://…
            const qsizetype close = snippet.indexOf(QLatin1Char('>'), i);
            text += QStringView(snippet).mid(i + 1, close - i - 1);
            i = close + 1;
        } else if ((c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')) && at(i + 1) == c) {
            i += 2; // ** __ ~~
        } else if (c == QLatin1Char('*') || c == QLatin1Char('_')) {
            // A single * or _ that opens or closes emphasis goes; one inside a word (file_name)
            // or between spaces (2 * 3) stays.
            const QChar before = at(i - 1);
            const QChar after = at(i + 1);
            const bool star = c == QLatin1Char('*');
            const bool opens = !(isWord(before) || before == QLatin1Char('\\') || (star && before == c))
                && !after.isNull() && !after.isSpace();
            const bool closes = !before.isNull() && !before.isSpace() && before != QLatin1Char('\\')
                && !(isWord(after) || (star && after == c));
            if (!opens && !closes)
                text += c;
            ++i;
        } else {
            text += c;
            ++i;
        }
    }
    // One line: paragraphs and list items run on, separated by a space.
    return text.simplified();
}

QString SearchSql::containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String("%"), QLatin1String("\\%"));
    escaped.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace pressdesk
