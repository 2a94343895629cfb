#pragma once

#include "clicontext.h"

#include <QStringList>

namespace pressdesk {

// The media contacts and lists on the command line (#16):
//   pressdesk import FILE... --into contacts [--format auto|csv|vcf] [--list NAME]
//       [--map COLUMN=FIELD]... [--on-duplicate skip|update] [--dry-run] [--format-output text|json]
//   pressdesk list contacts [--search QUERY] [--limit N] [--format table|json|csv]
//   pressdesk list lists [--format table|json|csv]
//   pressdesk show list NAME [--format json|text]
class ContactCommands final
{
public:
    // Whether these arguments of `import` ask for media contacts (--into contacts).
    // The first argument that is neither an option nor an option's value.
    static QString firstPositional(const QStringList &arguments, const QStringList &valueOptions);
    static bool importsContacts(const QStringList &arguments);
    static int importContacts(CliContext &context, const QStringList &arguments);
    static int list(CliContext &context, const QStringList &arguments);
    static int showList(CliContext &context, const QStringList &arguments);
};

} // namespace pressdesk
