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
    // "Hernández Peña, María José" style from the full name, for sorting lists. With
    // hispanic, a three-word name carries two surnames ("Romero Rodríguez, Andrés");
    // otherwise only four or more words do.
    static QString deriveSortName(const QString &fullName, bool hispanic = false);
    // Spanish naming: the first language is Spanish, or the country is Spanish-speaking.
    static bool usesHispanicSurnames(const QString &country, const QStringList &languages);
    // deriveSortName() for this speaker's name, country and languages.
    QString derivedSortName() const { return deriveSortName(fullName, usesHispanicSurnames(country, languages)); }
};

} // namespace pressdesk
