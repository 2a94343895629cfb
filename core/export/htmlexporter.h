#pragma once

#include "domain/release.h"
#include "exportcontext.h"

#include <QByteArray>
#include <QString>

namespace pressdesk {

// A release as a standalone HTML5 page (or, with ExportContext::fragment, just its
// <article> for a CMS), filled into a Mustache template. Every value is escaped by the
// template engine; only the body, rendered and sanitized by MarkdownRenderer, goes in
// unescaped.
class HtmlExporter final
{
public:
    static QByteArray render(const Release &release, const ExportContext &context, QString *error = nullptr);

    // The template in use: the user's file when there is one, else the built-in one.
    static QString templatePath();
    static bool isUserTemplate();
    // Where a user template overrides the built-in one.
    static QString userTemplatePath();
    static QString builtInTemplatePath() { return QStringLiteral(":/templates/release.html.mustache"); }
};

} // namespace pressdesk
