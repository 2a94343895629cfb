#include "markdownexporter.h"

#include "markdownrenderer.h"
#include "releaseparts.h"

#include <QRegularExpression>

namespace pressdesk {

QString MarkdownExporter::escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>()#+-.!|~&");
    QString result;
    result.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

QByteArray MarkdownExporter::render(const Release &release, const ExportContext &context)
{
    const ReleaseParts parts = ReleaseParts::build(release, context);
    const ReleaseLabels &labels = parts.labels;
    QStringList out;
    if (!parts.organizationName.isEmpty()) {
        QString letterhead = QStringLiteral("**%1**").arg(escaped(parts.organizationName));
        if (!parts.organizationAddress.isEmpty())
            letterhead += QStringLiteral("  \n") + escaped(parts.organizationAddress);
        if (!parts.organizationWebsite.isEmpty())
            letterhead += QStringLiteral("  \n<") + parts.organizationWebsite + QLatin1Char('>');
        out.append(letterhead);
    }
    out.append(QStringLiteral("**%1**").arg(escaped(parts.releaseLine)));
    out.append(QStringLiteral("# ") + escaped(parts.headline));
    if (!parts.subheadline.isEmpty())
        out.append(QStringLiteral("*%1*").arg(escaped(parts.subheadline)));
    out.append(parts.dateline.isEmpty()
            ? escaped(parts.lead)
            : QStringLiteral("**%1** — %2").arg(escaped(parts.dateline), escaped(parts.lead)));

    const MarkdownRenderer body(parts.body);
    const QList<QList<int>> slots = parts.quoteSlots(body);
    for (int block = 0; block < slots.size(); ++block) {
        for (const int index : slots.at(block)) {
            const ReleaseParts::QuotePart &quote = parts.quotes.at(index);
            QString text = QStringLiteral("> “%1”\n>\n> — **%2**").arg(escaped(quote.text), escaped(quote.speaker));
            if (!quote.attribution.isEmpty())
                text += QStringLiteral(", ") + escaped(quote.attribution);
            out.append(text);
        }
        if (block < body.blockCount())
            out.append(body.source(block));
    }

    for (const ReleaseParts::EventPart &event : parts.events) {
        QStringList lines { QStringLiteral("**%1:** %2").arg(escaped(labels.event()), escaped(event.name)),
            QStringLiteral("- %1: %2").arg(escaped(labels.when()), escaped(event.dates)),
            QStringLiteral("- %1: %2").arg(escaped(labels.formatLabel()), escaped(event.format)) };
        if (!event.place.isEmpty())
            lines.append(QStringLiteral("- %1: %2").arg(escaped(labels.where()), escaped(event.place)));
        if (!event.link.isEmpty())
            lines.append(QStringLiteral("- %1: <%2>").arg(escaped(labels.link()), event.link));
        out.append(lines.join(QLatin1Char('\n')));
    }

    // A bare "###" would be an empty heading in Markdown.
    out.append(QStringLiteral("\\###"));

    if (!parts.notesToEditors.isEmpty())
        out.append(QStringLiteral("## ") + escaped(labels.notesToEditors()) + QStringLiteral("\n\n")
            + escaped(parts.notesToEditors));
    if (!parts.boilerplate.isEmpty())
        out.append(
            QStringLiteral("## ") + escaped(parts.aboutHeading) + QStringLiteral("\n\n") + escaped(parts.boilerplate));
    if (!parts.contacts.isEmpty()) {
        QStringList lines { QStringLiteral("## ") + escaped(labels.mediaContacts()), QString() };
        for (const ReleaseParts::ContactPart &contact : parts.contacts) {
            QStringList fields { QStringLiteral("**%1**").arg(escaped(contact.name)) };
            for (const QString &field : { contact.title, contact.email, contact.phone }) {
                if (!field.isEmpty())
                    fields.append(escaped(field));
            }
            lines.append(QStringLiteral("- ") + fields.join(QStringLiteral(", ")));
        }
        out.append(lines.join(QLatin1Char('\n')));
    }
    return (out.join(QStringLiteral("\n\n")) + QLatin1Char('\n')).toUtf8();
}

} // namespace pressdesk
