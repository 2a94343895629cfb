#include "testdatabase.h"

#include "storage/query.h"
#include "storage/speakerrepository.h"

#include <QTest>

namespace pressdesk::test {

TestDatabase::TestDatabase()
{
    if (!m_database.open(m_folder.filePath(QStringLiteral("test.sqlite"))))
        qFatal("cannot open the test database: %s", qUtf8Printable(m_database.errorString()));
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &values)
{
    Query query(m_database.connection(), sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bind(static_cast<int>(i), values.at(i));
    return query.scalar();
}

qint64 TestDatabase::addSpeaker(const QString &fullName, const QString &title)
{
    SpeakerRepository speakers(m_database);
    Speaker speaker;
    speaker.fullName = fullName;
    speaker.title = title;
    if (!speakers.save(speaker))
        qFatal("cannot save a speaker: %s", qUtf8Printable(speakers.errorString()));
    return speaker.id;
}

Release TestDatabase::makeRelease(const QString &headline, const QList<qint64> &speakerIds)
{
    Release release;
    release.headline = headline;
    release.releaseDate = QDate(2026, 7, 15);
    for (qint64 speakerId : speakerIds)
        release.quotes.append(
            { 0, speakerId, QStringLiteral("Words of %1.").arg(speakerId), QStringLiteral("Title"), {} });
    return release;
}

Release TestDatabase::makeCompleteRelease(const QString &headline, ReleaseStatus status)
{
    Release release = makeRelease(headline);
    release.datelineCity = QStringLiteral("Nairobi");
    release.datelineCountry = QStringLiteral("Kenya");
    release.lead = QStringLiteral("Ministers adopted a plan today.");
    release.body = QStringLiteral("The plan sets out three priorities.");
    release.status = status;
    return release;
}

} // namespace pressdesk::test
