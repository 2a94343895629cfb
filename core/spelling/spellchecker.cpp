#include "spellchecker.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <optional>

#ifdef PRESSDESK_HAVE_HUNSPELL
#include <hunspell/hunspell.hxx>
#endif

namespace pressdesk {

namespace {

constexpr qsizetype cacheLimit = 100000;

#ifdef PRESSDESK_HAVE_HUNSPELL

// Hunspell's encoding names (ISO8859-15, microsoft-cp1251) as Qt knows them.
QByteArray qtEncodingName(const QString &hunspellName)
{
    QString name = hunspellName.trimmed();
    if (name.startsWith(QLatin1String("ISO8859"), Qt::CaseInsensitive))
        name = QStringLiteral("ISO-8859") + name.mid(7);
    if (name.startsWith(QLatin1String("microsoft-"), Qt::CaseInsensitive))
        name = QStringLiteral("windows-") + name.mid(13);
    return name.toLatin1();
}

// The script most letters of the dictionary's TRY line belong to (Latin for en, es, fr).
QChar::Script dominantScript(const QString &letters)
{
    QHash<int, int> counts;
    for (const QChar c : letters) {
        if (c.isLetter() && c.script() != QChar::Script_Common && c.script() != QChar::Script_Inherited)
            ++counts[c.script()];
    }
    int best = QChar::Script_Common;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return static_cast<QChar::Script>(best);
}

// The TRY line of an .aff file, decoded with its SET encoding.
QString tryLetters(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray encoding = "UTF-8";
    for (int line = 0; line < 500 && !file.atEnd(); ++line) {
        const QByteArray text = file.readLine().trimmed();
        if (text.startsWith("SET "))
            encoding = qtEncodingName(QString::fromLatin1(text.mid(4))).trimmed();
        if (text.startsWith("TRY ")) {
            QStringDecoder decoder(encoding.constData());
            if (!decoder.isValid())
                decoder = QStringDecoder(QStringDecoder::Latin1);
            return decoder.decode(text.mid(4));
        }
    }
    return {};
}

#endif

} // namespace

#ifdef PRESSDESK_HAVE_HUNSPELL
struct SpellChecker::Backend
{
    Backend(const DictionaryFile &dictionary)
        : hunspell(QFile::encodeName(dictionary.affPath).constData(), QFile::encodeName(dictionary.dicPath).constData())
    { }

    Hunspell hunspell;
    QByteArray encodingName;
    bool utf8 = true;
    bool latin1 = false;
};

bool SpellChecker::hunspellBuiltIn()
{
    return true;
}

SpellChecker::SpellChecker(const DictionaryFile &dictionary)
    : m_dictionary(dictionary)
{
    if (!dictionary.isValid()) {
        m_error = tr("No dictionary.");
        return;
    }
    if (!QFile::exists(dictionary.affPath) || !QFile::exists(dictionary.dicPath)) {
        m_error = tr("The dictionary files %1 and %2 are missing.").arg(dictionary.affPath, dictionary.dicPath);
        return;
    }
    m_backend = std::make_unique<Backend>(dictionary);
    m_encoding = QString::fromStdString(m_backend->hunspell.get_dict_encoding());
    const QByteArray qtName = qtEncodingName(m_encoding);
    m_backend->utf8 = qtName.compare("UTF-8", Qt::CaseInsensitive) == 0 || qtName.isEmpty();
    m_backend->latin1 = qtName.compare("ISO-8859-1", Qt::CaseInsensitive) == 0;
    m_backend->encodingName = qtName;
    if (!m_backend->utf8 && !m_backend->latin1 && !QStringEncoder(qtName.constData()).isValid()) {
        m_error = tr("The dictionary %1 uses the encoding %2, which this system cannot convert.")
                      .arg(dictionary.name, m_encoding);
        m_backend.reset();
        return;
    }
    m_script = dominantScript(tryLetters(dictionary.affPath));
}

bool SpellChecker::lookUp(const QString &word) const
{
    QByteArray bytes;
    if (m_backend->utf8) {
        bytes = word.toUtf8();
    } else {
        QStringEncoder encoder = m_backend->latin1 ? QStringEncoder(QStringEncoder::Latin1)
                                                   : QStringEncoder(m_backend->encodingName.constData());
        bytes = encoder.encode(word);
        // A word this dictionary cannot even write is not its business.
        if (encoder.hasError())
            return true;
    }
    return m_backend->hunspell.spell(bytes.toStdString());
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    if (!m_backend)
        return {};
    QByteArray bytes;
    std::optional<QStringEncoder> encoder;
    if (m_backend->utf8) {
        bytes = word.toUtf8();
    } else {
        encoder.emplace(m_backend->latin1 ? QStringEncoder(QStringEncoder::Latin1)
                                          : QStringEncoder(m_backend->encodingName.constData()));
        bytes = encoder->encode(word);
        if (encoder->hasError())
            return {};
    }
    QStringList result;
    for (const std::string &suggestion : m_backend->hunspell.suggest(bytes.toStdString())) {
        const QByteArray raw = QByteArray::fromStdString(suggestion);
        QString text;
        if (m_backend->utf8) {
            text = QString::fromUtf8(raw);
        } else {
            QStringDecoder decoder = m_backend->latin1 ? QStringDecoder(QStringDecoder::Latin1)
                                                       : QStringDecoder(m_backend->encodingName.constData());
            text = decoder.decode(raw);
        }
        // Hunspell proposes the typographic apostrophe form when the word had one.
        if (word.contains(QChar(0x2019)))
            text.replace(QLatin1Char('\''), QChar(0x2019));
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
        if (result.size() >= max)
            break;
    }
    return result;
}
#else
struct SpellChecker::Backend
{
};

bool SpellChecker::hunspellBuiltIn()
{
    return false;
}

SpellChecker::SpellChecker(const DictionaryFile &dictionary)
    : m_dictionary(dictionary)
    , m_error(tr("Pressdesk was built without Hunspell."))
{ }

bool SpellChecker::lookUp(const QString &) const
{
    return true;
}

QStringList SpellChecker::suggestions(const QString &, int) const
{
    return {};
}
#endif

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isValid() const
{
    return m_backend != nullptr;
}

bool SpellChecker::inScript(QStringView word) const
{
    if (m_script == QChar::Script_Common)
        return true;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word.at(i).unicode();
        if (word.at(i).isHighSurrogate() && i + 1 < word.size()) {
            c = QChar::surrogateToUcs4(word.at(i), word.at(i + 1));
            ++i;
        }
        const QChar::Script script = QChar::script(c);
        if (QChar::isLetter(c) && script != m_script && script != QChar::Script_Common
            && script != QChar::Script_Inherited)
            return false;
    }
    return true;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_backend || !inScript(word))
        return true;
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.cend())
        return cached.value();
    bool correct = lookUp(word);
    if (!correct && word.contains(QChar(0x2019))) {
        QString straight = word;
        straight.replace(QChar(0x2019), QLatin1Char('\''));
        correct = lookUp(straight);
    }
    if (m_cache.size() >= cacheLimit)
        m_cache.clear();
    m_cache.insert(word, correct);
    return correct;
}

QList<SpellToken> SpellChecker::misspellings(QStringView text) const
{
    QList<SpellToken> wrong;
    if (!m_backend)
        return wrong;
    for (const SpellToken &token : SpellTokenizer::words(text)) {
        const QStringView word = text.mid(token.start, token.length);
        if (isCorrect(word.toString()))
            continue;
        const QList<SpellToken> parts = SpellTokenizer::hyphenParts(word);
        if (parts.size() <= 1) {
            wrong.append(token);
            continue;
        }
        // well-knwon: only the wrong part is marked; a compound of right parts is right.
        for (const SpellToken &part : parts) {
            if (!isCorrect(word.mid(part.start, part.length).toString()))
                wrong.append({ token.start + part.start, part.length });
        }
    }
    return wrong;
}

} // namespace pressdesk
