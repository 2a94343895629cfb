#include "dictionarylocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace pressdesk {

QStringList DictionaryLocator::defaultSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("PRESSDESK_DICTIONARY_PATH");
    for (const QString &path : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        paths.append(path);
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        paths.append(appDir + QStringLiteral("/dictionaries"));
        paths.append(appDir + QStringLiteral("/../Resources/dictionaries"));
        paths.append(appDir + QStringLiteral("/../share/pressdesk/dictionaries"));
    }
    paths.append({ QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts"),
        QStringLiteral("/usr/share/myspell"), QStringLiteral("/usr/local/share/hunspell"),
        QStringLiteral("/opt/homebrew/share/hunspell"), QStringLiteral("/Library/Spelling"),
        QDir::homePath() + QStringLiteral("/Library/Spelling") });
    return paths;
}

DictionaryLocator::DictionaryLocator(QStringList searchPaths)
    : m_searchPaths(std::move(searchPaths))
{ }

QStringList DictionaryLocator::available() const
{
    QStringList names;
    for (const QString &path : m_searchPaths) {
        const QDir dir(path);
        for (const QString &dic : dir.entryList({ QStringLiteral("*.dic") }, QDir::Files | QDir::Readable)) {
            const QString name = dic.chopped(4);
            if (dir.exists(name + QStringLiteral(".aff")) && !names.contains(name))
                names.append(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

QString DictionaryLocator::baseLanguage(const QString &languageTag)
{
    QString tag = languageTag.trimmed();
    tag.replace(QLatin1Char('-'), QLatin1Char('_'));
    return tag.section(QLatin1Char('_'), 0, 0).toLower();
}

QStringList DictionaryLocator::candidateNames(const QString &languageTag)
{
    static const QHash<QString, QString> usual {
        { QStringLiteral("en"), QStringLiteral("en_US") },
        { QStringLiteral("es"), QStringLiteral("es_ES") },
        { QStringLiteral("fr"), QStringLiteral("fr_FR") },
        { QStringLiteral("de"), QStringLiteral("de_DE") },
        { QStringLiteral("pt"), QStringLiteral("pt_PT") },
        { QStringLiteral("it"), QStringLiteral("it_IT") },
        { QStringLiteral("nl"), QStringLiteral("nl_NL") },
        { QStringLiteral("ru"), QStringLiteral("ru_RU") },
        { QStringLiteral("ar"), QStringLiteral("ar") },
    };
    const QString language = baseLanguage(languageTag);
    if (language.isEmpty())
        return {};
    QStringList names;
    QString tag = languageTag.trimmed();
    tag.replace(QLatin1Char('-'), QLatin1Char('_'));
    // The region is the first two-letter subtag after the language (zh_Hans_CN → CN).
    const QStringList parts = tag.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() == 2) {
            names.append(language + QLatin1Char('_') + parts.at(i).toUpper());
            break;
        }
    }
    if (usual.contains(language) && !names.contains(usual.value(language)))
        names.append(usual.value(language));
    if (!names.contains(language))
        names.append(language);
    return names;
}

DictionaryFile DictionaryLocator::findName(const QString &name) const
{
    for (const QString &path : m_searchPaths) {
        const QDir dir(path);
        const QString dic = dir.filePath(name + QStringLiteral(".dic"));
        const QString aff = dir.filePath(name + QStringLiteral(".aff"));
        if (QFileInfo(dic).isReadable() && QFileInfo(aff).isReadable())
            return { name, aff, dic };
    }
    return {};
}

DictionaryFile DictionaryLocator::find(const QString &languageTag) const
{
    for (const QString &name : candidateNames(languageTag)) {
        const DictionaryFile file = findName(name);
        if (file.isValid())
            return file;
    }
    const QString language = baseLanguage(languageTag);
    if (language.isEmpty())
        return {};
    for (const QString &name : available()) {
        if (name.startsWith(language + QLatin1Char('_')))
            return findName(name);
    }
    return {};
}

} // namespace pressdesk
