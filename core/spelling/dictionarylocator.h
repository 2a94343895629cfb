#pragma once

#include <QString>
#include <QStringList>

namespace pressdesk {

// A Hunspell dictionary on disk: its name (en_US) and its two files.
struct DictionaryFile
{
    QString name;
    QString affPath;
    QString dicPath;

    bool isValid() const { return !name.isEmpty(); }
};

// Finds Hunspell dictionaries (NAME.aff + NAME.dic) for a release language. Folders, first
// match wins: those in PRESSDESK_DICTIONARY_PATH (separated like PATH), a "dictionaries"
// folder beside the executable (Windows and macOS bundles; Contents/Resources/dictionaries
// on macOS), then the system's: /usr/share/hunspell, /usr/share/myspell/dicts,
// /usr/share/myspell, /usr/local/share/hunspell, /opt/homebrew/share/hunspell,
// /Library/Spelling and ~/Library/Spelling.
class DictionaryLocator final
{
public:
    static QStringList defaultSearchPaths();

    explicit DictionaryLocator(QStringList searchPaths = defaultSearchPaths());

    const QStringList &searchPaths() const { return m_searchPaths; }
    // Every dictionary name found, sorted, each once.
    QStringList available() const;
    // The dictionary for a BCP 47 tag: the tag's region if given (en-GB → en_GB), else the
    // usual one for the language (en → en_US, es → es_ES, fr → fr_FR), else the bare
    // language (fr), else any dictionary of that language. Invalid when none is installed.
    DictionaryFile find(const QString &languageTag) const;
    // The names tried for a tag, best first, before falling back to any of the language.
    static QStringList candidateNames(const QString &languageTag);
    // "fr" from "fr-CA", "fr_CA" or "fr".
    static QString baseLanguage(const QString &languageTag);

private:
    DictionaryFile findName(const QString &name) const;

    QStringList m_searchPaths;
};

} // namespace pressdesk
