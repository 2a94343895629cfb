#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk publish-site --out DIR [--base-url URL] [--language CODE]... [--templates DIR]
//                        [--no-pdf] [--format text|json]
// Runs under a QGuiApplication (the release PDFs need QtGui), see CliApplication.
class PublishSiteCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
