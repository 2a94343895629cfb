#pragma once

#include <QObject>
#include <QString>

namespace pressdesk::test {

// The child of parent with this objectName (a widget found as the GUI tests drive them); a
// missing one ends the test run with its name.
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

} // namespace pressdesk::test
