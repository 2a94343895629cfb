#include "attributiontext.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace pressdesk {

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
}

// Words that name the kind of body rather than which one, in the three languages.
const QSet<QString> &generic()
{
    static const QSet<QString> words = { QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("and"),
        QStringLiteral("for"), QStringLiteral("ministry"), QStringLiteral("department"), QStringLiteral("office"),
        QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("la"), QStringLiteral("las"), QStringLiteral("los"),
        QStringLiteral("el"), QStringLiteral("y"), QStringLiteral("e"), QStringLiteral("para"),
        QStringLiteral("ministerio"), QStringLiteral("oficina"), QStringLiteral("des"), QStringLiteral("du"),
        QStringLiteral("le"), QStringLiteral("et"), QStringLiteral("pour"), QStringLiteral("ministère"),
        QStringLiteral("bureau") };
    return words;
}

} // namespace

bool AttributionText::titleNamesOrganization(const QString &title, const QString &organization)
{
    const QStringList inTitle = words(title);
    const QSet<QString> titleWords(inTitle.cbegin(), inTitle.cend());
    int significant = 0;
    for (const QString &word : words(organization)) {
        if (generic().contains(word))
            continue;
        ++significant;
        if (!titleWords.contains(word))
            return false;
    }
    return significant > 0;
}

} // namespace pressdesk
