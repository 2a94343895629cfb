#include "emailhtml.h"

#include "export/markdownrenderer.h"

namespace pressdesk {

namespace {

const QString font = QStringLiteral("font-family:Arial,Helvetica,sans-serif;");
const QString paragraph = QStringLiteral("margin:0 0 14px 0;font-size:15px;line-height:22px;color:#222222;");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString para(const QString &html, const QString &extra = {})
{
    return QStringLiteral("<p style=\"") + font + paragraph + extra + QStringLiteral("\">") + html
        + QStringLiteral("</p>\n");
}

QString paragraphs(const QString &text)
{
    QString out;
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        out += para(esc(part.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return out;
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2 style=\"") + font
        + QStringLiteral("margin:24px 0 10px 0;font-size:17px;line-height:22px;color:#222222;\">") + esc(text)
        + QStringLiteral("</h2>\n");
}

QString quoteHtml(const ReleaseParts::QuotePart &quote)
{
    return QStringLiteral(
               "<blockquote style=\"margin:0 0 14px 0;padding:4px 0 4px 16px;border-left:3px solid #1a5fb4;\">")
        + para(esc(QChar(0x201C) + quote.text + QChar(0x201D)), QStringLiteral("font-style:italic;"))
        + para(esc(QStringLiteral("— ") + quote.byline), QStringLiteral("font-size:13px;color:#555555;"))
        + QStringLiteral("</blockquote>\n");
}

} // namespace

QString EmailHtml::styled(const QString &blocksHtml)
{
    QString html = blocksHtml;
    const QString text = font + QStringLiteral("color:#222222;");
    html.replace(QStringLiteral("<p>"), QStringLiteral("<p style=\"") + font + paragraph + QStringLiteral("\">"));
    for (const char *level : { "1", "2", "3", "4", "5", "6" }) {
        html.replace(QStringLiteral("<h") + QLatin1String(level) + QLatin1Char('>'),
            QStringLiteral("<h") + QLatin1String(level) + QStringLiteral(" style=\"") + text
                + QStringLiteral("margin:20px 0 10px 0;font-size:17px;line-height:22px;\">"));
    }
    html.replace(QStringLiteral("<ul>"), QStringLiteral("<ul style=\"margin:0 0 14px 0;padding-left:24px;\">"));
    html.replace(QStringLiteral("<ol"), QStringLiteral("<ol style=\"margin:0 0 14px 0;padding-left:24px;\""));
    html.replace(QStringLiteral("<li>"),
        QStringLiteral("<li style=\"") + text + QStringLiteral("font-size:15px;line-height:22px;\">"));
    html.replace(QStringLiteral("<blockquote>"),
        QStringLiteral("<blockquote style=\"margin:0 0 14px 0;padding-left:16px;border-left:3px solid #cccccc;\">"));
    html.replace(QStringLiteral("<a href="), QStringLiteral("<a style=\"color:#1a5fb4;\" href="));
    return html;
}

QString EmailHtml::render(const ReleaseParts &parts, const QString &greeting, const QString &coverNote)
{
    QString content;
    content += para(esc(greeting));
    content += para(esc(coverNote));
    content += QStringLiteral("<hr style=\"border:0;border-top:1px solid #dddddd;margin:20px 0;\">\n");
    if (!parts.organizationName.isEmpty())
        content += para(esc(parts.organizationName), QStringLiteral("font-size:13px;color:#555555;font-weight:bold;"));
    content += para(
        esc(parts.releaseLine), QStringLiteral("font-size:12px;letter-spacing:1px;color:#555555;font-weight:bold;"));
    content += QStringLiteral("<h1 style=\"") + font
        + QStringLiteral("margin:0 0 12px 0;font-size:24px;line-height:30px;color:#111111;\">") + esc(parts.headline)
        + QStringLiteral("</h1>\n");
    if (!parts.subheadline.isEmpty())
        content += para(esc(parts.subheadline), QStringLiteral("font-size:17px;color:#444444;"));
    const QString lead = parts.dateline.isEmpty()
        ? esc(parts.lead)
        : QStringLiteral("<strong>") + esc(parts.dateline) + QStringLiteral("</strong> — ") + esc(parts.lead);
    content += para(lead);

    const MarkdownRenderer body(parts.body);
    const QList<QList<int>> slots = parts.quoteSlots(body);
    for (int block = 0; block < slots.size(); ++block) {
        for (const int index : slots.at(block))
            content += quoteHtml(parts.quotes.at(index));
        if (block < body.blockCount())
            content += styled(body.html(block, block + 1));
    }
    for (const ReleaseParts::EventPart &event : parts.events) {
        QString rows = para(QStringLiteral("<strong>") + esc(parts.labels.event() + QStringLiteral(": ") + event.name)
            + QStringLiteral("</strong>"));
        const auto row = [&](const QString &label, const QString &value) {
            if (!value.isEmpty())
                rows += para(esc(label + QStringLiteral(": ") + value), QStringLiteral("margin-bottom:4px;"));
        };
        row(parts.labels.when(), event.dates);
        row(parts.labels.formatLabel(), event.format);
        row(parts.labels.where(), event.place);
        row(parts.labels.link(), event.link);
        content += QStringLiteral("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
                                  "border=\"0\" style=\"margin:8px 0 16px 0;background:#f2f5f9;\"><tr><td "
                                  "style=\"padding:12px 16px;\">")
            + rows + QStringLiteral("</td></tr></table>\n");
    }
    content += para(ReleaseParts::endMark(), QStringLiteral("text-align:center;"));
    if (!parts.notesToEditors.isEmpty())
        content += heading(parts.labels.notesToEditors()) + paragraphs(parts.notesToEditors);
    if (!parts.boilerplate.isEmpty())
        content += heading(parts.aboutHeading) + paragraphs(parts.boilerplate);
    if (!parts.contacts.isEmpty()) {
        content += heading(parts.labels.mediaContacts());
        for (const ReleaseParts::ContactPart &contact : parts.contacts) {
            QStringList lines { QStringLiteral("<strong>") + esc(contact.name) + QStringLiteral("</strong>") };
            for (const QString &field : { contact.title, contact.email, contact.phone }) {
                if (!field.isEmpty())
                    lines.append(esc(field));
            }
            content += para(lines.join(QStringLiteral("<br>")));
        }
    }

    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(parts.language)
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        + esc(parts.headline)
        + QStringLiteral(
            "</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f4f4f4;\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            "style=\"background:#f4f4f4;\"><tr><td align=\"center\" style=\"padding:24px 8px;\">\n"
            "<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            "style=\"width:600px;max-width:600px;background:#ffffff;\"><tr><td style=\"padding:28px 32px;\">\n")
        + content + QStringLiteral("</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n");
}

} // namespace pressdesk
