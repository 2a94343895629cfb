#include "spellingservice.h"

#include "i18n/languagenames.h"
#include "spellchecker.h"

#include <QDir>
#include <QMutexLocker>
#include <QStandardPaths>

namespace pressdesk {

SpellingService::SpellingService(QString personalDictionaryPath, QStringList searchPaths, QObject *parent)
    : QObject(parent)
    , m_locator(std::move(searchPaths))
    , m_personal(std::move(personalDictionaryPath))
{
    m_personal.load();
    m_pool.setMaxThreadCount(1);
}

SpellingService::~SpellingService()
{
    // A dictionary still loading must not post its result to a destroyed service.
    m_pool.waitForDone();
}

SpellingService &SpellingService::shared()
{
    static SpellingService *service = [] {
        auto *created = new SpellingService(defaultPersonalDictionaryPath(), DictionaryLocator::defaultSearchPaths());
        // Destroyed with the application, before the thread pools go.
        if (QCoreApplication::instance())
            created->setParent(QCoreApplication::instance());
        return created;
    }();
    return *service;
}

QString SpellingService::defaultPersonalDictionaryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/personal-dictionary.txt");
}

SpellingService::Entry SpellingService::entryFor(const QString &language, bool startLoading)
{
    auto known = m_dictionaryOfLanguage.constFind(language);
    if (known == m_dictionaryOfLanguage.cend())
        known = m_dictionaryOfLanguage.insert(language, m_locator.find(language).name);
    const QString &name = known.value();
    if (name.isEmpty()) {
        Entry none;
        none.reason = SpellChecker::hunspellBuiltIn()
            ? tr("No dictionary found for %1 in %2.")
                  .arg(LanguageNames::displayName(language),
                      QDir::toNativeSeparators(m_locator.searchPaths().join(QStringLiteral(", "))))
            : tr("Hunspell is not built in.");
        return none;
    }
    Entry &entry = m_entries[name];
    if (entry.state == State::Unavailable && entry.reason.isEmpty()) {
        if (!SpellChecker::hunspellBuiltIn()) {
            entry.reason = tr("Hunspell is not built in.");
        } else if (startLoading) {
            entry.state = State::Loading;
            const DictionaryFile file = m_locator.find(language);
            m_pool.start([this, file] {
                auto checker = std::make_shared<SpellChecker>(file);
                {
                    QMutexLocker locker(&m_loadedMutex);
                    m_loaded.insert(file.name, checker);
                }
                // Collected in the GUI thread, never from inside a check.
                QMetaObject::invokeMethod(this, &SpellingService::collectLoaded, Qt::QueuedConnection);
            });
        }
    }
    return entry;
}

void SpellingService::collectLoaded()
{
    QHash<QString, std::shared_ptr<SpellChecker>> loaded;
    {
        QMutexLocker locker(&m_loadedMutex);
        loaded.swap(m_loaded);
    }
    for (auto it = loaded.cbegin(); it != loaded.cend(); ++it) {
        Entry &entry = m_entries[it.key()];
        if (it.value()->isValid()) {
            entry.state = State::Ready;
            entry.checker = it.value();
        } else {
            entry.state = State::Unavailable;
            entry.reason = it.value()->errorString();
        }
    }
    for (auto it = loaded.cbegin(); it != loaded.cend(); ++it) {
        // Every language using this dictionary.
        for (auto language = m_dictionaryOfLanguage.cbegin(); language != m_dictionaryOfLanguage.cend(); ++language) {
            if (language.value() == it.key())
                Q_EMIT changed(language.key());
        }
    }
}

SpellingService::State SpellingService::state(const QString &language)
{
    return entryFor(language, true).state;
}

bool SpellingService::load(const QString &language)
{
    if (entryFor(language, true).state == State::Loading) {
        m_pool.waitForDone();
        collectLoaded();
    }
    return entryFor(language, true).state == State::Ready;
}

QString SpellingService::unavailableReason(const QString &language)
{
    const Entry entry = entryFor(language, true);
    return entry.state == State::Unavailable ? entry.reason : QString();
}

QString SpellingService::dictionaryName(const QString &language)
{
    entryFor(language, false);
    return m_dictionaryOfLanguage.value(language);
}

QList<SpellToken> SpellingService::misspellings(const QString &language, QStringView text)
{
    const Entry entry = entryFor(language, true);
    if (entry.state != State::Ready)
        return {};
    QList<SpellToken> wrong = entry.checker->misspellings(text);
    if (!m_personal.isEmpty() || !m_ignored.isEmpty()) {
        wrong.removeIf([&](const SpellToken &token) { return isAccepted(text.mid(token.start, token.length)); });
    }
    return wrong;
}

QStringList SpellingService::suggestions(const QString &language, const QString &word, int max)
{
    const Entry entry = entryFor(language, true);
    if (entry.state != State::Ready)
        return {};
    return entry.checker->suggestions(word, max);
}

bool SpellingService::addToDictionary(const QString &word)
{
    const bool written = m_personal.add(word);
    if (!written)
        m_ignored.insert(word.trimmed());
    Q_EMIT changed(QString());
    return written;
}

void SpellingService::ignore(const QString &word)
{
    m_ignored.insert(word);
    Q_EMIT changed(QString());
}

bool SpellingService::isAccepted(QStringView word) const
{
    return m_personal.contains(word) || m_ignored.contains(word.toString());
}

QString SpellingService::summary()
{
    if (!SpellChecker::hunspellBuiltIn())
        return tr("Spell checking is off: Pressdesk was built without Hunspell.");
    const QStringList installed = m_locator.available();
    if (installed.isEmpty()) {
        return tr("Spell checking is off: no Hunspell dictionary found in %1.")
            .arg(QDir::toNativeSeparators(m_locator.searchPaths().join(QStringLiteral(", "))));
    }
    QStringList names;
    QStringList missing;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr") }) {
        const QString dictionary = dictionaryName(language);
        const QString languageName = LanguageNames::name(language);
        if (dictionary.isEmpty())
            missing.append(languageName);
        else
            names.append(QStringLiteral("%1 (%2)").arg(languageName, dictionary));
    }
    QString text = names.isEmpty() ? tr("Spell checking: no dictionary for English, Spanish or French.")
                                   : tr("Spell checking: %1 available.").arg(names.join(QStringLiteral(", ")));
    if (!missing.isEmpty() && !names.isEmpty())
        text += QLatin1Char(' ')
            + tr("Not available: %1 (no dictionary installed).").arg(missing.join(QStringLiteral(", ")));
    return text;
}

} // namespace pressdesk
