#include "commentwords.h"

#include <QDateTime>
#include <QLocale>

namespace pressdesk {

QString CommentWords::field(const QString &key)
{
    if (key.isEmpty())
        return tr("Whole release");
    if (key == QLatin1String("headline"))
        return tr("Headline");
    if (key == QLatin1String("subheadline"))
        return tr("Subheadline");
    if (key == QLatin1String("lead"))
        return tr("Lead");
    if (key.startsWith(QLatin1String("body:")))
        return tr("Paragraph %1").arg(key.section(QLatin1Char(':'), 1));
    if (key.startsWith(QLatin1String("quote:")))
        return tr("Quote %1").arg(key.section(QLatin1Char(':'), 1));
    return key;
}

QString CommentWords::fieldInSentence(const QString &key)
{
    if (key.isEmpty())
        return tr("the release");
    if (key == QLatin1String("headline"))
        return tr("the headline");
    if (key == QLatin1String("subheadline"))
        return tr("the subheadline");
    if (key == QLatin1String("lead"))
        return tr("the lead");
    if (key.startsWith(QLatin1String("body:")))
        return tr("paragraph %1").arg(key.section(QLatin1Char(':'), 1));
    if (key.startsWith(QLatin1String("quote:")))
        return tr("quote %1").arg(key.section(QLatin1Char(':'), 1));
    return key;
}

QString CommentWords::time(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        return iso;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace pressdesk
