#include "release.h"

#include "fieldchecks.h"

#include <QCoreApplication>

namespace pressdesk {

namespace { } // namespace

ValidationIssues Release::validate() const
{
    return validateFor(status);
}

ValidationIssues Release::validateFor(ReleaseStatus target) const
{
    ValidationIssues issues;
    auto add = [&issues](const QString &field, const QString &message) {
        issues.append({ field, message });
    };

    const QString trimmedHeadline = headline.trimmed();
    if (trimmedHeadline.isEmpty())
        add(QStringLiteral("headline"), QCoreApplication::translate("Validation", "The headline is required."));
    else if (headline.size() > maxHeadlineLength)
        add(QStringLiteral("headline"),
            QCoreApplication::translate("Validation", "The headline has %1 characters; at most %2 are allowed.")
                .arg(headline.size())
                .arg(maxHeadlineLength));

    if (!fieldchecks::isValidLanguageTag(language))
        add(QStringLiteral("language"),
            QCoreApplication::translate("Validation", "The language must be a code such as \"en\" or \"es\"."));

    if (embargoUntil.isValid()) {
        if (embargoTimeZone.isEmpty())
            add(QStringLiteral("embargo_time_zone"),
                QCoreApplication::translate("Validation", "An embargo needs a time zone."));
        else if (!fieldchecks::isValidTimeZone(embargoTimeZone))
            add(QStringLiteral("embargo_time_zone"),
                QCoreApplication::translate("Validation", "\"%1\" is not a known time zone.").arg(embargoTimeZone));
    }

    if (target == ReleaseStatus::Published) {
        if (datelineCity.trimmed().isEmpty())
            add(QStringLiteral("dateline_city"),
                QCoreApplication::translate("Validation", "A published release needs a dateline."));
        if (body.trimmed().isEmpty())
            add(QStringLiteral("body"), QCoreApplication::translate("Validation", "A published release needs a body."));
        if (embargoUntil.isValid() && embargoUntil > QDateTime::currentDateTimeUtc())
            add(QStringLiteral("embargo_until"),
                QCoreApplication::translate(
                    "Validation", "The release is embargoed until %1 UTC; it cannot be published before then.")
                    .arg(embargoUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }

    const struct
    {
        const char *field;
        const QString &value;
    } texts[] = { { "subheadline", subheadline }, { "lead", lead }, { "body", body }, { "boilerplate", boilerplate },
        { "notes_to_editors", notesToEditors } };
    for (const auto &text : texts) {
        if (text.value.size() > maxTextLength)
            add(QString::fromLatin1(text.field),
                QCoreApplication::translate("Validation", "This text has %1 characters; at most %2 are allowed.")
                    .arg(text.value.size())
                    .arg(maxTextLength));
    }
    if (quotes.size() > maxQuotes)
        add(QStringLiteral("quotes"),
            QCoreApplication::translate("Validation", "The release has %1 quotes; at most %2 are allowed.")
                .arg(quotes.size())
                .arg(maxQuotes));
    for (qsizetype i = 0; i < quotes.size() && i <= maxQuotes; ++i) {
        const QString prefix = QStringLiteral("quotes[%1].").arg(i);
        if (quotes.at(i).text.trimmed().isEmpty())
            add(prefix + QLatin1String("text"), QCoreApplication::translate("Validation", "The quote has no text."));
        if (quotes.at(i).speakerId <= 0)
            add(prefix + QLatin1String("speaker_id"),
                QCoreApplication::translate("Validation", "The quote has no speaker."));
    }
    return issues;
}

Release Release::duplicated() const
{
    Release copy = *this;
    copy.id = 0;
    copy.uuid.clear();
    copy.translationGroup.clear();
    copy.status = ReleaseStatus::Draft;
    copy.version = 0;
    copy.createdAt = {};
    copy.updatedAt = {};
    copy.publishedAt = {};
    copy.deletedAt = {};
    for (Quote &quote : copy.quotes)
        quote.id = 0;
    return copy;
}

Release Release::translation(const QString &targetLanguage) const
{
    Release copy = duplicated();
    copy.translationGroup = translationGroup.isEmpty() ? uuid : translationGroup;
    copy.language = targetLanguage;
    return copy;
}

} // namespace pressdesk
