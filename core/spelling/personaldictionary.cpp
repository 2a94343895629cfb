#include "personaldictionary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace pressdesk {

PersonalDictionary::PersonalDictionary(QString path)
    : m_path(std::move(path))
{ }

QSet<QString> PersonalDictionary::read(bool *ok) const
{
    QSet<QString> words;
    *ok = true;
    QFile file(m_path);
    if (!file.exists())
        return words;
    if (!file.open(QIODevice::ReadOnly)) {
        *ok = false;
        return words;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString word = line.trimmed();
        if (!word.isEmpty())
            words.insert(word);
    }
    return words;
}

bool PersonalDictionary::load()
{
    bool ok = false;
    m_words = read(&ok);
    m_error = ok ? QString() : tr("Cannot read %1.").arg(QDir::toNativeSeparators(m_path));
    return ok;
}

bool PersonalDictionary::add(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('\n')))
        return false;
    bool ok = false;
    m_words.unite(read(&ok));
    m_words.insert(trimmed);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    file.write(words().join(QLatin1Char('\n')).toUtf8());
    file.write("\n");
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

bool PersonalDictionary::contains(QStringView word) const
{
    if (m_words.isEmpty() || word.isEmpty())
        return false;
    const QString text = word.toString();
    if (m_words.contains(text))
        return true;
    if (text.at(0).isUpper()) {
        QString lowered = text;
        lowered[0] = lowered.at(0).toLower();
        return m_words.contains(lowered);
    }
    return false;
}

QStringList PersonalDictionary::words() const
{
    QStringList list(m_words.cbegin(), m_words.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace pressdesk
