#include "htmlexporter.h"

#include "mustachebody.h"
#include "releaseparts.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

#include <kainjow/mustache.hpp>

namespace pressdesk {

namespace {

namespace mustache = kainjow::mustache;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

mustache::data paragraphs(const QString &text)
{
    mustache::data list(mustache::data::type::list);
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            list.push_back(utf8(part.trimmed()));
    }
    return list;
}

QString websiteLabel(const QString &url)
{
    QString label = url;
    for (const char *prefix : { "https://", "http://" }) {
        if (label.startsWith(QLatin1String(prefix)))
            label = label.mid(static_cast<qsizetype>(qstrlen(prefix)));
    }
    if (label.endsWith(QLatin1Char('/')))
        label.chop(1);
    return label;
}

mustache::data templateData(const Release &release, const ExportContext &context)
{
    const ReleaseParts parts = ReleaseParts::build(release, context);
    const ReleaseLabels &labels = parts.labels;
    mustache::data data;
    data.set("page", !context.fragment);
    data.set("lang", utf8(parts.language));
    data.set("generator", utf8(QStringLiteral("Pressdesk ") + QCoreApplication::applicationVersion()));
    data.set("has_description", !parts.lead.isEmpty());
    data.set("description", utf8(parts.lead.left(300)));
    data.set("has_keywords", !parts.tags.isEmpty());
    data.set("keywords", utf8(parts.tags.join(QStringLiteral(", "))));
    data.set("org_name", utf8(parts.organizationName));
    data.set("has_address", !parts.organizationAddress.isEmpty() || !parts.organizationWebsite.isEmpty());
    data.set("org_address", utf8(parts.organizationAddress));
    data.set("has_website", !parts.organizationWebsite.isEmpty());
    data.set("org_website", utf8(parts.organizationWebsite));
    data.set("org_website_label", utf8(websiteLabel(parts.organizationWebsite)));
    data.set("has_logo", !parts.logoPng.isEmpty());
    data.set("logo", "data:image/png;base64," + parts.logoPng.toBase64().toStdString());
    data.set("embargoed", release.isEmbargoed());
    data.set("release_line", utf8(parts.releaseLine));
    data.set("headline", utf8(parts.headline));
    data.set("has_subheadline", !parts.subheadline.isEmpty());
    data.set("subheadline", utf8(parts.subheadline));
    data.set("dateline", utf8(parts.dateline));
    data.set("lead", utf8(parts.lead));

    // The body's blocks with each quote where the writer placed it.
    data.set("body", mustacheBody(parts));

    mustache::data events(mustache::data::type::list);
    for (const ReleaseParts::EventPart &event : parts.events) {
        mustache::data item;
        item.set("label", utf8(labels.event()));
        item.set("name", utf8(event.name));
        item.set("when_label", utf8(labels.when()));
        item.set("dates", utf8(event.dates));
        item.set("format_label", utf8(labels.formatLabel()));
        item.set("format", utf8(event.format));
        item.set("where_label", utf8(labels.where()));
        item.set("has_place", !event.place.isEmpty());
        item.set("place", utf8(event.place));
        item.set("link_label", utf8(labels.link()));
        item.set("has_link", !event.link.isEmpty());
        item.set("link", utf8(event.link));
        events.push_back(item);
    }
    data.set("events", events);

    data.set("has_notes", !parts.notesToEditors.isEmpty());
    data.set("notes_heading", utf8(labels.notesToEditors()));
    data.set("notes", paragraphs(parts.notesToEditors));
    data.set("has_boilerplate", !parts.boilerplate.isEmpty());
    data.set("about_heading", utf8(parts.aboutHeading));
    data.set("boilerplate", paragraphs(parts.boilerplate));

    mustache::data contacts(mustache::data::type::list);
    for (const ReleaseParts::ContactPart &contact : parts.contacts) {
        mustache::data item;
        item.set("name", utf8(contact.name));
        item.set("has_title", !contact.title.isEmpty());
        item.set("title", utf8(contact.title));
        item.set("has_email", !contact.email.isEmpty());
        item.set("email", utf8(contact.email));
        item.set("has_phone", !contact.phone.isEmpty());
        item.set("phone", utf8(contact.phone));
        contacts.push_back(item);
    }
    data.set("has_contacts", !parts.contacts.isEmpty());
    data.set("contacts_heading", utf8(labels.mediaContacts()));
    data.set("contacts", contacts);
    return data;
}

} // namespace

QString HtmlExporter::userTemplatePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/templates/release.html.mustache");
}

bool HtmlExporter::isUserTemplate()
{
    return QFile::exists(userTemplatePath());
}

QString HtmlExporter::templatePath()
{
    return isUserTemplate() ? userTemplatePath() : builtInTemplatePath();
}

QByteArray HtmlExporter::render(const Release &release, const ExportContext &context, QString *error)
{
    QFile file(templatePath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Export", "Cannot read the template %1: %2")
                         .arg(file.fileName(), file.errorString());
        return {};
    }
    mustache::mustache engine(file.readAll().toStdString());
    if (!engine.is_valid()) {
        if (error)
            *error = QCoreApplication::translate("Export", "The template %1 is not valid Mustache: %2")
                         .arg(file.fileName(), QString::fromStdString(engine.error_message()));
        return {};
    }
    const std::string html = engine.render(templateData(release, context));
    if (!engine.is_valid()) {
        if (error)
            *error = QString::fromStdString(engine.error_message());
        return {};
    }
    // Section tags on lines of their own leave blank lines; a page must start with its doctype.
    return QByteArray::fromStdString(html).trimmed() + '\n';
}

} // namespace pressdesk
