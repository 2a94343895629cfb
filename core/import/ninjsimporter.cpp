#include "ninjsimporter.h"

#include "datelineparser.h"
#include "htmlmarkdownconverter.h"
#include "htmltokenizer.h"
#include "importlimits.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace pressdesk {

namespace {

int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return 1 + static_cast<int>(bytes.left(offset).count('\n'));
}

// The deepest nesting outside strings, stopping early past the limit.
int nesting(const QByteArray &bytes, qsizetype *where)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = qMax(deepest, ++depth);
            if (deepest > ImportLimits::maxJsonDepth) {
                *where = i;
                return deepest;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

QDateTime instant(const QJsonValue &value)
{
    QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(value.toString(), Qt::ISODate);
    return moment.isValid() ? moment.toUTC() : QDateTime();
}

QString valueByRole(const QJsonArray &array, const QString &role)
{
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("role")).toString() == role)
            return object.value(QLatin1String("value")).toString();
    }
    return {};
}

QString bodyOfType(const QJsonArray &bodies, const QString &type)
{
    for (const QJsonValue &value : bodies) {
        const QJsonObject body = value.toObject();
        const QString role = body.value(QLatin1String("role")).toString();
        if (body.value(QLatin1String("contenttype")).toString() == type
            && (role.isEmpty() || role == QLatin1String("main")))
            return body.value(QLatin1String("value")).toString();
    }
    return {};
}

QString plainText(const QString &html)
{
    QString text;
    for (const HtmlToken &token : HtmlTokenizer::tokenize(html)) {
        if (token.kind == HtmlToken::Text)
            text += token.text;
    }
    return text;
}

ProposedSpeaker person(const QJsonObject &object)
{
    ProposedSpeaker speaker;
    speaker.fullName = object.value(QLatin1String("name")).toString().trimmed();
    const QJsonArray info = object.value(QLatin1String("contactinfo")).toArray();
    for (const QJsonValue &value : info) {
        const QJsonObject entry = value.toObject();
        const QString type = entry.value(QLatin1String("type")).toString();
        const QString text = entry.value(QLatin1String("value")).toString();
        if (type == QLatin1String("jobtitle") && speaker.title.isEmpty())
            speaker.title = text;
        else if (type == QLatin1String("email") && speaker.email.isEmpty())
            speaker.email = text;
        else if (type == QLatin1String("phone") && speaker.phone.isEmpty())
            speaker.phone = text;
    }
    return speaker;
}

// The exported story: "<p><strong>DATELINE</strong> — lead</p>", the body with quote
// block quotes ("“text”" then "— byline") after its first paragraph. Returns the body
// without the lead paragraph and the quotes, which go to quotes as (text, byline).
QString splitStory(const QString &html, const QString &lead, QList<QPair<QString, QString>> &quotes, QString *dateline)
{
    QString rest = html;
    static const QRegularExpression firstParagraph(
        QStringLiteral("^\\s*<p>(.*?)</p>\\s*"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch first = firstParagraph.match(rest);
    if (first.hasMatch()) {
        QString text = plainText(first.captured(1)).trimmed();
        const qsizetype dash = text.indexOf(QStringLiteral(" — "));
        const bool isLead = text == lead.trimmed()
            || (first.captured(1).startsWith(QLatin1String("<strong>")) && dash >= 0
                && text.mid(dash + 3) == lead.trimmed());
        if (isLead && !lead.isEmpty()) {
            rest = rest.mid(first.capturedEnd());
            if (dash >= 0)
                *dateline = text.left(dash);
        }
    }
    static const QRegularExpression quoteBlock(
        QStringLiteral("<blockquote><p>“(.*?)”</p><p>— (.*?)</p></blockquote>\\n?"),
        QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatchIterator it = quoteBlock.globalMatch(rest);
    QString body;
    qsizetype position = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        body += rest.mid(position, m.capturedStart() - position);
        position = m.capturedEnd();
        quotes.append({ HtmlTokenizer::decodeEntities(m.captured(1)), HtmlTokenizer::decodeEntities(m.captured(2)) });
    }
    body += rest.mid(position);
    return HtmlMarkdownConverter::toMarkdown(body);
}

} // namespace

ImportRecord NinjsImporter::fromItem(const QJsonObject &item)
{
    ImportRecord record;
    record.entity = Entity::Release;
    Release &release = record.release;
    const QString uri = item.value(QLatin1String("uri")).toString().trimmed();
    if (!uri.isEmpty()) {
        record.externalScheme = QStringLiteral("ninjs");
        record.externalId = uri;
        static const QRegularExpression uuid(QStringLiteral("^urn:uuid:([0-9a-fA-F-]{36})$"));
        if (const QRegularExpressionMatch m = uuid.match(uri); m.hasMatch())
            release.uuid = m.captured(1).toLower();
    }
    const int version = item.value(QLatin1String("version")).toString().toInt();
    release.version = qBound(0, version - 1, 1000000); // the save raises it back
    release.language = item.value(QLatin1String("language")).toString(QStringLiteral("en"));
    if (release.language.isEmpty())
        release.language = QStringLiteral("en");

    const QJsonValue headlines = item.value(QLatin1String("headlines"));
    if (headlines.isArray()) {
        release.headline = valueByRole(headlines.toArray(), QStringLiteral("main"));
        release.subheadline = valueByRole(headlines.toArray(), QStringLiteral("subhead"));
        if (release.headline.isEmpty() && !headlines.toArray().isEmpty())
            release.headline = headlines.toArray().at(0).toObject().value(QLatin1String("value")).toString();
    } else {
        release.headline = item.value(QLatin1String("headline")).toString(); // ninjs 1.x
    }
    const QJsonValue descriptions = item.value(QLatin1String("descriptions"));
    if (descriptions.isArray())
        release.lead = valueByRole(descriptions.toArray(), QStringLiteral("summary"));
    else
        release.lead = item.value(QLatin1String("description_text")).toString();

    const QString located = item.value(QLatin1String("located")).toString();
    const qsizetype comma = located.indexOf(QStringLiteral(", "));
    release.datelineCity = comma < 0 ? located : located.left(comma);
    release.datelineCountry = comma < 0 ? QString() : located.mid(comma + 2);

    const QString pubstatus = item.value(QLatin1String("pubstatus")).toString();
    const QDateTime contentCreated = instant(item.value(QLatin1String("contentcreated")));
    if (contentCreated.isValid())
        release.releaseDate = contentCreated.date();
    if (pubstatus == QLatin1String("usable")) {
        release.status = ReleaseStatus::Published;
        if (contentCreated.isValid() && contentCreated.time() != QTime(0, 0))
            release.publishedAt = contentCreated;
    } else if (pubstatus == QLatin1String("canceled")) {
        release.status = ReleaseStatus::Archived;
    }
    const QDateTime embargo = instant(item.value(QLatin1String("embargoed")));
    if (embargo.isValid()) {
        release.embargoUntil = embargo;
        release.embargoTimeZone = QStringLiteral("UTC");
    }

    const QJsonArray subjects = item.value(QLatin1String("subjects")).toArray();
    for (const QJsonValue &value : subjects) {
        const QJsonObject subject = value.toObject();
        if (subject.value(QLatin1String("rel")).toString() != QLatin1String("keyword"))
            continue;
        const QString tag =
            subject.value(QLatin1String("literal")).toString(subject.value(QLatin1String("name")).toString());
        if (!tag.isEmpty() && !release.tags.contains(tag))
            release.tags.append(tag);
    }
    release.author = item.value(QLatin1String("by")).toString(item.value(QLatin1String("byline")).toString());
    release.notesToEditors = item.value(QLatin1String("ednote")).toString();
    const QJsonArray organisations = item.value(QLatin1String("organisations")).toArray();
    for (const QJsonValue &value : organisations) {
        const QJsonObject organisation = value.toObject();
        if (organisation.value(QLatin1String("rel")).toString() == QLatin1String("issuer"))
            record.issuerName = organisation.value(QLatin1String("name")).toString();
    }
    const QJsonArray events = item.value(QLatin1String("events")).toArray();
    for (const QJsonValue &value : events) {
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            record.eventNames.append(name);
    }

    QList<ProposedSpeaker> quoted;
    const QJsonArray people = item.value(QLatin1String("people")).toArray();
    for (const QJsonValue &value : people) {
        const QJsonObject object = value.toObject();
        const ProposedSpeaker speaker = person(object);
        if (speaker.fullName.isEmpty())
            continue;
        if (object.value(QLatin1String("rel")).toString() == QLatin1String("mediacontact"))
            record.contacts.append(speaker);
        else
            quoted.append(speaker);
    }

    const QJsonArray bodies = item.value(QLatin1String("bodies")).toArray();
    QString html = bodyOfType(bodies, QStringLiteral("text/html"));
    if (html.isEmpty())
        html = item.value(QLatin1String("body_html")).toString();
    QList<QPair<QString, QString>> quotes;
    if (!html.isEmpty()) {
        QString dateline;
        release.body = splitStory(html, release.lead, quotes, &dateline);
        // The printed dateline carries the release date when contentcreated is the
        // publication time: "SAN JOSÉ, Costa Rica, 15 July 2026".
        const QStringList parts = dateline.split(QStringLiteral(", "));
        for (qsizetype take = 1; take <= 2 && take <= parts.size(); ++take) {
            const QDate date = DatelineParser::parseDate(parts.mid(parts.size() - take).join(QStringLiteral(", ")));
            if (date.isValid()) {
                release.releaseDate = date;
                break;
            }
        }
    } else {
        QString plain = bodyOfType(bodies, QStringLiteral("text/plain"));
        if (plain.isEmpty())
            plain = item.value(QLatin1String("body_text")).toString();
        QStringList paragraphs = plain.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        if (!paragraphs.isEmpty() && !release.lead.isEmpty() && paragraphs.constFirst().contains(release.lead.left(40)))
            paragraphs.removeFirst();
        release.body = paragraphs.join(QStringLiteral("\n\n"));
    }
    for (const auto &[text, byline] : std::as_const(quotes)) {
        ProposedQuote quote;
        quote.text = text;
        // The byline is "NAME, ATTRIBUTION": the longest quoted name it starts with.
        qsizetype best = -1;
        for (qsizetype i = 0; i < quoted.size(); ++i) {
            const QString &name = quoted.at(i).fullName;
            if ((byline == name || byline.startsWith(name + QStringLiteral(", ")))
                && (best < 0 || name.size() > quoted.at(best).fullName.size()))
                best = i;
        }
        if (best >= 0) {
            quote.speaker = quoted.at(best);
            quote.attribution = byline.mid(quote.speaker.fullName.size() + 2);
        } else {
            const qsizetype split = byline.indexOf(QStringLiteral(", "));
            quote.speaker.fullName = split < 0 ? byline : byline.left(split);
            quote.attribution = split < 0 ? QString() : byline.mid(split + 2);
            quote.speaker.title = quote.attribution;
        }
        record.quotes.append(quote);
    }
    return record;
}

NinjsImporter::Result NinjsImporter::read(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        result.error = decoded.error;
        result.line = 1;
        return result;
    }
    const QByteArray utf8 = decoded.text.toUtf8();
    qsizetype deep = 0;
    if (nesting(utf8, &deep) > ImportLimits::maxJsonDepth) {
        result.error = QCoreApplication::translate("Import", "The JSON is nested more than %1 levels deep.")
                           .arg(ImportLimits::maxJsonDepth);
        result.line = lineOf(utf8, deep);
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate("Import", "This is not valid JSON: %1.").arg(error.errorString());
        result.line = lineOf(utf8, error.offset);
        return result;
    }
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else
        items.append(document.object());
    if (items.size() > ImportLimits::maxRecords) {
        result.error =
            QCoreApplication::translate("Import", "The file holds more than %1 items.").arg(ImportLimits::maxRecords);
        return result;
    }
    // Line numbers: where each top-level item starts.
    QList<int> lines;
    {
        int depth = 0;
        bool inString = false;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const char c = utf8.at(i);
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (c == '{' && depth == (document.isArray() ? 1 : 0))
                    lines.append(lineOf(utf8, i));
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
            }
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            result.error = QCoreApplication::translate("Import", "Item %1 is not a JSON object.").arg(i + 1);
            result.line = lines.value(i, 1);
            result.records.clear();
            return result;
        }
        ImportRecord record = fromItem(items.at(i).toObject());
        record.file = fileName;
        record.line = lines.value(i, 1);
        result.records.append(record);
    }
    return result;
}

} // namespace pressdesk
