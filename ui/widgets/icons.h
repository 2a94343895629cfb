#pragma once

#include <QColor>
#include <QIcon>

namespace pressdesk {

// The desktop theme's icon when there is one (Linux desktops), otherwise Pressdesk's own
// SVG from :/icons, so Windows, macOS and bare X sessions get icons too.
class Icons final
{
public:
    static QIcon themed(const QString &themeName, const QString &ownName);
    static QIcon application();
    // icon, drawn in color where it is selected (QIcon::Selected), so that it stays as
    // readable as the selected text on the selection colour.
    static QIcon tintedWhenSelected(const QIcon &icon, const QColor &color);
};

} // namespace pressdesk
