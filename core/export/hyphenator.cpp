#include "hyphenator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <hyphen.h>
#include <memory>

namespace pressdesk {

namespace {

constexpr int shortestWord = 6; // letters
constexpr int leftMinimum = 2; // letters kept before a break
constexpr int rightMinimum = 3; // and after it

struct DictionaryDeleter
{
    void operator()(HyphenDict *dictionary) const { hnj_hyphen_free(dictionary); }
};

// Loaded pattern files by language, loaded once; libhyphen only reads a loaded dictionary,
// but the cache is shared, so every use holds the lock.
class Dictionaries
{
public:
    static Dictionaries &instance()
    {
        static Dictionaries dictionaries;
        return dictionaries;
    }

    // The dictionary for a language, or nullptr; call with mutex() held.
    HyphenDict *find(const QString &language)
    {
        const QString key = language.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        auto found = m_loaded.find(key);
        if (found == m_loaded.end())
            found = m_loaded.emplace(key, load(key));
        return found->get();
    }
    QMutex &mutex() { return m_mutex; }

private:
    static std::shared_ptr<HyphenDict> load(const QString &key)
    {
        const QString base = key.section(QLatin1Char('_'), 0, 0);
        QString region = key.section(QLatin1Char('_'), 1, 1).toUpper();
        static const QHash<QString, QString> usualRegion { { QStringLiteral("en"), QStringLiteral("US") },
            { QStringLiteral("es"), QStringLiteral("ES") }, { QStringLiteral("fr"), QStringLiteral("FR") },
            { QStringLiteral("pt"), QStringLiteral("PT") }, { QStringLiteral("de"), QStringLiteral("DE") },
            { QStringLiteral("it"), QStringLiteral("IT") } };
        QStringList names;
        if (!region.isEmpty())
            names.append(base + QLatin1Char('_') + region);
        names.append(base);
        if (usualRegion.contains(base))
            names.append(base + QLatin1Char('_') + usualRegion.value(base));
        for (const QString &path : Hyphenator::searchPaths()) {
            for (const QString &name : std::as_const(names)) {
                const QString file = path + QStringLiteral("/hyph_") + name + QStringLiteral(".dic");
                if (QFile::exists(file)) {
                    HyphenDict *dictionary = hnj_hyphen_load(QFile::encodeName(file).constData());
                    if (dictionary)
                        return { dictionary, DictionaryDeleter() };
                }
            }
        }
        return {};
    }

    QMutex m_mutex;
    QHash<QString, std::shared_ptr<HyphenDict>> m_loaded;
};

// A word made only of lower-case letters (an apostrophe inside is kept: "l'organisation"
// breaks in "organisation").
bool plainWord(const QString &word)
{
    for (const QChar c : word) {
        if (!c.isLetter() && c != QLatin1Char('\'') && c != QChar(0x2019))
            return false;
        if (c.isUpper() || c.isTitleCase())
            return false;
    }
    return true;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

} // namespace

QStringList Hyphenator::searchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("PRESSDESK_HYPHENATION_PATH");
    for (const QString &path : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        paths.append(path);
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        paths.append(appDir + QStringLiteral("/hyphenation"));
        paths.append(appDir + QStringLiteral("/../Resources/hyphenation"));
        paths.append(appDir + QStringLiteral("/../share/pressdesk/hyphenation"));
    }
    paths.append({ QStringLiteral("/usr/share/hyphen"), QStringLiteral("/usr/local/share/hyphen"),
        QStringLiteral("/opt/homebrew/share/hyphen") });
    return paths;
}

bool Hyphenator::available(const QString &language)
{
    Dictionaries &dictionaries = Dictionaries::instance();
    const QMutexLocker lock(&dictionaries.mutex());
    return dictionaries.find(language) != nullptr;
}

QString Hyphenator::hyphenateWord(const QString &word, const QString &language)
{
    Dictionaries &dictionaries = Dictionaries::instance();
    const QMutexLocker lock(&dictionaries.mutex());
    HyphenDict *dictionary = dictionaries.find(language);
    if (!dictionary)
        return word;
    // The pattern files are in UTF-8 or, for some, ISO 8859-1 (Portuguese).
    const bool utf8 = dictionary->utf8 != 0;
    if (!utf8 && std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() > 0xff; }))
        return word;
    const QByteArray bytes = utf8 ? word.toUtf8() : word.toLatin1();
    QByteArray points(bytes.size() + 5, '\0');
    char **replacements = nullptr;
    int *positions = nullptr;
    int *cuts = nullptr;
    const int failed = hnj_hyphen_hyphenate2(dictionary, bytes.constData(), static_cast<int>(bytes.size()),
        points.data(), nullptr, &replacements, &positions, &cuts);
    if (replacements) { // a non-standard break (a letter changes): not offered
        for (qsizetype i = 0; i < bytes.size(); ++i)
            free(replacements[i]);
        free(replacements);
        free(positions);
        free(cuts);
        return word;
    }
    if (failed)
        return word;
    // One entry per character (libhyphen counts UTF-8 characters, not bytes); an odd value
    // allows a break after that character. word has no surrogate pairs (plainWord's letters
    // may, so those words are left whole).
    const qsizetype letters = word.size();
    if (word.toUcs4().size() != letters)
        return word;
    QString result;
    result.reserve(letters + 8);
    for (qsizetype i = 0; i < letters; ++i) {
        result.append(word.at(i));
        const bool allowed = (points.at(i) - '0') % 2 == 1;
        if (allowed && i + 1 >= leftMinimum && letters - i - 1 >= rightMinimum)
            result.append(softHyphen);
    }
    return result;
}

QString Hyphenator::hyphenate(const QString &text, const QString &language)
{
    if (language.isEmpty() || !available(language))
        return text;
    QString result;
    result.reserve(text.size() + text.size() / 8);
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            result.append(text.at(i++));
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        // A token between spaces: leading and trailing punctuation off, then a plain word
        // ("2026" or "consultation2026" is not one).
        qsizetype first = i;
        qsizetype last = end;
        while (first < last && !text.at(first).isLetterOrNumber())
            ++first;
        while (last > first && !text.at(last - 1).isLetterOrNumber())
            --last;
        const QString core = text.mid(first, last - first);
        result.append(QStringView(text).mid(i, first - i));
        if (core.size() >= shortestWord && plainWord(core)) {
            // Only the part after an apostrophe is a word of its own ("d'organisation").
            qsizetype start = 0;
            for (qsizetype k = 0; k < core.size(); ++k) {
                if (isApostrophe(core.at(k)))
                    start = k + 1;
            }
            result.append(QStringView(core).left(start));
            const QString word = core.mid(start);
            result.append(word.size() >= shortestWord ? hyphenateWord(word.toLower(), language) : word);
        } else {
            result.append(core);
        }
        result.append(QStringView(text).mid(last, end - last));
        i = end;
    }
    return result;
}

} // namespace pressdesk
