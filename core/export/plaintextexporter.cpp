#include "plaintextexporter.h"

#include "markdownrenderer.h"

#include <QRegularExpression>

namespace pressdesk {

namespace {

// A block of the body may hold several lines (list items): each is wrapped on its own,
// with continuation lines under the item's text.
QString wrapBlock(const QString &block)
{
    static const QRegularExpression marker(QStringLiteral("^((?:> )*)(\\s*)((?:- |\\d+\\. )?)"));
    QStringList wrapped;
    const QStringList lines = block.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = marker.match(line);
        const QString prefix = match.captured(0);
        const QString indent =
            match.captured(1) + QString(match.captured(2).size() + match.captured(3).size(), QLatin1Char(' '));
        wrapped.append(PlainTextExporter::wrap(line.mid(prefix.size()), PlainTextExporter::width, prefix, indent));
    }
    return wrapped.join(QLatin1Char('\n'));
}

QString underlined(const QString &heading, QChar rule)
{
    return heading + QLatin1Char('\n') + QString(heading.size(), rule);
}

} // namespace

QString PlainTextExporter::wrap(const QString &text, int columns, const QString &firstPrefix, const QString &indent)
{
    QStringList lines;
    QString line = firstPrefix;
    bool lineHasWord = false;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[ \\t\\r\\n]+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (lineHasWord && line.size() + 1 + word.size() > columns) {
            lines.append(line);
            line = indent;
            lineHasWord = false;
        }
        if (lineHasWord)
            line += QLatin1Char(' ');
        line += word;
        lineHasWord = true;
    }
    lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

QString PlainTextExporter::storyText(const ReleaseParts &parts)
{
    QStringList out;
    const QString lead = parts.dateline.isEmpty() ? parts.lead : parts.dateline + QStringLiteral(" — ") + parts.lead;
    out.append(wrap(lead, width));
    const MarkdownRenderer body(parts.body);
    const auto appendBlock = [&](int index) {
        const QString text = body.text(index);
        out.append(body.isHeading(index) ? underlined(text, QLatin1Char('-')) : wrapBlock(text));
    };
    const QList<QList<int>> slots = parts.quoteSlots(body);
    for (int block = 0; block < slots.size(); ++block) {
        for (const int index : slots.at(block)) {
            const ReleaseParts::QuotePart &quote = parts.quotes.at(index);
            const QString indent(4, QLatin1Char(' '));
            out.append(wrap(QChar(0x201C) + quote.text + QChar(0x201D), width, indent, indent) + QLatin1Char('\n')
                + wrap(QStringLiteral("— ") + quote.byline, width, indent, indent + QStringLiteral("  ")));
        }
        if (block < body.blockCount())
            appendBlock(block);
    }
    return out.join(QStringLiteral("\n\n"));
}

QString PlainTextExporter::text(const ReleaseParts &parts)
{
    const ReleaseLabels &labels = parts.labels;
    QStringList out;
    if (!parts.organizationName.isEmpty()) {
        QStringList letterhead { wrap(parts.organizationName, width) };
        if (!parts.organizationAddress.isEmpty())
            letterhead.append(wrap(parts.organizationAddress, width));
        if (!parts.organizationWebsite.isEmpty())
            letterhead.append(parts.organizationWebsite);
        out.append(letterhead.join(QLatin1Char('\n')));
    }
    out.append(parts.releaseLine);
    QString title = wrap(parts.headline, width);
    if (!parts.subheadline.isEmpty())
        title += QStringLiteral("\n\n") + wrap(parts.subheadline, width);
    out.append(title);
    out.append(storyText(parts));

    for (const ReleaseParts::EventPart &event : parts.events) {
        QStringList lines { wrap(labels.event() + QStringLiteral(": ") + event.name, width, {}, QStringLiteral("  ")) };
        const auto row = [&](const QString &label, const QString &value) {
            if (!value.isEmpty())
                lines.append(
                    wrap(label + QStringLiteral(": ") + value, width, QStringLiteral("  "), QStringLiteral("    ")));
        };
        row(labels.when(), event.dates);
        row(labels.formatLabel(), event.format);
        row(labels.where(), event.place);
        row(labels.link(), event.link);
        out.append(lines.join(QLatin1Char('\n')));
    }

    out.append(QString((width - ReleaseParts::endMark().size()) / 2, QLatin1Char(' ')) + ReleaseParts::endMark());

    const auto section = [&](const QString &heading, const QString &text) {
        QStringList paragraphs { underlined(heading, QLatin1Char('=')) };
        const QStringList texts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        for (const QString &paragraph : texts)
            paragraphs.append(wrap(paragraph, width));
        out.append(paragraphs.join(QStringLiteral("\n\n")));
    };
    if (!parts.notesToEditors.isEmpty())
        section(labels.notesToEditors(), parts.notesToEditors);
    if (!parts.boilerplate.isEmpty())
        section(parts.aboutHeading, parts.boilerplate);
    if (!parts.contacts.isEmpty()) {
        QStringList lines { underlined(labels.mediaContacts(), QLatin1Char('=')) };
        for (const ReleaseParts::ContactPart &contact : parts.contacts) {
            QStringList contactLines { contact.name };
            for (const QString &field : { contact.title, contact.email, contact.phone }) {
                if (!field.isEmpty())
                    contactLines.append(wrap(field, width));
            }
            lines.append(contactLines.join(QLatin1Char('\n')));
        }
        out.append(lines.join(QStringLiteral("\n\n")));
    }
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QByteArray PlainTextExporter::render(const Release &release, const ExportContext &context)
{
    return text(ReleaseParts::build(release, context)).toUtf8();
}

} // namespace pressdesk
