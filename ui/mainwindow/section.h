#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace pressdesk {

// The sections of the left navigation, in order.
enum class Section { Releases, Speakers, Events, Organizations, Contacts, Trash };

inline constexpr std::array<Section, 6> allSections { Section::Releases, Section::Speakers, Section::Events,
    Section::Organizations, Section::Contacts, Section::Trash };

inline QString sectionKey(Section section)
{
    switch (section) {
    case Section::Releases:
        return QStringLiteral("releases");
    case Section::Speakers:
        return QStringLiteral("speakers");
    case Section::Events:
        return QStringLiteral("events");
    case Section::Organizations:
        return QStringLiteral("organizations");
    case Section::Contacts:
        return QStringLiteral("contacts");
    case Section::Trash:
        return QStringLiteral("trash");
    }
    return {};
}

inline QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Releases:
        return QCoreApplication::translate("Section", "Releases");
    case Section::Speakers:
        return QCoreApplication::translate("Section", "Speakers");
    case Section::Events:
        return QCoreApplication::translate("Section", "Events");
    case Section::Organizations:
        return QCoreApplication::translate("Section", "Organizations");
    case Section::Contacts:
        return QCoreApplication::translate("Section", "Media Contacts");
    case Section::Trash:
        return QCoreApplication::translate("Section", "Trash");
    }
    return {};
}

} // namespace pressdesk
