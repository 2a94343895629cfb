#pragma once

#include "dictionarylocator.h"
#include "personaldictionary.h"
#include "spelltokenizer.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace pressdesk {

class SpellChecker;

// Spell checking for the whole application: one loaded SpellChecker per dictionary,
// shared by every editor (loading takes tens of milliseconds, so it happens once, on a
// worker thread, the first time a language is asked for), the personal dictionary and the
// words ignored for this session. Lives in the GUI thread.
class SpellingService final : public QObject
{
    Q_OBJECT

public:
    enum class State { Unavailable, Loading, Ready };

    SpellingService(QString personalDictionaryPath, QStringList searchPaths, QObject *parent = nullptr);
    ~SpellingService() override;

    // The application's: AppDataLocation/personal-dictionary.txt, the default folders.
    static SpellingService &shared();
    static QString defaultPersonalDictionaryPath();

    const DictionaryLocator &locator() const { return m_locator; }
    // Where the language stands; asking starts loading its dictionary in the background.
    State state(const QString &language);
    // Loads the language's dictionary now (tests, benchmarks). True when it is ready.
    bool load(const QString &language);
    // Why the language cannot be checked; empty when it can.
    QString unavailableReason(const QString &language);
    // The dictionary used for the language (en_US), empty when none.
    QString dictionaryName(const QString &language);

    // The wrong words of text, without the personal and ignored ones. Empty while the
    // language is loading or unavailable.
    QList<SpellToken> misspellings(const QString &language, QStringView text);
    QStringList suggestions(const QString &language, const QString &word, int max = 5);
    // Adds the word to the personal dictionary (kept on disk) and re-checks everywhere.
    bool addToDictionary(const QString &word);
    // Accepts the word until Pressdesk quits.
    void ignore(const QString &word);
    bool isAccepted(QStringView word) const;
    const PersonalDictionary &personalDictionary() const { return m_personal; }

    // One line for Preferences: which languages can be checked, or why none can.
    QString summary();

Q_SIGNALS:
    // The language's results may differ now (a dictionary finished loading); an empty
    // language means every language (a word was added or ignored).
    void changed(const QString &language);

private:
    struct Entry
    {
        State state = State::Unavailable;
        std::shared_ptr<SpellChecker> checker;
        QString reason;
    };

    // The dictionary entry of a language, resolving and starting the load if needed.
    Entry entryFor(const QString &language, bool startLoading);
    void collectLoaded();

    DictionaryLocator m_locator;
    PersonalDictionary m_personal;
    QSet<QString> m_ignored;
    QHash<QString, QString> m_dictionaryOfLanguage; // tag → dictionary name ("" = none)
    QHash<QString, Entry> m_entries; // dictionary name → entry
    QMutex m_loadedMutex;
    QHash<QString, std::shared_ptr<SpellChecker>> m_loaded; // finished on the worker, not collected yet
    QThreadPool m_pool;
};

} // namespace pressdesk
