#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pressdesk {

// The words the user added ("Add to Dictionary"): one word per line, UTF-8, sorted, in a
// file in the data folder. One list for every language, because what people add is
// mostly names (of speakers, organizations, places) and acronyms, which are written the
// same in every language. Written atomically (QSaveFile); each add merges what another
// Pressdesk window or process added meanwhile.
class PersonalDictionary final
{
    Q_DECLARE_TR_FUNCTIONS(pressdesk::PersonalDictionary)

public:
    explicit PersonalDictionary(QString path);

    const QString &path() const { return m_path; }
    // Reads the file; a missing file is an empty list.
    bool load();
    // Adds a word and writes the file. False (see errorString) when it cannot be written;
    // the word is then still accepted for this session.
    bool add(const QString &word);
    // Exactly as added, or capitalized when it was added in lower case ("pressdesk" accepts
    // "Pressdesk", as Hunspell does for its own words).
    bool contains(QStringView word) const;
    QStringList words() const;
    bool isEmpty() const { return m_words.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    QSet<QString> read(bool *ok) const;

    QString m_path;
    QSet<QString> m_words;
    QString m_error;
};

} // namespace pressdesk
