#include "releasetextparser.h"

#include "blockclassifier.h"
#include "datelineparser.h"
#include "embargoparser.h"
#include "htmlarticleextractor.h"
#include "i18n/datelineplace.h"
#include "importlimits.h"
#include "quotefinder.h"
#include "textfolding.h"

#include <QRegularExpression>
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

// "Seed bank doubles its collection | Ministry of Agriculture": the site's name goes.
QString withoutSiteName(const QString &title)
{
    static const QRegularExpression site(QStringLiteral("\\s+[|–—-]\\s+[^|–—]{2,60}$"));
    QString cut = title;
    cut.remove(site);
    return cut.simplified();
}

// A page that says "en-US" writes numeric dates month first.
DateTextParser::Order orderOf(const QString &declaredLanguage)
{
    const QString tag = declaredLanguage.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    return tag == QLatin1String("en-us") || tag == QLatin1String("en-ph") ? DateTextParser::Order::MonthFirst
                                                                          : DateTextParser::Order::DayFirst;
}

QString languageCode(const QString &declared)
{
    const QString code = declared.left(2).toLower();
    static const QStringList known = { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
        QStringLiteral("pt") };
    return known.contains(code) && (declared.size() == 2 || !declared.at(2).isLetter()) ? code : QString();
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
    const QString declared = TextFolding::fold(withoutSiteName(page.headline.isEmpty() ? page.title : page.headline));
    for (qsizetype j = 0; j < all.size(); ++j) {
        if (all.at(j).kind != Block::Heading1)
            continue;
        if (h1 < 0 || TextFolding::fold(all.at(j).text) == declared)
            h1 = j;
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
        if (isFurniture(block)) {
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
    return layout;
}

} // namespace

QString ReleaseTextParser::guessLanguage(const QString &text)
{
    const QStringList words = TextFolding::fold(text.left(20000)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList en = { QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("of"),
        QStringLiteral("to"), QStringLiteral("said"), QStringLiteral("is"), QStringLiteral("will"),
        QStringLiteral("with") };
    static const QStringList es = { QStringLiteral("el"), QStringLiteral("los"), QStringLiteral("las"),
        QStringLiteral("y"), QStringLiteral("del"), QStringLiteral("por"), QStringLiteral("una"), QStringLiteral("con"),
        QStringLiteral("al"), QStringLiteral("su"), QStringLiteral("es"), QStringLiteral("hoy") };
    static const QStringList fr = { QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("et"),
        QStringLiteral("des"), QStringLiteral("du"), QStringLiteral("est"), QStringLiteral("une"),
        QStringLiteral("pour") };
    // Folded: "não" is "nao", "à" is "a"; "e" (and) is rare in Spanish.
    static const QStringList pt = { QStringLiteral("os"), QStringLiteral("da"), QStringLiteral("do"),
        QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("em"), QStringLiteral("uma"),
        QStringLiteral("nao"), QStringLiteral("e"), QStringLiteral("com") };
    int scoreEn = 0;
    int scoreEs = 0;
    int scoreFr = 0;
    int scorePt = 0;
    for (const QString &word : words) {
        scoreEn += en.contains(word) ? 1 : 0;
        scoreEs += es.contains(word) ? 1 : 0;
        scoreFr += fr.contains(word) ? 1 : 0;
        scorePt += pt.contains(word) ? 1 : 0;
    }
    const int best = qMax(qMax(scoreEn, scoreEs), qMax(scoreFr, scorePt));
    if (best == 0 || scoreEn == best)
        return QStringLiteral("en");
    if (scoreEs == best)
        return QStringLiteral("es");
    if (scoreFr == best)
        return QStringLiteral("fr");
    return QStringLiteral("pt");
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

ImportRecord ReleaseTextParser::parse(const QString &text, ImportFormat format, const QList<Speaker> &knownSpeakers)
{
    ImportRecord record;
    record.entity = Entity::Release;
    record.originalText = text;
    record.originalFormat = ImportFormats::key(format == ImportFormat::Auto ? ImportFormat::Text : format);
    Release &release = record.release;

    Page page;
    QList<Block> all = blocks(text, format, &page);
    if (all.size() > ImportLimits::maxRecords)
        all.resize(ImportLimits::maxRecords);
    const DateTextParser::Order order = orderOf(page.language);
    const Layout layout = locate(all, page, order);

    if (layout.headline >= 0) {
        QStringList lines;
        for (qsizetype j = layout.headline; j <= layout.headlineEnd; ++j)
            lines.append(stripMarkdownInline(all.at(j).text));
        release.headline = cutHeadline(lines.join(QLatin1Char(' ')));
    } else if (!page.headline.isEmpty() || !page.title.isEmpty()) {
        release.headline = cutHeadline(withoutSiteName(page.headline.isEmpty() ? page.title : page.headline));
    }
    if (layout.subheadline >= 0)
        release.subheadline = stripMarkdownInline(all.at(layout.subheadline).text).simplified();

    QString language = languageCode(page.language);
    if (layout.dateline) {
        // "NAIROBI —" is the wire style of the city Nairobi, which is in Kenya.
        release.datelineCity = DatelinePlace::cityName(layout.dateline->city);
        release.datelineCountry = layout.dateline->country.isEmpty() ? DatelinePlace::countryOf(layout.dateline->city)
                                                                     : layout.dateline->country;
        release.releaseDate = layout.dateline->date;
        if (language.isEmpty())
            language = layout.dateline->language;
        release.lead = layout.dateline->rest;
    } else if (layout.lead >= 0) {
        release.lead = all.at(layout.lead).text;
    }
    if (release.datelineCity.isEmpty() && layout.standalone) {
        release.datelineCity = DatelinePlace::cityName(layout.standalone->city);
        release.datelineCountry = layout.standalone->country.isEmpty()
            ? DatelinePlace::countryOf(layout.standalone->city)
            : layout.standalone->country;
    }
    // The date as printed near the headline, else as the page declares it; never a guess.
    if (!release.releaseDate.isValid() && layout.standalone)
        release.releaseDate = layout.standalone->date;
    if (!release.releaseDate.isValid())
        release.releaseDate = layout.stampDate;
    if (!release.releaseDate.isValid() && !page.published.isEmpty())
        release.releaseDate = DateTextParser::parse(page.published.left(10), order).date;

    if (!layout.embargoLine.isEmpty()) {
        if (const std::optional<EmbargoParser::Embargo> embargo =
                EmbargoParser::parse(layout.embargoLine, release.datelineCity, order)) {
            release.embargoUntil = embargo->until;
            release.embargoTimeZone = embargo->timeZone;
        }
    }

    // Body up to the end mark or the closing sections, which count only once the article
    // has begun; furniture after the article is dropped.
    QList<Block> body;
    // What stands between the headline and the lead and is neither subheadline, stamp nor
    // furniture (a caption, a summary) opens the body, so no word of the article is lost.
    for (qsizetype i = layout.headlineEnd + 1; layout.headline >= 0 && i < layout.lead; ++i) {
        const Block &block = all.at(i);
        if (i != layout.subheadline && !isFurniture(block) && !isStamp(block.text, order))
            body.append(block);
    }
    QStringList boilerplate;
    QStringList notes;
    enum class Section { Body, About, Contact } section = Section::Body;
    for (qsizetype i = layout.lead < 0 ? qMax<qsizetype>(layout.headlineEnd + 1, 0) : layout.lead + 1; i < all.size();
         ++i) {
        const Block &block = all.at(i);
        if (i == layout.subheadline)
            continue;
        if (!block.lines.isEmpty() && BlockClassifier::isEndOfArticle(block.lines.constFirst()))
            break;
        if (isFurniture(block))
            continue;
        if (BlockClassifier::isEndOfArticle(block.text))
            break;
        QString inlineAbout;
        if (BlockClassifier::isEndMark(block.text)) {
            if (section == Section::Body)
                section = Section::About; // what follows the end mark is not the story
            continue;
        }
        if (BlockClassifier::isAboutHeading(block.text, &inlineAbout)
            && (block.kind != Block::Paragraph || block.text.size() < 140 || !inlineAbout.isEmpty())) {
            section = Section::About;
            if (!inlineAbout.isEmpty())
                boilerplate.append(inlineAbout);
            continue;
        }
        if (BlockClassifier::isContactHeading(block.text)) {
            section = Section::Contact;
            notes.append(block.text);
            continue;
        }
        switch (section) {
        case Section::Body:
            body.append(block);
            break;
        case Section::About:
            boilerplate.append(block.text);
            break;
        case Section::Contact:
            notes.append(block.text);
            break;
        }
    }
    if (release.lead.isEmpty() && !body.isEmpty() && body.constFirst().kind == Block::Paragraph)
        release.lead = body.takeFirst().text;

    // Quotes: paragraphs that are quoted speech leave the body for the quote list.
    QList<bool> consumed(body.size(), false);
    const QString context =
        release.headline + QStringLiteral("\n\n") + release.subheadline + QStringLiteral("\n\n") + release.lead;
    record.quotes = QuoteFinder::find(&body, context, release.lead, knownSpeakers, &consumed);
    QStringList bodyText;
    for (qsizetype j = 0; j < body.size(); ++j) {
        if (!consumed.at(j))
            bodyText.append(blockMarkdown(body.at(j)));
    }
    release.body = bodyText.join(QStringLiteral("\n\n"));
    release.boilerplate = boilerplate.join(QStringLiteral("\n\n"));
    release.notesToEditors = notes.join(QStringLiteral("\n\n"));
    if (language.isEmpty()) {
        // The article's words, not the site's menus, tell its language.
        QStringList article = { release.headline, release.subheadline, release.lead, release.body,
            release.boilerplate };
        for (const ProposedQuote &quote : std::as_const(record.quotes))
            article.append(quote.text);
        language = guessLanguage(article.join(QLatin1Char(' ')));
    }
    release.language = language;
    release.status = ReleaseStatus::Draft;
    if (release.headline.isEmpty())
        release.headline = cutHeadline(release.lead.isEmpty() ? QString() : release.lead.left(120));
    return record;
}

} // namespace pressdesk
