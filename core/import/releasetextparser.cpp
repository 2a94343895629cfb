#include "releasetextparser.h"

#include "attributionparser.h"
#include "blockclassifier.h"
#include "datelineparser.h"
#include "embargoparser.h"
#include "htmlarticleextractor.h"
#include "i18n/datelineplace.h"
#include "importlimits.h"
#include "languageguesser.h"
#include "peopleindex.h"
#include "quotefinder.h"
#include "releaseplan.h"
#include "textfolding.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace pressdesk {

namespace {

using Block = ReleaseTextParser::Block;

QString cutHeadline(QString headline)
{
    headline = headline.simplified();
    if (headline.size() <= Release::maxHeadlineLength)
        return headline;
    qsizetype cut = headline.lastIndexOf(QLatin1Char(' '), Release::maxHeadlineLength - 1);
    if (cut < Release::maxHeadlineLength / 2)
        cut = Release::maxHeadlineLength - 1;
    return headline.left(cut).trimmed() + QChar(0x2026);
}

QString stripMarkdownInline(QString text)
{
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|\\*|_)(\\S(?:.*?\\S)?)\\1"));
    text.replace(emphasis, QStringLiteral("\\2"));
    return text;
}

QString blockMarkdown(const Block &block)
{
    switch (block.kind) {
    case Block::Heading1:
    case Block::Heading2:
    case Block::Heading3:
        return QStringLiteral("## ") + block.text;
    case Block::ListItem:
        return QStringLiteral("- ") + block.text;
    case Block::Quote:
        return QStringLiteral("> ") + block.text;
    case Block::Paragraph:
        break;
    }
    return block.text;
}

bool isHeading(const Block &block)
{
    return block.kind == Block::Heading1 || block.kind == Block::Heading2 || block.kind == Block::Heading3;
}

bool isFurniture(const Block &block)
{
    return BlockClassifier::isFurniture(block.text, block.lines);
}

// "Seed bank doubles its collection | Ministry of Agriculture" or "Ministry of Agriculture |
// Seed bank …": the site's name goes (the one the page declares, else a short last part).
QString withoutSiteName(const QString &title, const QString &siteName = QString())
{
    static const QRegularExpression separator(QStringLiteral("\\s+[|–—:·•-]\\s+|\\s*[|｜_]\\s*"));
    const QString site = TextFolding::fold(siteName);
    if (!site.isEmpty()) {
        QStringList parts = title.split(separator, Qt::SkipEmptyParts);
        if (parts.size() >= 2 && TextFolding::fold(parts.constLast()) == site)
            parts.removeLast();
        else if (parts.size() >= 2 && TextFolding::fold(parts.constFirst()) == site)
            parts.removeFirst();
        else
            parts = QStringList { title };
        if (parts.size() < title.split(separator, Qt::SkipEmptyParts).size())
            return parts.join(QStringLiteral(" | ")).simplified();
    }
    static const QRegularExpression suffix(QStringLiteral("\\s+[|–—-]\\s+[^|–—]{2,60}$|\\s*[|｜_]\\s*[^|｜_]{2,60}$"));
    QString cut = title;
    cut.remove(suffix);
    return cut.simplified();
}

// The share of a's words that b has too (folded).
double wordOverlap(const QString &a, const QString &b)
{
    const QStringList words = TextFolding::fold(a).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList other = TextFolding::fold(b).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return 0.0;
    int shared = 0;
    for (const QString &word : words)
        shared += other.contains(word) ? 1 : 0;
    return double(shared) / double(words.size());
}

// What a page declares as its date: ISO 8601 (with a time and zone, the date as printed
// there), "Tue, 04 Mar 2025 10:30:00 +0000", or a date as pages print them.
QDate declaredDate(const QString &published, DateTextParser::Order order)
{
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T\\s])"));
    if (const QRegularExpressionMatch m = iso.match(published); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression rfc822(
        QStringLiteral("^(?:\\w{3},\\s*)?(\\d{1,2}\\s+\\w{3,9}\\.?\\s+\\d{4})\\s+\\d{1,2}:\\d{2}"));
    if (const QRegularExpressionMatch m = rfc822.match(published); m.hasMatch())
        return DateTextParser::parse(m.captured(1), order).date;
    return DateTextParser::parse(published, order).date;
}

// A page that says "en-US" writes numeric dates month first.
DateTextParser::Order orderOf(const QString &declaredLanguage)
{
    const QString tag = declaredLanguage.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    return tag == QLatin1String("en-us") || tag == QLatin1String("en-ph") ? DateTextParser::Order::MonthFirst
                                                                          : DateTextParser::Order::DayFirst;
}

// Where the article is in the blocks, found by what the blocks say rather than where they
// stand: the lead is the first paragraph opening with a dateline, else the first prose;
// the headline is the heading (or headline-like line) above it, skipping the stamps,
// labels and furniture between.
struct Layout
{
    qsizetype lead = -1;
    qsizetype headline = -1;
    qsizetype headlineEnd = -1; // a headline printed over two blocks ends here
    qsizetype subheadline = -1;
    std::optional<DatelineParser::Dateline> dateline;
    std::optional<DatelineParser::Dateline> standalone; // "Lisboa, 30 de janeiro de 2025" on its own line
    QDate stampDate;
    QString embargoLine;
};

bool isStamp(const QString &text, DateTextParser::Order order)
{
    return DateTextParser::parse(text, order).date.isValid() || DatelineParser::parseStandalone(text, order)
        || EmbargoParser::isEmbargoLine(text) || BlockClassifier::isReleaseLine(text);
}

Layout locate(const QList<Block> &all, const ReleaseTextParser::Page &page, DateTextParser::Order order)
{
    Layout layout;
    // A page's h1 (the one its metadata names, when several) starts the search.
    qsizetype start = 0;
    qsizetype h1 = -1;
    const QString declared =
        TextFolding::fold(withoutSiteName(page.headline.isEmpty() ? page.title : page.headline, page.siteName));
    // The site's name, declared or as the title prints it beside the headline.
    QString site = TextFolding::fold(page.siteName);
    if (site.isEmpty() && !page.title.isEmpty()) {
        const QString headline = withoutSiteName(page.title);
        if (headline.size() < page.title.size())
            site = TextFolding::fold(
                page.title.mid(headline.size()).remove(QRegularExpression(QStringLiteral("^\\s*[|–—-]\\s*"))));
    }
    bool matched = false;
    for (qsizetype j = 0; j < all.size(); ++j) {
        if (all.at(j).kind != Block::Heading1)
            continue;
        const QString folded = TextFolding::fold(all.at(j).text);
        if (!declared.isEmpty() && folded == declared && !matched) {
            h1 = j;
            matched = true;
        } else if (h1 < 0 && (site.isEmpty() || folded != site) && !isFurniture(all.at(j))
            && !BlockClassifier::isReleaseLine(all.at(j).text)) {
            h1 = j; // a page whose h1 is its own name has its headline elsewhere
        }
    }
    // No h1, or only the site's name: a lower heading that is the declared headline.
    if (!matched && !declared.isEmpty()) {
        for (qsizetype j = 0; j < all.size(); ++j) {
            if (isHeading(all.at(j)) && TextFolding::fold(all.at(j).text) == declared) {
                h1 = j;
                break;
            }
        }
    }
    if (h1 >= 0)
        start = h1 + 1;

    for (qsizetype j = start; j < all.size() && layout.lead < 0; ++j) {
        const Block &block = all.at(j);
        if (isHeading(block) || isFurniture(block) || EmbargoParser::isEmbargoLine(block.text))
            continue;
        if (std::optional<DatelineParser::Dateline> dateline = DatelineParser::parse(block.text, order);
            dateline && BlockClassifier::wordCount(dateline->rest) >= 3) {
            layout.lead = j;
            layout.dateline = dateline;
        }
    }
    if (layout.lead < 0) {
        for (qsizetype j = start; j < all.size() && layout.lead < 0; ++j) {
            const Block &block = all.at(j);
            if (!isHeading(block) && !isFurniture(block) && BlockClassifier::isProse(block.text)
                && !EmbargoParser::isEmbargoLine(block.text) && !BlockClassifier::isAboutHeading(block.text, nullptr)
                && !BlockClassifier::isContactHeading(block.text))
                layout.lead = j;
        }
    }
    const qsizetype end = layout.lead < 0 ? qMin<qsizetype>(all.size(), 12) : layout.lead;

    // Stamps above the lead: dates, a place with a date, the embargo.
    for (qsizetype j = 0; j < end; ++j) {
        const QString &text = all.at(j).text;
        if (EmbargoParser::isEmbargoLine(text)) {
            if (layout.embargoLine.isEmpty())
                layout.embargoLine = text;
        } else if (const QDate date = DateTextParser::parse(text, order).date; date.isValid()) {
            layout.stampDate = date;
        } else if (std::optional<DatelineParser::Dateline> place = DatelineParser::parseStandalone(text, order)) {
            layout.standalone = place;
        }
    }

    if (h1 >= 0 && h1 < end) {
        layout.headline = h1;
        layout.headlineEnd = h1;
        // A standfirst: a second-level heading or a short line between headline and lead.
        for (qsizetype j = h1 + 1; j < end; ++j) {
            const Block &block = all.at(j);
            if (isFurniture(block) || isStamp(block.text, order))
                continue;
            if ((block.kind == Block::Heading2 || block.kind == Block::Heading3
                    || BlockClassifier::isHeadlineLike(block.text))
                && !BlockClassifier::isAboutHeading(block.text, nullptr)
                && !BlockClassifier::isContactHeading(block.text))
                layout.subheadline = j;
            break;
        }
        return layout;
    }

    // Walk back from the lead: headline-like blocks, at most two in a row (headline and
    // subheadline); stamps and labels are passed; furniture above a headline ends the walk.
    QList<qsizetype> candidates;
    qsizetype standfirst = -1; // a summary sentence between headline and lead
    for (qsizetype j = end - 1; j >= 0; --j) {
        const Block &block = all.at(j);
        if (isStamp(block.text, order)) {
            if (candidates.isEmpty())
                continue;
            break;
        }
        if (isFurniture(block) || (!site.isEmpty() && TextFolding::fold(block.text) == site)) {
            if (candidates.isEmpty())
                continue;
            break;
        }
        const bool headlineLike = (isHeading(block) || BlockClassifier::isHeadlineLike(block.text))
            && !BlockClassifier::isAboutHeading(block.text, nullptr) && !BlockClassifier::isContactHeading(block.text);
        if (!headlineLike) {
            // "Headline" / "A sentence that sums it up." / "CITY — lead": the summary is passed once.
            if (candidates.isEmpty() && standfirst < 0 && block.kind == Block::Paragraph && block.text.size() <= 400
                && !BlockClassifier::isAboutHeading(block.text, nullptr)
                && !BlockClassifier::isContactHeading(block.text)) {
                standfirst = j;
                continue;
            }
            break;
        }
        candidates.prepend(j);
        if (candidates.size() == 2 || standfirst >= 0)
            break;
    }
    if (candidates.size() == 1 && standfirst >= 0) {
        layout.headline = layout.headlineEnd = candidates.at(0);
        layout.subheadline = standfirst;
        return layout;
    }
    if (candidates.size() == 2) {
        const QString second = all.at(candidates.at(1)).text;
        // "… storm warnings" / "and to open their shelters …": one headline over two lines.
        if (!second.isEmpty() && second.at(0).isLower()) {
            layout.headline = candidates.at(0);
            layout.headlineEnd = candidates.at(1);
        } else if (TextFolding::fold(all.at(candidates.at(1)).text) == declared) {
            layout.headline = layout.headlineEnd = candidates.at(1);
        } else {
            layout.headline = layout.headlineEnd = candidates.at(0);
            layout.subheadline = candidates.at(1);
        }
    } else if (candidates.size() == 1) {
        layout.headline = layout.headlineEnd = candidates.at(0);
    }
    // A page that declares its headline, which no block prints: a line above the lead that
    // shares few of its words is a label or a caption, and the declared headline is taken.
    if (layout.headline >= 0 && !declared.isEmpty()) {
        QStringList lines;
        for (qsizetype j = layout.headline; j <= layout.headlineEnd; ++j)
            lines.append(all.at(j).text);
        if (wordOverlap(declared, lines.join(QLatin1Char(' '))) < 0.5) {
            layout.headline = layout.headlineEnd = layout.subheadline = -1;
        }
    }
    return layout;
}

} // namespace

QString ReleaseTextParser::guessLanguage(const QString &text)
{
    return LanguageGuesser::guess(text).language;
}

QList<Block> ReleaseTextParser::blocks(const QString &input, ImportFormat format, Page *page)
{
    QList<Block> result;
    if (format == ImportFormat::Html) {
        const HtmlArticleExtractor::Result extracted = HtmlArticleExtractor::extract(input);
        if (page) {
            page->title = extracted.title;
            page->headline = extracted.headline;
            page->published = extracted.published;
            page->language = extracted.language;
            page->siteName = extracted.siteName;
        }
        for (const HtmlArticleExtractor::Block &block : extracted.blocks)
            result.append({ static_cast<Block::Kind>(block.kind), block.text, {} });
        return result;
    }
    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0x2028), QLatin1Char('\n'));
    text.replace(QChar(0x2029), QStringLiteral("\n\n"));
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t\\x{00A0}]*\\n"));
    QStringList paragraphs = text.split(blankLines, Qt::SkipEmptyParts);
    // Text copied from a browser often has single line breaks between paragraphs.
    if (paragraphs.size() == 1 && format == ImportFormat::Text && paragraphs.constFirst().count(QLatin1Char('\n')) >= 3)
        paragraphs = paragraphs.constFirst().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &raw : std::as_const(paragraphs)) {
        QString paragraph = raw.trimmed();
        if (paragraph.isEmpty())
            continue;
        Block block;
        if (format == ImportFormat::Markdown) {
            static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*$"));
            const QRegularExpressionMatch m = heading.match(paragraph);
            if (m.hasMatch() && !paragraph.contains(QLatin1Char('\n'))) {
                const qsizetype level = m.captured(1).size();
                block.kind = level == 1 ? Block::Heading1 : (level == 2 ? Block::Heading2 : Block::Heading3);
                block.text = stripMarkdownInline(m.captured(2));
                result.append(block);
                continue;
            }
            if (paragraph.startsWith(QLatin1Char('>'))) {
                QStringList lines = paragraph.split(QLatin1Char('\n'));
                for (QString &line : lines) {
                    line = line.trimmed();
                    if (line.startsWith(QLatin1Char('>')))
                        line = line.mid(1).trimmed();
                }
                // "> “…”" and "> — NAME, TITLE" as Pressdesk's Markdown export writes them.
                const QString joined = lines.join(QLatin1Char('\n'));
                for (const QString &piece : joined.split(blankLines, Qt::SkipEmptyParts))
                    result.append({ Block::Quote, stripMarkdownInline(piece.simplified()), {} });
                continue;
            }
            block.text = paragraph;
            result.append(block);
            continue;
        }
        // Plain text: wrapped lines join into one paragraph; a heading line on top of its
        // paragraph ("About …", "For more information") stands apart, unless the lines
        // are a menu copied with the page.
        QStringList lines = paragraph.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : lines)
            line = line.trimmed();
        // "Press release" over "10 June 2025": labels and stamps copied together stand apart.
        const bool stamps =
            lines.size() > 1 && lines.size() <= 6 && std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
                return BlockClassifier::isReleaseLine(line) || EmbargoParser::isEmbargoLine(line)
                    || DateTextParser::parse(line).date.isValid();
            });
        if (stamps) {
            for (const QString &line : std::as_const(lines))
                result.append({ Block::Paragraph, line.simplified(), {} });
            continue;
        }
        if (lines.size() > 1 && !BlockClassifier::isFurniture(paragraph.simplified(), lines)) {
            const QString &first = lines.constFirst();
            if (BlockClassifier::isAboutHeading(first, nullptr) || BlockClassifier::isContactHeading(first)
                || EmbargoParser::isEmbargoLine(first)) {
                result.append({ Block::Paragraph, first, {} });
                lines.removeFirst();
                paragraph = lines.join(QLatin1Char('\n'));
            }
        }
        block.text = paragraph.simplified();
        if (lines.size() > 1)
            block.lines = lines;
        result.append(block);
    }
    return result;
}

namespace {

using Field = ReleasePlan::Field;

// "Ines Moreau", "Juan de la Cruz", "Dr. Amina Diallo": two to five words, capitalized but
// for short particles, none of them a title.
bool looksLikeName(const QString &text)
{
    const QStringList words = PeopleIndex::withoutHonorific(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5 || PeopleIndex::hasTitleWord(text))
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const bool capital = word.at(0).isUpper() && word != word.toUpper();
        const bool particle = i > 0 && i + 1 < words.size() && word.size() <= 3 && word.at(0).isLower();
        if (!capital && !particle)
            return false;
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
            return false;
    }
    return true;
}

// "Statement by UNICEF Executive Director Jane Doe on …", "Déclaration de la Directrice
// générale, Jane Doe, sur …": who the statement's quotes are by.
ProposedQuote statementSpeaker(
    const QString &headline, const QList<ReleasePlan::Item> &items, const QList<Speaker> &knownSpeakers)
{
    static const QRegularExpression statement(
        QStringLiteral(
            "^(?:joint\\s+)?(?:statement|remarks|message)\\s+(?:by|from|of)\\s+(?:the\\s+)?(.+?)"
            "(?:,?\\s+(?:on|regarding|about|concerning|following|to mark|marking)\\s+.*|\\s*[:–—-]\\s+.*)?$"
            "|^(?:d[ée]claration|message)\\s+(?:conjointe\\s+)?(?:de\\s+la\\s+|du\\s+|de\\s+l['’]|de\\s+)(.+?)"
            "(?:,?\\s+(?:sur|concernant|à l['’]occasion|au sujet|relative|lors)\\s+.*|\\s*[:–—-]\\s+.*)?$"
            "|^(?:declaraci[oó]n|declara[cç][aã]o|mensaje|mensagem|comunicado)\\s+(?:conjunta\\s+)?"
            "(?:de\\s+la\\s+|del\\s+|do\\s+|da\\s+|de\\s+)(.+?)"
            "(?:,?\\s+(?:sobre|acerca|con motivo|por ocasi[aã]o|ante)\\s+.*|\\s*[:–—-]\\s+.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    ProposedQuote quote;
    const QRegularExpressionMatch m = statement.match(headline.simplified());
    if (!m.hasMatch())
        return quote;
    QString subject;
    for (int group = 1; group <= 3 && subject.isEmpty(); ++group)
        subject = m.captured(group).trimmed();
    while (subject.endsWith(QLatin1Char(',')))
        subject.chop(1);
    if (subject.isEmpty() || BlockClassifier::wordCount(subject) > 14)
        return quote;
    QStringList article;
    qsizetype length = 0;
    for (const ReleasePlan::Item &item : items) {
        if ((item.field == ReleasePlan::Field::Lead || item.field == ReleasePlan::Field::Body) && length < 20000) {
            article.append(item.text);
            length += item.text.size();
        }
    }
    PeopleIndex people;
    people.scan(subject + QStringLiteral(", said.\n\n") + article.join(QStringLiteral("\n\n")));
    AttributionParser::Attribution described;
    AttributionParser::describeSubject(subject, described);
    std::optional<PeopleIndex::Person> person;
    // "TITLE, NAME" or "NAME, TITLE": the part that is only a name, and the rest its title.
    const QStringList parts = subject.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype p = 0; parts.size() >= 2 && p < parts.size() && !person; ++p) {
        const QString part = parts.at(p).trimmed();
        if (!looksLikeName(part))
            continue;
        QStringList rest = parts;
        rest.removeAt(p);
        for (QString &piece : rest)
            piece = piece.trimmed();
        person = people.mention(PeopleIndex::withoutHonorific(part), rest.join(QStringLiteral(", ")));
        described.title = PeopleIndex::withoutArticle(rest.constFirst());
        described.attribution = PeopleIndex::withoutArticle(rest.join(QStringLiteral(", ")));
        described.organization.clear();
    }
    if (person) {
    } else if (!described.name.isEmpty() && !PeopleIndex::hasTitleWord(described.name)) {
        person = people.mention(described.name, described.title);
    } else {
        // "UNICEF Executive Director Jane Doe": a title before the name.
        for (const PeopleIndex::Person &known : people.people()) {
            if (subject.endsWith(known.name)) {
                person = known;
                break;
            }
        }
        if (!person && !described.reference.isEmpty())
            person = people.resolve(described.reference, false);
    }
    if (person && !person->name.isEmpty()) {
        quote.speaker.fullName = person->name;
        quote.speaker.title = !described.title.isEmpty() ? described.title : person->title;
        quote.speaker.organization = described.organization;
        quote.speaker.existingId = QuoteFinder::matchKnown(knownSpeakers, person->name);
        quote.attribution = !described.attribution.isEmpty() ? described.attribution : quote.speaker.title;
    } else {
        quote.attribution = PeopleIndex::withoutArticle(described.reference.isEmpty() ? subject : described.reference);
    }
    return quote;
}

bool isSpeakerNamed(const ProposedQuote &quote)
{
    return !quote.speaker.isNone() || !quote.attribution.isEmpty();
}

} // namespace

ReleasePlan ReleaseTextParser::plan(const QString &text, ImportFormat format, const QList<Speaker> &knownSpeakers)
{
    ReleasePlan plan;
    plan.record.entity = Entity::Release;
    plan.record.originalText = text;
    plan.record.originalFormat = ImportFormats::key(format == ImportFormat::Auto ? ImportFormat::Text : format);

    QList<Block> all = blocks(text, format, &plan.page);
    if (all.size() > ImportLimits::maxRecords)
        all.resize(ImportLimits::maxRecords);
    const DateTextParser::Order order = orderOf(plan.page.language);
    plan.order = static_cast<int>(order);
    const Layout layout = locate(all, plan.page, order);
    plan.stampDate = layout.stampDate;
    plan.standalone = layout.standalone;
    plan.embargoLine = layout.embargoLine;
    plan.language = LanguageGuesser::primaryCode(plan.page.language);

    plan.items.reserve(all.size());
    for (const Block &block : std::as_const(all)) {
        ReleasePlan::Item item;
        item.block = block;
        item.text = block.text;
        item.confidence = 0.7;
        plan.items.append(item);
    }
    const auto set = [&plan](qsizetype index, Field field, double confidence, const QString *text = nullptr) {
        ReleasePlan::Item &item = plan.items[index];
        item.field = field;
        item.confidence = confidence;
        if (text)
            item.text = *text;
    };

    if (layout.headline >= 0) {
        const bool h1 = all.at(layout.headline).kind == Block::Heading1;
        const QString declared =
            TextFolding::fold(withoutSiteName(plan.page.headline.isEmpty() ? plan.page.title : plan.page.headline));
        const bool agreed = TextFolding::fold(all.at(layout.headline).text) == declared;
        const double confidence = agreed ? 0.95 : (h1 ? 0.85 : (layout.headlineEnd > layout.headline ? 0.6 : 0.7));
        for (qsizetype j = layout.headline; j <= layout.headlineEnd; ++j)
            set(j, Field::Headline, confidence);
    }
    if (layout.subheadline >= 0)
        set(layout.subheadline, Field::Subheadline, 0.6);
    if (layout.lead >= 0)
        set(layout.lead, Field::Lead, layout.dateline ? 0.9 : 0.6);
    for (qsizetype j = 0; j < all.size() && j < qMax<qsizetype>(layout.lead, 0); ++j) {
        if (plan.items.at(j).field != Field::Ignored)
            continue;
        if (isFurniture(all.at(j)))
            set(j, Field::Ignored, 0.8);
        else if (isStamp(all.at(j).text, order))
            set(j, Field::Ignored, 0.9);
        else if (layout.headline >= 0 && j > layout.headlineEnd)
            set(j, Field::Body, 0.6);
    }

    enum class Section { Body, About, Contact } section = Section::Body;
    for (qsizetype i = layout.lead < 0 ? qMax<qsizetype>(layout.headlineEnd + 1, 0) : layout.lead + 1; i < all.size();
         ++i) {
        const Block &block = all.at(i);
        if (i == layout.subheadline)
            continue;
        const bool furniture = isFurniture(block);
        const bool ended = (!block.lines.isEmpty() && BlockClassifier::isEndOfArticle(block.lines.constFirst()))
            || (!furniture && BlockClassifier::isEndOfArticle(block.text));
        if (ended) {
            for (qsizetype k = i; k < all.size(); ++k) {
                if (k != layout.subheadline)
                    set(k, Field::Ignored, 0.7);
            }
            break;
        }
        if (furniture) {
            set(i, Field::Ignored, 0.8);
            continue;
        }
        QString inlineAbout;
        if (BlockClassifier::isEndMark(block.text)) {
            if (section == Section::Body)
                section = Section::About;
            set(i, Field::Ignored, 0.9);
            continue;
        }
        if (BlockClassifier::isAboutHeading(block.text, &inlineAbout)
            && (block.kind != Block::Paragraph || block.text.size() < 140 || !inlineAbout.isEmpty())) {
            section = Section::About;
            set(i, Field::Boilerplate, 0.8, &inlineAbout);
            continue;
        }
        if (BlockClassifier::isContactHeading(block.text)) {
            section = Section::Contact;
            set(i, Field::Notes, 0.8);
            continue;
        }
        switch (section) {
        case Section::Body:
            set(i, Field::Body, 0.8);
            break;
        case Section::About:
            set(i, Field::Boilerplate, 0.75);
            break;
        case Section::Contact:
            set(i, Field::Notes, 0.75);
            break;
        }
    }
    if (layout.lead < 0) {
        for (ReleasePlan::Item &item : plan.items) {
            if (item.field != Field::Body)
                continue;
            if (item.block.kind == Block::Paragraph) {
                item.field = Field::Lead;
                item.confidence = 0.4;
            }
            break;
        }
    }
    if (layout.headline >= 0) {
        QStringList lines;
        for (qsizetype j = layout.headline; j <= layout.headlineEnd; ++j)
            lines.append(all.at(j).text);
        plan.statement = statementSpeaker(lines.join(QLatin1Char(' ')), plan.items, knownSpeakers);
    }
    build(&plan, knownSpeakers);
    return plan;
}

void ReleaseTextParser::build(ReleasePlan *plan, const QList<Speaker> &knownSpeakers)
{
    ImportRecord record;
    record.entity = Entity::Release;
    record.file = plan->record.file;
    record.line = plan->record.line;
    record.originalText = plan->record.originalText;
    record.originalFormat = plan->record.originalFormat;
    Release &release = record.release;
    const auto order = static_cast<DateTextParser::Order>(plan->order);
    const ReleaseTextParser::Page &page = plan->page;
    QList<ReleasePlan::Item> &items = plan->items;

    QStringList headline;
    QStringList subheadline;
    QStringList leads;
    std::optional<DatelineParser::Dateline> dateline;
    QStringList boilerplate;
    QStringList notes;
    QList<Block> body;
    QList<qsizetype> bodyItems;
    for (qsizetype j = 0; j < items.size(); ++j) {
        const ReleasePlan::Item &item = items.at(j);
        switch (item.field) {
        case Field::Headline:
            headline.append(stripMarkdownInline(item.text));
            break;
        case Field::Subheadline:
            subheadline.append(stripMarkdownInline(item.text).simplified());
            break;
        case Field::Lead:
            if (leads.isEmpty()) {
                if (std::optional<DatelineParser::Dateline> found = DatelineParser::parse(item.text, order);
                    found && BlockClassifier::wordCount(found->rest) >= 3) {
                    dateline = found;
                    leads.append(found->rest);
                    break;
                }
            }
            leads.append(item.text);
            break;
        case Field::Body:
        case Field::Quote: {
            Block block = item.block;
            block.text = item.text;
            body.append(block);
            bodyItems.append(j);
            break;
        }
        case Field::Notes:
            if (!item.text.isEmpty())
                notes.append(item.text);
            break;
        case Field::Boilerplate:
            if (!item.text.isEmpty())
                boilerplate.append(item.text);
            break;
        case Field::Ignored:
            break;
        }
    }

    if (!headline.isEmpty())
        release.headline = cutHeadline(headline.join(QLatin1Char(' ')));
    else if (!page.headline.isEmpty() || !page.title.isEmpty())
        release.headline =
            cutHeadline(withoutSiteName(page.headline.isEmpty() ? page.title : page.headline, page.siteName));
    release.subheadline = subheadline.join(QLatin1Char(' '));
    release.lead = leads.join(QStringLiteral("\n\n"));

    QString language = plan->language;
    plan->dateSource = ReleasePlan::DateSource::None;
    if (dateline) {
        // "NAIROBI —" is the wire style of the city Nairobi, which is in Kenya.
        release.datelineCity = DatelinePlace::cityName(dateline->city);
        release.datelineCountry =
            dateline->country.isEmpty() ? DatelinePlace::countryOf(dateline->city) : dateline->country;
        release.releaseDate = dateline->date;
        if (release.releaseDate.isValid())
            plan->dateSource = ReleasePlan::DateSource::Dateline;
        if (language.isEmpty())
            language = dateline->language;
    }
    if (release.datelineCity.isEmpty() && plan->standalone) {
        release.datelineCity = DatelinePlace::cityName(plan->standalone->city);
        release.datelineCountry = plan->standalone->country.isEmpty() ? DatelinePlace::countryOf(plan->standalone->city)
                                                                      : plan->standalone->country;
    }
    // The date as printed near the headline, else as the page declares it; never a guess.
    if (!release.releaseDate.isValid() && plan->standalone) {
        release.releaseDate = plan->standalone->date;
        if (release.releaseDate.isValid())
            plan->dateSource = ReleasePlan::DateSource::Stamp;
    }
    if (!release.releaseDate.isValid() && plan->stampDate.isValid()) {
        release.releaseDate = plan->stampDate;
        plan->dateSource = ReleasePlan::DateSource::Stamp;
    }
    if (!release.releaseDate.isValid() && !page.published.isEmpty()) {
        release.releaseDate = declaredDate(page.published, order);
        if (release.releaseDate.isValid())
            plan->dateSource = ReleasePlan::DateSource::Page;
    }

    if (!plan->embargoLine.isEmpty()) {
        if (const std::optional<EmbargoParser::Embargo> embargo =
                EmbargoParser::parse(plan->embargoLine, release.datelineCity, order)) {
            release.embargoUntil = embargo->until;
            release.embargoTimeZone = embargo->timeZone;
        }
    }

    // Quotes: paragraphs that are quoted speech leave the body for the quote list.
    QList<bool> consumed(body.size(), false);
    QList<std::pair<qsizetype, qsizetype>> sources;
    const QString context =
        release.headline + QStringLiteral("\n\n") + release.subheadline + QStringLiteral("\n\n") + release.lead;
    const ProposedQuote *statement = isSpeakerNamed(plan->statement) ? &plan->statement : nullptr;
    QList<ProposedQuote> found =
        QuoteFinder::find(&body, context, release.lead, knownSpeakers, &consumed, &sources, statement);
    // What the user put in the body stays there; what they made a quote is one.
    QList<std::pair<qsizetype, ProposedQuote>> quotes; // first body block, quote
    for (qsizetype q = 0; q < found.size(); ++q) {
        const auto [first, last] = sources.at(q);
        const ReleasePlan::Item &origin = items.at(bodyItems.at(first));
        if (origin.manual && origin.field == Field::Body) {
            for (qsizetype k = first; k <= last; ++k) {
                consumed[k] = false;
                body[k].text = items.at(bodyItems.at(k)).text;
            }
            continue;
        }
        quotes.append({ first, found.at(q) });
        for (qsizetype k = first; k <= last; ++k) {
            ReleasePlan::Item &item = items[bodyItems.at(k)];
            if (!item.manual) {
                item.field = Field::Quote;
                item.confidence = found.at(q).speaker.isNone() ? (found.at(q).attribution.isEmpty() ? 0.4 : 0.6) : 0.85;
            }
        }
    }
    QSet<qsizetype> origins;
    for (const auto &quote : std::as_const(quotes))
        origins.insert(quote.first);
    for (qsizetype k = 0; k < body.size(); ++k) {
        ReleasePlan::Item &item = items[bodyItems.at(k)];
        const bool origin =
            std::any_of(quotes.cbegin(), quotes.cend(), [k](const auto &quote) { return quote.first == k; });
        if (!item.manual && item.field == Field::Quote && !consumed.at(k) && !origin) {
            item.field = Field::Body;
            item.confidence = 0.8;
        }
        if (item.manual && item.field == Field::Quote && !consumed.at(k) && !origin) {
            ProposedQuote quote = statement ? *statement : ProposedQuote();
            QString words = item.text.trimmed();
            const QList<AttributionParser::Span> spans = AttributionParser::quoteSpans(words);
            if (spans.size() == 1 && spans.constFirst().open == 0 && spans.constFirst().close > 0)
                words = words.mid(1, spans.constFirst().close - 1).trimmed();
            quote.text = words;
            consumed[k] = true;
            quotes.append({ k, quote });
        }
    }
    std::stable_sort(quotes.begin(), quotes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &quote : std::as_const(quotes))
        record.quotes.append(quote.second);

    QStringList bodyText;
    for (qsizetype j = 0; j < body.size(); ++j) {
        if (!consumed.at(j))
            bodyText.append(blockMarkdown(body.at(j)));
    }
    release.body = bodyText.join(QStringLiteral("\n\n"));
    release.boilerplate = boilerplate.join(QStringLiteral("\n\n"));
    release.notesToEditors = notes.join(QStringLiteral("\n\n"));
    // The article's words, not the site's menus, tell its language when the page declares
    // none, or declares one its letters or words clearly contradict.
    QStringList article = { release.headline, release.subheadline, release.lead, release.body, release.boilerplate };
    for (const ProposedQuote &quote : std::as_const(record.quotes))
        article.append(quote.text);
    release.language = LanguageGuesser::decide(language, article.join(QLatin1Char(' ')));
    release.status = ReleaseStatus::Draft;
    if (release.headline.isEmpty())
        release.headline = cutHeadline(release.lead.isEmpty() ? QString() : release.lead.left(120));
    plan->record = record;
}

ImportRecord ReleaseTextParser::parse(const QString &text, ImportFormat format, const QList<Speaker> &knownSpeakers)
{
    return plan(text, format, knownSpeakers).record;
}

} // namespace pressdesk
