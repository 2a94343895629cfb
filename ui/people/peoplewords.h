#pragma once

#include <QCoreApplication>
#include <QString>

namespace pressdesk {

// The team's words as the window shows them: role names and what each role may do.
class PeopleWords final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleWords)

public:
    // "Editor" for editor, and so on ("Owner" for the newsroom's owner).
    static QString roleTitle(const QString &role);
    static QString rolesExplained();
    // An ISO 8601 time as a short local date and time; "Never" when empty.
    static QString lastSeen(const QString &isoTime);
};

} // namespace pressdesk
