#pragma once

#include <QIcon>

namespace pressdesk {

// The desktop theme's icon when there is one (Linux desktops), otherwise Pressdesk's own
// SVG from :/icons, so Windows, macOS and bare X sessions get icons too.
class Icons final
{
public:
    static QIcon themed(const QString &themeName, const QString &ownName);
    static QIcon application();
};

} // namespace pressdesk
