#include "revisiondiff.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace pressdesk {

namespace {

constexpr qsizetype maxCells = 4'000'000;

QStringList words(const QString &text)
{
    // A token is a run of non-space characters with the spaces that follow it, so that
    // joining the tokens gives the text back exactly.
    static const QRegularExpression token(QStringLiteral("\\s+|\\S+\\s*"));
    QStringList result;
    auto it = token.globalMatch(text);
    while (it.hasNext())
        result.append(it.next().captured());
    return result;
}

QStringList lines(const QString &text)
{
    QStringList result = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < result.size(); ++i)
        result[i].append(QLatin1Char('\n'));
    return result;
}

void append(QList<RevisionDiff::Segment> &segments, RevisionDiff::Segment::Kind kind, const QString &text)
{
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({ kind, text });
}

QList<RevisionDiff::Segment> diffTokens(const QStringList &a, const QStringList &b)
{
    using Kind = RevisionDiff::Segment::Kind;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Longest common subsequence table, filled from the end.
    std::vector<int> table(static_cast<size_t>((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & {
        return table[static_cast<size_t>(i * (m + 1) + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) =
                a.at(i).trimmed() == b.at(j).trimmed() ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    QList<RevisionDiff::Segment> segments;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i).trimmed() == b.at(j).trimmed()) {
            append(segments, Kind::Same, b.at(j));
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            append(segments, Kind::Removed, a.at(i++));
        } else {
            append(segments, Kind::Added, b.at(j++));
        }
    }
    while (i < n)
        append(segments, Kind::Removed, a.at(i++));
    while (j < m)
        append(segments, Kind::Added, b.at(j++));
    return segments;
}

QString label(const char *text)
{
    return QCoreApplication::translate("RevisionDiff", text);
}

} // namespace

QList<RevisionDiff::Segment> RevisionDiff::compareText(const QString &before, const QString &after)
{
    if (before == after)
        return before.isEmpty() ? QList<Segment> {} : QList<Segment> { { Segment::Kind::Same, before } };
    QStringList a = words(before);
    QStringList b = words(after);
    if (a.size() * b.size() > maxCells) {
        a = lines(before);
        b = lines(after);
        if (a.size() * b.size() > maxCells)
            return { { Segment::Kind::Removed, before }, { Segment::Kind::Added, after } };
    }
    return diffTokens(a, b);
}

QList<RevisionDiff::Field> RevisionDiff::compare(const Release &before, const Release &after)
{
    QList<Field> fields;
    auto add = [&fields](const QString &key, const QString &name, const QString &a, const QString &b) {
        fields.append({ key, name, compareText(a, b), a != b });
    };
    add(QStringLiteral("headline"), label("Headline"), before.headline, after.headline);
    add(QStringLiteral("subheadline"), label("Subheadline"), before.subheadline, after.subheadline);
    add(QStringLiteral("dateline_city"), label("Dateline city"), before.datelineCity, after.datelineCity);
    add(QStringLiteral("dateline_country"), label("Dateline country"), before.datelineCountry, after.datelineCountry);
    add(QStringLiteral("status"), label("Status"), statusLabel(before.status), statusLabel(after.status));
    add(QStringLiteral("tags"), label("Tags"), before.tags.join(QLatin1String(", ")),
        after.tags.join(QLatin1String(", ")));
    add(QStringLiteral("author"), label("Author"), before.author, after.author);
    add(QStringLiteral("lead"), label("Lead"), before.lead, after.lead);
    add(QStringLiteral("body"), label("Body"), before.body, after.body);
    const qsizetype quotes = std::max(before.quotes.size(), after.quotes.size());
    for (qsizetype i = 0; i < quotes; ++i) {
        const QString a = i < before.quotes.size() ? before.quotes.at(i).text : QString();
        const QString b = i < after.quotes.size() ? after.quotes.at(i).text : QString();
        add(QStringLiteral("quotes[%1].text").arg(i), label("Quote %1").arg(i + 1), a, b);
        const QString attributionA = i < before.quotes.size() ? before.quotes.at(i).attribution : QString();
        const QString attributionB = i < after.quotes.size() ? after.quotes.at(i).attribution : QString();
        add(QStringLiteral("quotes[%1].attribution").arg(i), label("Quote %1 attribution").arg(i + 1), attributionA,
            attributionB);
    }
    add(QStringLiteral("boilerplate"), label("Boilerplate"), before.boilerplate, after.boilerplate);
    add(QStringLiteral("notes_to_editors"), label("Notes to editors"), before.notesToEditors, after.notesToEditors);
    return fields;
}

} // namespace pressdesk
