#pragma once

#include "quote.h"
#include "releasestatus.h"
#include "validationissue.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pressdesk {

// A linked event or media contact as the release shows it. Only the id is saved; the
// other fields are read-only and filled on load.
struct EventRef
{
    qint64 id = 0;
    QString name;
};

struct ContactRef
{
    qint64 id = 0;
    QString name;
    QString title;
    QString email;
    QString phone;
};

struct Release
{
    static constexpr int maxHeadlineLength = 200;
    // Limits that keep a release a press release (and the editor responsive): a body of
    // a million characters is some 150,000 words.
    static constexpr int maxTextLength = 1'000'000;
    static constexpr int maxQuotes = 100;

    qint64 id = 0;
    QString uuid; // stable across exports; assigned on first save
    QString language = QStringLiteral("en");
    QString translationGroup; // shared by a release and its translations
    ReleaseStatus status = ReleaseStatus::Draft;
    QString headline;
    QString subheadline;
    QString datelineCity;
    QString datelineCountry;
    QDate releaseDate;
    QDateTime embargoUntil; // UTC instant, invalid when not embargoed
    QString embargoTimeZone; // IANA id the embargo is shown in
    QString lead;
    QString body; // Markdown
    QString boilerplate; // empty: the organization's boilerplate applies
    QString notesToEditors;
    QStringList tags;
    QString author;
    qint64 organizationId = 0; // issuing organization, 0: ours
    QList<Quote> quotes;
    QList<EventRef> events;
    QList<ContactRef> contacts;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime publishedAt;
    QDateTime deletedAt;
    int version = 0; // bumped on every save

    bool isEmbargoed() const { return embargoUntil.isValid(); }
    // Every problem, for the status the release is in (or is about to move to).
    ValidationIssues validate() const;
    ValidationIssues validateFor(ReleaseStatus target) const;
    // The same release as a new, unsaved draft: no id, uuid, version, history or
    // publication; a duplicate starts its own translation group.
    Release duplicated() const;
    // A new draft in another language, in this release's translation group, with the
    // quotes and links copied (the texts to be translated).
    Release translation(const QString &targetLanguage) const;
};

} // namespace pressdesk
