#pragma once

#include "domain/release.h"

#include <QString>

namespace pressdesk {

// The words of a release e-mail around the release itself, in the language of the version
// a recipient gets (English, Spanish, French; other languages get the English ones). These
// follow the recipient, not the officer's interface language, so they are not tr() strings.
class MailTexts final
{
public:
    // "Dear Ana Ruiz," / "Estimada/o Ana Ruiz:" / "Madame, Monsieur,"; a message to many
    // people (a draft with everyone in Bcc) greets them all.
    static QString greeting(const QString &language, const QString &name, bool many = false);
    static QString coverNote(const QString &language, bool many = false);
    // The headline, prefixed while embargoed: "EMBARGOED UNTIL 15 July 2026, 09:00 CST – …".
    static QString subject(const Release &release);
};

} // namespace pressdesk
