#pragma once

#include "domain/event.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

class QTimeZone;

namespace pressdesk {

// The words printed around a release. They follow the release's language, not the user's
// interface language (a Spanish release from an English desktop is still all Spanish), so
// they live in this table rather than in the translation catalogue.
class ReleaseLabels final
{
public:
    // The labels for a BCP 47 tag ("es", "es-419", "fr-CA"); English for unknown languages.
    static ReleaseLabels forLanguage(const QString &languageTag);
    static QStringList languages();

    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    QString immediateRelease() const;
    QString embargoedUntil(const QDateTime &utc, const QString &timeZoneId) const;
    // An unambiguous zone: "Costa Rica time (UTC−6)", "New York time (UTC−4)", "UTC".
    QString zoneName(const QTimeZone &zone, const QDateTime &at) const;
    static QString utcOffset(int seconds);
    QString about(const QString &organizationName) const;
    QString mediaContacts() const;
    QString notesToEditors() const;
    QString event() const;
    QString when() const;
    QString where() const;
    QString link() const;
    QString formatLabel() const;
    QString format(EventFormat format) const;
    QString pageOf(int page, int pageCount) const;
    // "Page %1 of %2" with the placeholders left in.
    QString pageOfPattern() const;

    QString date(const QDate &date) const;
    // "18 March 2026, 08:30–16:30 CST", a range over days, or whole days.
    QString eventDates(const Event &event) const;

    // One row of the table in releaselabels.cpp.
    struct Entry;

private:
    explicit ReleaseLabels(const Entry *entry);

    const Entry *m_entry = nullptr;
    QString m_language;
    QLocale m_locale;
};

} // namespace pressdesk
