#pragma once

#include "validationissue.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pressdesk {

// A person quoted in releases or named as a media contact. The title is the current one;
// each quote keeps the attribution as printed at the time.
struct Speaker
{
    qint64 id = 0;
    QString honorific;
    QString fullName;
    QString sortName;
    QString title;
    qint64 organizationId = 0; // 0 when none
    QString organizationName; // read-only, filled on load
    QString country;
    QString email;
    QString phone;
    QString bio;
    QByteArray photo;
    QStringList languages;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;
    int version = 0; // bumped on every save; a save must start from the stored version

    static constexpr qsizetype maxPhotoBytes = 5 * 1024 * 1024;

    ValidationIssues validate() const;
    // "Hernández Peña, María José" style from the full name, for sorting lists.
    static QString deriveSortName(const QString &fullName);
};

} // namespace pressdesk
