#pragma once

#include "dictionarylocator.h"
#include "spelltokenizer.h"

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

namespace pressdesk {

// One Hunspell dictionary, loaded once (tens of milliseconds): is a word spelled right,
// what could it be, and which words of a text are wrong. Converts to and from the
// dictionary's own encoding (Hunspell's SET: UTF-8, ISO8859-1, ...). Words in another
// script than the dictionary's (a Han name in an English text) are never wrong. Built
// without Hunspell, every checker is invalid and says so.
//
// Constructing one may run on any thread; after that it belongs to one thread (it caches).
class SpellChecker final
{
    Q_DECLARE_TR_FUNCTIONS(pressdesk::SpellChecker)

public:
    explicit SpellChecker(const DictionaryFile &dictionary);
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    static bool hunspellBuiltIn();

    bool isValid() const;
    QString errorString() const { return m_error; }
    const QString &name() const { return m_dictionary.name; }
    // The text encoding of the dictionary's files, as Hunspell reports it.
    QString encoding() const { return m_encoding; }

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 5) const;
    // The wrong words of text: whole words, or only the wrong parts of a hyphenated one.
    QList<SpellToken> misspellings(QStringView text) const;
    // Forgets the words already looked up (benchmarks measure the first look-up).
    void clearCache() { m_cache.clear(); }

private:
    struct Backend;

    bool inScript(QStringView word) const;
    bool lookUp(const QString &word) const;

    DictionaryFile m_dictionary;
    std::unique_ptr<Backend> m_backend;
    QString m_error;
    QString m_encoding;
    QChar::Script m_script = QChar::Script_Common;
    mutable QHash<QString, bool> m_cache;
};

} // namespace pressdesk
