#pragma once

#include "validationissue.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pressdesk {

// An organization: ours (the letterhead and boilerplate of new releases), a ministry, a
// funder, a partner network.
struct Organization
{
    qint64 id = 0;
    QString name;
    QString shortName;
    QString country;
    QString website;
    QString address;
    QString boilerplate;
    QByteArray logo; // PNG or SVG bytes, empty when none
    bool isOurs = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    int version = 0; // bumped on every save; a save must start from the stored version

    static constexpr qsizetype maxLogoBytes = 5 * 1024 * 1024;

    ValidationIssues validate() const;
};

} // namespace pressdesk
