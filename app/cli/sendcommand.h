#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// pressdesk send release ID --recipient "NAME <EMAIL>[;LANG,…]"… (--eml-dir DIR | --smtp URL …)
// Drafts for the officer's mail program (one .eml per language, everyone in Bcc) or one
// message per recipient through the SMTP outbox. Runs under a QGuiApplication (the PDF).
class SendCommand final
{
public:
    static int run(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
