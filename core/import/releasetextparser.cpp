#include "releasetextparser.h"

#include "attributionparser.h"
#include "datelineparser.h"
#include "htmlarticleextractor.h"
#include "i18n/datelineplace.h"
#include "importlimits.h"
#include "textfolding.h"

#include <QRegularExpression>
#include <QStringList>

namespace pressdesk {

namespace {

using Block = ReleaseTextParser::Block;

bool isReleaseLine(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral("^(for immediate release|immediate release|press release|news release|media release|"
                       "embargoed until.*|embargo.*|comunicado de prensa|comunicado|nota de prensa|"
                       "para (su )?(publicaci[oó]n|difusi[oó]n) inmediata|publicaci[oó]n inmediata|"
                       "communiqu[ée] de presse|communiqu[ée]|pour (diffusion|publication) imm[ée]diate|"
                       "diffusion imm[ée]diate)[.:]?$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 120 && line.match(text.trimmed()).hasMatch();
}

bool isEndMark(const QString &text)
{
    static const QRegularExpression mark(
        QStringLiteral("^[-–—\\s]*(###|# # #|30|fin|end|-30-)[-–—\\s]*$"), QRegularExpression::CaseInsensitiveOption);
    return text.size() < 20 && mark.match(text.trimmed()).hasMatch();
}

// "About Acme" as a heading, or "About Acme: Acme is …" inline; returns the inline text.
bool isAboutHeading(const QString &text, QString *inlineText)
{
    static const QRegularExpression about(
        QStringLiteral("^(about|acerca de|sobre|à propos d[eu]s?|a propos d[eu]s?|à propos de l[’']|qui "
                       "sommes-nous)\\b\\s*([^:\\n]{0,120})(:\\s*(.*))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = about.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    if (m.captured(3).isEmpty() && (text.size() > 100 || text.trimmed().endsWith(QLatin1Char('.'))))
        return false;
    if (inlineText)
        *inlineText = m.captured(4).trimmed();
    return true;
}

bool isContactHeading(const QString &text)
{
    static const QRegularExpression contact(
        QStringLiteral(
            "^(for (more|further) information|more information|media contacts?|press contacts?|media enquiries|"
            "media inquiries|contacts?|para (más|mayor) informaci[oó]n|m[aá]s informaci[oó]n|contactos?( de prensa)?|"
            "prensa|pour (plus d['’]informations|tout renseignement|en savoir plus)|contacts? (presse|m[ée]dias)|"
            "notes? (to|for) editors|nota(s)? (para|a) (los )?editores|notes? aux r[ée]dactions)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 400 && contact.match(text.trimmed()).hasMatch();
}

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

} // namespace

QString ReleaseTextParser::guessLanguage(const QString &text)
{
    const QStringList words = TextFolding::fold(text.left(20000)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList en = { QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("of"),
        QStringLiteral("to"), QStringLiteral("said"), QStringLiteral("is"), QStringLiteral("will"),
        QStringLiteral("with") };
    static const QStringList es = { QStringLiteral("el"), QStringLiteral("los"), QStringLiteral("las"),
        QStringLiteral("que"), QStringLiteral("y"), QStringLiteral("del"), QStringLiteral("por"),
        QStringLiteral("una") };
    static const QStringList fr = { QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("et"),
        QStringLiteral("des"), QStringLiteral("du"), QStringLiteral("est"), QStringLiteral("une"),
        QStringLiteral("pour") };
    int scoreEn = 0;
    int scoreEs = 0;
    int scoreFr = 0;
    for (const QString &word : words) {
        scoreEn += en.contains(word) ? 1 : 0;
        scoreEs += es.contains(word) ? 1 : 0;
        scoreFr += fr.contains(word) ? 1 : 0;
    }
    if (scoreEs > scoreEn && scoreEs >= scoreFr)
        return QStringLiteral("es");
    if (scoreFr > scoreEn && scoreFr > scoreEs)
        return QStringLiteral("fr");
    return QStringLiteral("en");
}

QList<Block> ReleaseTextParser::blocks(const QString &input, ImportFormat format, QString *pageTitle)
{
    QList<Block> result;
    if (format == ImportFormat::Html) {
        const HtmlArticleExtractor::Result page = HtmlArticleExtractor::extract(input);
        if (pageTitle)
            *pageTitle = page.title;
        for (const HtmlArticleExtractor::Block &block : page.blocks)
            result.append({ static_cast<Block::Kind>(block.kind), block.text });
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
                QStringList parts;
                for (const QString &line : std::as_const(lines))
                    parts.append(line);
                const QString joined = parts.join(QLatin1Char('\n'));
                for (const QString &piece : joined.split(blankLines, Qt::SkipEmptyParts))
                    result.append({ Block::Quote, stripMarkdownInline(piece.simplified()) });
                continue;
            }
            block.text = paragraph;
            result.append(block);
            continue;
        }
        // Plain text: wrapped lines join into one paragraph; a heading line on top of its
        // paragraph ("About …", "For more information") stands apart.
        const qsizetype firstBreak = paragraph.indexOf(QLatin1Char('\n'));
        if (firstBreak > 0) {
            const QString first = paragraph.left(firstBreak).trimmed();
            if (isAboutHeading(first, nullptr) || isContactHeading(first)) {
                result.append({ Block::Paragraph, first });
                paragraph = paragraph.mid(firstBreak + 1).trimmed();
            }
        }
        block.text = paragraph.simplified();
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

    QString pageTitle;
    QList<Block> all = blocks(text, format, &pageTitle);
    if (all.size() > ImportLimits::maxRecords)
        all.resize(ImportLimits::maxRecords);
    qsizetype i = 0;
    while (i < all.size() && isReleaseLine(all.at(i).text))
        ++i;

    // Headline: a level-one heading near the top, else the first block.
    qsizetype headlineIndex = -1;
    for (qsizetype j = i; j < all.size() && j < i + 6; ++j) {
        if (all.at(j).kind == Block::Heading1) {
            headlineIndex = j;
            break;
        }
    }
    if (headlineIndex < 0 && i < all.size() && !DatelineParser::parse(all.at(i).text))
        headlineIndex = i;
    if (headlineIndex >= 0) {
        release.headline = cutHeadline(stripMarkdownInline(all.at(headlineIndex).text));
        i = headlineIndex + 1;
    } else if (!pageTitle.isEmpty()) {
        release.headline = cutHeadline(pageTitle);
    }
    while (i < all.size() && isReleaseLine(all.at(i).text))
        ++i;

    // Subheadline: a second-level heading, or a short line right before the dateline.
    if (i < all.size()) {
        const Block &next = all.at(i);
        const bool heading = next.kind == Block::Heading2 || next.kind == Block::Heading3;
        const bool beforeDateline = i + 1 < all.size() && next.text.size() <= 300 && !DatelineParser::parse(next.text)
            && DatelineParser::parse(all.at(i + 1).text).has_value() && next.kind == Block::Paragraph;
        if ((heading || beforeDateline) && !isAboutHeading(next.text, nullptr) && !isContactHeading(next.text)) {
            release.subheadline = stripMarkdownInline(next.text).simplified();
            ++i;
        }
    }
    // Dateline and lead.
    QString language;
    if (i < all.size()) {
        if (const std::optional<DatelineParser::Dateline> dateline = DatelineParser::parse(all.at(i).text)) {
            // "NAIROBI —" is the wire style of the city Nairobi, which is in Kenya.
            release.datelineCity = DatelinePlace::cityName(dateline->city);
            release.datelineCountry =
                dateline->country.isEmpty() ? DatelinePlace::countryOf(dateline->city) : dateline->country;
            release.releaseDate = dateline->date;
            language = dateline->language;
            release.lead = dateline->rest;
            ++i;
        }
    }

    // Body up to the end mark or the closing sections.
    QList<Block> body;
    QStringList boilerplate;
    QStringList notes;
    enum class Section { Body, About, Contact } section = Section::Body;
    for (; i < all.size(); ++i) {
        const Block &block = all.at(i);
        QString inlineAbout;
        if (isEndMark(block.text)) {
            if (section == Section::Body)
                section = Section::About; // what follows the end mark is not the story
            continue;
        }
        if (isAboutHeading(block.text, &inlineAbout)
            && (block.kind != Block::Paragraph || block.text.size() < 140 || !inlineAbout.isEmpty())) {
            section = Section::About;
            if (!inlineAbout.isEmpty())
                boilerplate.append(inlineAbout);
            continue;
        }
        if (isContactHeading(block.text)) {
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
    QList<ProposedSpeaker> named; // speakers named in this release, for later references
    QList<QString> namedAttribution;
    QList<bool> consumed(body.size(), false);
    const auto matchKnown = [&](const QString &name) -> qint64 {
        const QString key = TextFolding::fold(name);
        for (const Speaker &speaker : knownSpeakers) {
            if (TextFolding::fold(speaker.fullName) == key)
                return speaker.id;
        }
        return 0;
    };
    for (qsizetype j = 0; j < body.size(); ++j) {
        const Block &block = body.at(j);
        if (block.kind != Block::Paragraph && block.kind != Block::Quote)
            continue;
        QString candidate = block.text;
        qsizetype last = j;
        const QList<AttributionParser::Span> spans = AttributionParser::quoteSpans(candidate);
        if (!spans.isEmpty() && spans.constLast().close < 0 && spans.constFirst().open == 0) {
            // A quote over several paragraphs: each opens with a quote mark, only the last closes.
            for (qsizetype k = j + 1; k < body.size() && k < j + 12; ++k) {
                QString next = body.at(k).text;
                if (!next.isEmpty() && AttributionParser::isOpeningMark(next.at(0)))
                    next.remove(0, 1);
                candidate += QStringLiteral("\n\n") + next.trimmed();
                last = k;
                const QList<AttributionParser::Span> joined = AttributionParser::quoteSpans(candidate);
                if (!joined.isEmpty() && joined.constFirst().close > 0)
                    break;
            }
        }
        std::optional<AttributionParser::Attribution> found = AttributionParser::parse(candidate);
        // A block quote followed by "— NAME, TITLE" (how Pressdesk and many sites print quotes).
        if (!found && j + 1 < body.size()) {
            const QString next = body.at(j + 1).text.trimmed();
            if (!next.isEmpty()
                && (next.at(0) == QChar(0x2014) || next.at(0) == QChar(0x2013) || next.startsWith(QLatin1String("- ")))
                && next.size() < 300
                && (block.kind == Block::Quote || AttributionParser::isOpeningMark(candidate.at(0)))) {
                AttributionParser::Attribution byline;
                QString words = candidate.trimmed();
                if (!words.isEmpty() && AttributionParser::isOpeningMark(words.at(0)))
                    words.remove(0, 1);
                while (!words.isEmpty()
                    && (words.endsWith(QChar(0x201D)) || words.endsWith(QLatin1Char('"'))
                        || words.endsWith(QChar(0x00BB))))
                    words.chop(1);
                byline.quote = words.trimmed();
                AttributionParser::describeSubject(next.mid(1), byline);
                if (!byline.name.isEmpty()) {
                    found = byline;
                    last = j + 1;
                }
            }
        }
        if (!found || found->quote.isEmpty())
            continue;
        ProposedQuote quote;
        quote.text = found->quote;
        if (!found->name.isEmpty()) {
            const QString key = TextFolding::fold(found->name);
            qsizetype index = -1;
            for (qsizetype n = 0; n < named.size(); ++n) {
                if (TextFolding::fold(named.at(n).fullName) == key)
                    index = n;
            }
            if (index < 0) {
                ProposedSpeaker speaker;
                speaker.fullName = found->name;
                speaker.title = found->title;
                speaker.organization = found->organization;
                speaker.existingId = matchKnown(found->name);
                named.append(speaker);
                namedAttribution.append(found->attribution);
                index = named.size() - 1;
            }
            quote.speaker = named.at(index);
            quote.attribution = found->attribution.isEmpty() ? namedAttribution.at(index) : found->attribution;
        } else if (!found->reference.isEmpty()) {
            for (qsizetype n = named.size() - 1; n >= 0; --n) {
                if (AttributionParser::refersTo(found->reference, named.at(n).fullName, named.at(n).title)) {
                    quote.speaker = named.at(n);
                    quote.attribution = namedAttribution.at(n);
                    break;
                }
            }
            if (quote.speaker.isNone()) {
                // A surname alone may name a known speaker, when only one fits.
                qint64 match = 0;
                int matches = 0;
                for (const Speaker &speaker : knownSpeakers) {
                    if (AttributionParser::refersTo(found->reference, speaker.fullName, QString())) {
                        match = speaker.id;
                        ++matches;
                        quote.speaker.fullName = speaker.fullName;
                        quote.speaker.title = speaker.title;
                    }
                }
                if (matches == 1)
                    quote.speaker.existingId = match;
                else
                    quote.speaker = {};
                quote.attribution = matches == 1 ? quote.speaker.title : found->reference;
            }
        }
        record.quotes.append(quote);
        for (qsizetype k = j; k <= last; ++k)
            consumed[k] = true;
        j = last;
    }
    QStringList bodyText;
    for (qsizetype j = 0; j < body.size(); ++j) {
        if (!consumed.at(j))
            bodyText.append(blockMarkdown(body.at(j)));
    }
    release.body = bodyText.join(QStringLiteral("\n\n"));
    release.boilerplate = boilerplate.join(QStringLiteral("\n\n"));
    release.notesToEditors = notes.join(QStringLiteral("\n\n"));
    release.language = language.isEmpty() ? guessLanguage(text) : language;
    release.status = ReleaseStatus::Draft;
    if (release.headline.isEmpty())
        release.headline = cutHeadline(release.lead.isEmpty() ? QString() : release.lead.left(120));
    return record;
}

} // namespace pressdesk
