#include "releasedocument.h"

#include "markdownrenderer.h"

#include <QFont>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace pressdesk {

namespace {

const QString accent = QStringLiteral("#1d4e89");
const QString muted = QStringLiteral("#5b6573");
const QString sans = QStringLiteral("'Liberation Sans', 'DejaVu Sans', Arial, sans-serif");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraphsHtml(const QString &text, const QString &style)
{
    QString html;
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        html += QStringLiteral("<p style=\"%1\">%2</p>").arg(style, escaped(part.trimmed()));
    return html;
}

QString sectionHeading(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top:18px; margin-bottom:4px; font-family:%1; font-size:10pt; "
                          "font-weight:bold; color:%2;\">%3</p>")
        .arg(sans, accent, escaped(text));
}

} // namespace

QString ReleaseDocument::richText(const ReleaseParts &parts)
{
    const ReleaseLabels &labels = parts.labels;
    QString html = QStringLiteral("<html><body>");

    // Letterhead: logo beside the name and address, over a rule in the accent colour.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"border-collapse:collapse; border-bottom:2px solid %1;\"><tr>")
                .arg(accent);
    if (!parts.logoPng.isEmpty())
        html +=
            QStringLiteral("<td width=\"64\" style=\"padding-bottom:10px; padding-right:12px; vertical-align:middle;\">"
                           "<img src=\"%1\" height=\"48\"></td>")
                .arg(logoResource());
    html += QStringLiteral("<td style=\"padding-bottom:10px; vertical-align:middle;\">"
                           "<p style=\"margin:0; font-family:%1; font-size:11pt; font-weight:bold; color:%2;\">%3</p>")
                .arg(sans, accent, escaped(parts.organizationName));
    QStringList addressLines;
    if (!parts.organizationAddress.isEmpty())
        addressLines.append(escaped(parts.organizationAddress));
    if (!parts.organizationWebsite.isEmpty())
        addressLines.append(
            escaped(QString(parts.organizationWebsite).remove(QRegularExpression(QStringLiteral("^https?://")))));
    if (!addressLines.isEmpty())
        html += QStringLiteral("<p style=\"margin:2px 0 0 0; font-family:%1; font-size:8pt; color:%2;\">%3</p>")
                    .arg(sans, muted, addressLines.join(QStringLiteral("<br>")));
    html += QStringLiteral("</td></tr></table>");

    html += QStringLiteral("<p style=\"margin-top:26px; margin-bottom:10px; font-family:%1; font-size:8.5pt; "
                           "font-weight:bold; letter-spacing:1.5px; color:%2;\">%3</p>")
                .arg(sans, parts.releaseLine.startsWith(labels.immediateRelease()) ? accent : QStringLiteral("#a12622"),
                    escaped(parts.releaseLine));
    html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:8px; font-family:%1; font-size:19pt; "
                           "font-weight:bold; color:#1c2430;\">%2</p>")
                .arg(sans, escaped(parts.headline));
    if (!parts.subheadline.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:18px; font-size:12.5pt; font-style:italic; "
                               "color:%1;\">%2</p>")
                    .arg(muted, escaped(parts.subheadline));

    const QString lead = parts.dateline.isEmpty() ? escaped(parts.lead)
                                                  : QStringLiteral("<span style=\"font-weight:bold;\">%1</span> — %2")
                                                        .arg(escaped(parts.dateline), escaped(parts.lead));
    html += QStringLiteral("<p>%1</p>").arg(lead);

    const MarkdownRenderer body(parts.body);
    const QList<QList<int>> slots = parts.quoteSlots(body);
    for (int block = 0; block < slots.size(); ++block) {
        for (const int index : slots.at(block)) {
            const ReleaseParts::QuotePart &quote = parts.quotes.at(index);
            // A one-cell table is the way Qt's rich text draws a rule down one side.
            html +=
                QStringLiteral(
                    "<table width=\"95%\" cellspacing=\"0\" cellpadding=\"0\" "
                    "align=\"right\" style=\"margin-top:12px; margin-bottom:12px; border-collapse:collapse;\">"
                    "<tr><td style=\"border-left:3px solid %1; padding-left:14px; padding-top:2px; "
                    "padding-bottom:2px;\">"
                    "<p style=\"margin:0; font-size:12pt; font-style:italic;\">“%2”</p>"
                    "<p style=\"margin-top:6px; margin-bottom:0; font-family:%3; font-size:9pt; color:%4;\">"
                    "— <span style=\"font-weight:bold; color:#1c2430;\">%5</span>%6</p>"
                    "</td></tr></table>")
                    .arg(accent, escaped(quote.text), sans, muted, escaped(quote.speaker),
                        quote.attribution.isEmpty() ? QString() : QStringLiteral(", ") + escaped(quote.attribution));
        }
        if (block < body.blockCount())
            html += body.html(block, block + 1);
    }

    for (const ReleaseParts::EventPart &event : parts.events) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" "
                               "style=\"margin-top:16px; margin-bottom:8px; border-collapse:collapse; "
                               "border:1px solid #d5dbe3;\"><tr><td bgcolor=\"#f3f6fa\">");
        html += QStringLiteral("<p style=\"margin:0; font-family:%1; font-size:8pt; font-weight:bold; "
                               "letter-spacing:1px; color:%2;\">%3</p>")
                    .arg(sans, accent, escaped(labels.event().toUpper()));
        html += QStringLiteral("<p style=\"margin-top:3px; margin-bottom:5px; font-family:%1; font-size:10pt; "
                               "font-weight:bold;\">%2</p>")
                    .arg(sans, escaped(event.name));
        const auto row = [&](const QString &label, const QString &value) {
            return QStringLiteral("<p style=\"margin:0; font-family:%1; font-size:9pt;\">"
                                  "<span style=\"color:%2;\">%3:</span> %4</p>")
                .arg(sans, muted, escaped(label), escaped(value));
        };
        html += row(labels.when(), event.dates);
        html += row(labels.formatLabel(), event.format);
        if (!event.place.isEmpty())
            html += row(labels.where(), event.place);
        if (!event.link.isEmpty())
            html += row(labels.link(), event.link);
        html += QStringLiteral("</td></tr></table>");
    }

    html +=
        QStringLiteral("<p align=\"center\" style=\"margin-top:22px; margin-bottom:18px; font-weight:bold;\">%1</p>")
            .arg(ReleaseParts::endMark());

    const QString small = QStringLiteral("margin-top:0; margin-bottom:6px; font-size:10pt;");
    if (!parts.notesToEditors.isEmpty()) {
        html += sectionHeading(labels.notesToEditors());
        html += paragraphsHtml(parts.notesToEditors, small);
    }
    if (!parts.boilerplate.isEmpty()) {
        html += sectionHeading(parts.aboutHeading);
        html += paragraphsHtml(parts.boilerplate, small);
    }
    if (!parts.contacts.isEmpty()) {
        html += sectionHeading(labels.mediaContacts());
        for (const ReleaseParts::ContactPart &contact : parts.contacts) {
            QStringList lines {
                QStringLiteral("<span style=\"font-weight:bold;\">%1</span>").arg(escaped(contact.name))
            };
            for (const QString &line : { contact.title, contact.email, contact.phone }) {
                if (!line.isEmpty())
                    lines.append(escaped(line));
            }
            html +=
                QStringLiteral("<p style=\"margin-top:0; margin-bottom:8px; font-family:%1; font-size:9pt;\">%2</p>")
                    .arg(sans, lines.join(QStringLiteral("<br>")));
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> ReleaseDocument::create(const Release &release, const ExportContext &context)
{
    return create(ReleaseParts::build(release, context));
}

std::unique_ptr<QTextDocument> ReleaseDocument::create(const ReleaseParts &parts)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(
        { QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("Times New Roman") });
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(11.5);
    // No ligatures: text copied or extracted from the PDF must read "offices", not "o\uFB03ces".
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle, parts.headline);
    document->setDefaultStyleSheet(QStringLiteral("p { margin-top: 0; margin-bottom: 9px; } "
                                                  "h2 { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; "
                                                  "font-size: 12pt; font-weight: bold; color: #1d4e89; "
                                                  "margin-top: 16px; margin-bottom: 6px; } "
                                                  "h3 { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; "
                                                  "font-size: 11pt; margin-top: 12px; margin-bottom: 4px; } "
                                                  "li { margin-bottom: 4px; } "
                                                  "a { color: #1d4e89; text-decoration: none; }"));
    if (!parts.logoPng.isEmpty())
        document->addResource(QTextDocument::ImageResource, QUrl(logoResource()), QImage::fromData(parts.logoPng));
    document->setHtml(richText(parts));

    // Qt's HTML import has no line-height and sizes <h2> by its own scale, not the style
    // sheet: set the leading of every block and the body's headings here.
    QTextCursor cursor(document.get());
    QTextCharFormat heading;
    heading.setFontFamilies(
        { QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Arial") });
    heading.setFontPointSize(12.5);
    heading.setFontWeight(QFont::Bold);
    heading.setProperty(QTextFormat::FontSizeAdjustment, 0);
    heading.setForeground(QColor(0x1d, 0x4e, 0x89));
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(128, QTextBlockFormat::ProportionalHeight);
        cursor.setPosition(block.position());
        if (format.headingLevel() > 0) {
            format.setTopMargin(14);
            format.setBottomMargin(4);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(heading);
        }
        cursor.setBlockFormat(format);
    }
    return document;
}

} // namespace pressdesk
