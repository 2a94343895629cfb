#include "detailhtml.h"

#include "i18n/languagenames.h"
#include "widgets/themecolors.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace pressdesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Paragraphs from plain or Markdown text, escaped; blank lines separate paragraphs.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList blocks = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks)
        html += QStringLiteral("<p>%1</p>").arg(esc(block.trimmed()).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    return html;
}

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td class='label' style='padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

// Secondary text from the palette, so labels stay readable on a dark background too.
QString style(const QPalette &palette)
{
    const QString secondary = ThemeColors::secondaryText(palette).name();
    return QStringLiteral("<style>h1{font-size:14pt;margin:0 0 4px 0} h2{font-size:11pt;font-weight:normal;margin:0 0 "
                          "10px 0} .meta{color:%1} .label{color:%1} blockquote{margin:8px 0 8px 12px} "
                          ".attr{color:%1;font-style:italic}</style>")
        .arg(secondary);
}

} // namespace

QString DetailHtml::release(const Release &release, const QPalette &palette)
{
    QString html = style(palette);
    html += QStringLiteral("<p class='meta'>%1 · %2</p>")
                .arg(esc(statusLabel(release.status)), esc(LanguageNames::displayName(release.language)));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(release.headline));
    if (!release.subheadline.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(esc(release.subheadline));
    QStringList dateline;
    if (!release.datelineCity.isEmpty())
        dateline.append(release.datelineCity);
    if (!release.datelineCountry.isEmpty())
        dateline.append(release.datelineCountry);
    if (release.releaseDate.isValid())
        dateline.append(QLocale().toString(release.releaseDate, QLocale::LongFormat));
    html += QStringLiteral("<table>");
    html += row(QCoreApplication::translate("DetailHtml", "Dateline"), dateline.join(QLatin1String(", ")));
    if (release.isEmbargoed())
        html += row(QCoreApplication::translate("DetailHtml", "Embargoed until"),
            QLocale().toString(
                release.embargoUntil.toTimeZone(QTimeZone(release.embargoTimeZone.toUtf8())), QLocale::ShortFormat)
                + QLatin1Char(' ') + release.embargoTimeZone);
    html += row(QCoreApplication::translate("DetailHtml", "Tags"), release.tags.join(QLatin1String(", ")));
    html += row(QCoreApplication::translate("DetailHtml", "Author"), release.author);
    html += QStringLiteral("</table>");
    html += paragraphs(release.lead);
    for (const Quote &quote : release.quotes) {
        html += QStringLiteral("<blockquote>\u201C%1\u201D<br><span class='attr'>\u2014 %2, %3</span></blockquote>")
                    .arg(esc(quote.text), esc(quote.speakerName), esc(quote.attribution));
    }
    if (!release.events.isEmpty()) {
        QStringList names;
        for (const EventRef &event : release.events)
            names.append(event.name);
        html += QStringLiteral("<table>")
            + row(QCoreApplication::translate("DetailHtml", "Events"), names.join(QLatin1String("; ")))
            + QStringLiteral("</table>");
    }
    return html;
}

QString DetailHtml::speaker(const Speaker &speaker, const QPalette &palette)
{
    QString html = style(palette);
    html += QStringLiteral("<h1>%1</h1>").arg(esc((speaker.honorific + QLatin1Char(' ') + speaker.fullName).trimmed()));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(speaker.title));
    html += QStringLiteral("<table>");
    html += row(QCoreApplication::translate("DetailHtml", "Organization"), speaker.organizationName);
    html += row(QCoreApplication::translate("DetailHtml", "Country"), speaker.country);
    html += row(QCoreApplication::translate("DetailHtml", "E-mail"), speaker.email);
    html += row(QCoreApplication::translate("DetailHtml", "Phone"), speaker.phone);
    QStringList languages;
    for (const QString &language : speaker.languages)
        languages.append(LanguageNames::displayName(language));
    html += row(QCoreApplication::translate("DetailHtml", "Languages"), languages.join(QLatin1String(", ")));
    html += QStringLiteral("</table>");
    html += paragraphs(speaker.bio);
    return html;
}

QString DetailHtml::event(const Event &event, const QPalette &palette)
{
    QString html = style(palette);
    const QString title = event.edition.isEmpty() ? event.name : event.edition + QLatin1Char(' ') + event.name;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    html += QStringLiteral("<table>");
    html += row(QCoreApplication::translate("DetailHtml", "Format"), formatLabel(event.format));
    html += row(QCoreApplication::translate("DetailHtml", "Starts"),
        event.startText().replace(QLatin1Char('T'), QLatin1Char(' ')));
    html += row(
        QCoreApplication::translate("DetailHtml", "Ends"), event.endText().replace(QLatin1Char('T'), QLatin1Char(' ')));
    html += row(QCoreApplication::translate("DetailHtml", "Time zone"), event.timeZone);
    html += row(QCoreApplication::translate("DetailHtml", "Venue"), event.venue);
    html += row(QCoreApplication::translate("DetailHtml", "City"),
        QStringList({ event.city, event.country }).join(QLatin1String(", ")));
    html += row(QCoreApplication::translate("DetailHtml", "Online"), event.onlineUrl);
    for (const EventOrganization &link : event.organizations)
        html += row(organizationRoleKey(link.role), link.organizationName);
    for (const EventSpeaker &link : event.speakers)
        html += row(speakerRoleKey(link.role), link.speakerName);
    html += QStringLiteral("</table>");
    html += paragraphs(event.description);
    return html;
}

QString DetailHtml::organization(const Organization &organization, const QPalette &palette)
{
    QString html = style(palette);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(organization.name));
    if (organization.isOurs)
        html += QStringLiteral("<p class='meta'>%1</p>")
                    .arg(esc(QCoreApplication::translate("DetailHtml", "Our organization")));
    html += QStringLiteral("<table>");
    html += row(QCoreApplication::translate("DetailHtml", "Short name"), organization.shortName);
    html += row(QCoreApplication::translate("DetailHtml", "Country"), organization.country);
    html += row(QCoreApplication::translate("DetailHtml", "Website"), organization.website);
    html += row(QCoreApplication::translate("DetailHtml", "Address"), organization.address);
    html += QStringLiteral("</table>");
    html += paragraphs(organization.boilerplate);
    return html;
}

QString DetailHtml::empty(const QString &message, const QPalette &palette)
{
    return QStringLiteral("<p style='color:%1'>%2</p>").arg(ThemeColors::secondaryText(palette).name(), esc(message));
}

} // namespace pressdesk
