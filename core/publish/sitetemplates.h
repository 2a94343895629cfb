#pragma once

#include <QString>

#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string>

namespace pressdesk {

// The press room's Mustache templates: the organization's own file from its template
// folder when there is one (site/NAME.mustache there), else the built-in one from
// resources/templates/site/. Values are HTML-escaped unless a template asks for raw
// output ({{{ }}}), which the built-in templates do only for HTML the builder made.
class SiteTemplates final
{
public:
    explicit SiteTemplates(QString overrideFolder = {});

    // The rendered text; empty with errorString() set when the template is missing or invalid.
    std::string render(const QString &name, const kainjow::mustache::data &data);
    // A static file (the stylesheet) with the same override rule.
    QByteArray file(const QString &name);
    QString errorString() const { return m_error; }
    static QString builtInFolder() { return QStringLiteral(":/templates/site"); }

private:
    QString pathOf(const QString &name) const;

    QString m_overrideFolder;
    std::map<QString, std::unique_ptr<kainjow::mustache::mustache>> m_parsed;
    QString m_error;
};

} // namespace pressdesk
