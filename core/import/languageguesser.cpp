#include "languageguesser.h"

#include "textfolding.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace pressdesk {

namespace {

struct Words
{
    const char *language;
    const char *words;
};

// Folded short words, frequent in running text and rare in the other languages listed.
constexpr std::array<Words, 7> latinWords { {
    { "en", "the and of to said is will with that for this from are has" },
    { "es", "el los las y del por una con al su es hoy" },
    { "fr", "le les et des du est une pour dans qui sur au pas ce" },
    // Folded: "não" is "nao"; "e" (and) is rare in Spanish.
    { "pt", "os da do dos das em uma nao e com ao pela pelo" },
    { "de", "der die und das ist nicht mit den von zu ein eine sich auch im dem wird" },
    { "it", "della di che e per sono gli delle nel alla non anche" },
    { "nl", "het een van is dat op voor niet met zijn ook bij" },
} };

const QHash<QString, QList<qsizetype>> &latinTable()
{
    static const QHash<QString, QList<qsizetype>> table = [] {
        QHash<QString, QList<qsizetype>> result;
        for (qsizetype i = 0; i < qsizetype(latinWords.size()); ++i) {
            for (const QString &word :
                QString::fromLatin1(latinWords.at(i).words).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                result[word].append(i);
        }
        return result;
    }();
    return table;
}

} // namespace

LanguageGuesser::Guess LanguageGuesser::guess(const QString &input)
{
    const QString text = input.left(20000);
    int latin = 0, arabic = 0, persian = 0, urdu = 0, cyrillic = 0, ukrainian = 0, greek = 0, hebrew = 0, han = 0,
        kana = 0, hangul = 0, thai = 0, devanagari = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x0250) {
            latin += c.isLetter() ? 1 : 0;
        } else if (u >= 0x0600 && u <= 0x06FF) {
            ++arabic;
            persian += (u == 0x067E || u == 0x0686 || u == 0x0698 || u == 0x06AF || u == 0x06CC) ? 1 : 0;
            urdu += (u == 0x06D2 || u == 0x0679 || u == 0x0688 || u == 0x0691 || u == 0x06BA) ? 1 : 0;
        } else if ((u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF)) {
            ++arabic;
        } else if (u >= 0x0400 && u <= 0x04FF) {
            ++cyrillic;
            ukrainian += (u == 0x0456 || u == 0x0457 || u == 0x0454 || u == 0x0491 || u == 0x0406 || u == 0x0407
                             || u == 0x0404 || u == 0x0490)
                ? 1
                : 0;
        } else if (u >= 0x0370 && u <= 0x03FF) {
            ++greek;
        } else if (u >= 0x0590 && u <= 0x05FF) {
            ++hebrew;
        } else if (u >= 0x3040 && u <= 0x30FF) {
            ++kana;
        } else if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)) {
            ++han;
        } else if ((u >= 0xAC00 && u <= 0xD7AF) || (u >= 0x1100 && u <= 0x11FF)) {
            ++hangul;
        } else if (u >= 0x0E00 && u <= 0x0E7F) {
            ++thai;
        } else if (u >= 0x0900 && u <= 0x097F) {
            ++devanagari;
        }
    }
    Guess result;
    // Han characters carry about two Latin letters' worth of text each.
    const int cjk = 2 * (han + kana);
    const int best = std::max({ latin, arabic, cyrillic, greek, hebrew, cjk, 2 * hangul, thai, devanagari });
    if (best > 0 && best != latin) {
        if (best == arabic) {
            result.script = Script::Arabic;
            result.language = urdu * 50 > arabic
                ? QStringLiteral("ur")
                : (persian * 40 > arabic ? QStringLiteral("fa") : QStringLiteral("ar"));
        } else if (best == cyrillic) {
            result.script = Script::Cyrillic;
            result.language = ukrainian * 60 > cyrillic ? QStringLiteral("uk") : QStringLiteral("ru");
        } else if (best == cjk) {
            result.script = Script::Han;
            // Japanese writes kana between its kanji; Chinese none.
            result.language = kana * 10 > han ? QStringLiteral("ja") : QStringLiteral("zh");
        } else if (best == 2 * hangul) {
            result.script = Script::Hangul;
            result.language = QStringLiteral("ko");
        } else if (best == greek) {
            result.script = Script::Greek;
            result.language = QStringLiteral("el");
        } else if (best == hebrew) {
            result.script = Script::Hebrew;
            result.language = QStringLiteral("he");
        } else if (best == thai) {
            result.script = Script::Thai;
            result.language = QStringLiteral("th");
        } else {
            result.script = Script::Devanagari;
            result.language = QStringLiteral("hi");
        }
        result.evidence = best;
        return result;
    }
    result.script = latin > 0 ? Script::Latin : Script::Unknown;
    std::array<int, latinWords.size()> scores {};
    const QHash<QString, QList<qsizetype>> &table = latinTable();
    for (const QString &word : TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto it = table.constFind(word);
        if (it == table.cend())
            continue;
        for (const qsizetype language : *it)
            ++scores[language];
    }
    qsizetype first = 0;
    for (qsizetype i = 1; i < qsizetype(scores.size()); ++i) {
        if (scores[i] > scores[first])
            first = i;
    }
    int second = 0;
    for (qsizetype i = 0; i < qsizetype(scores.size()); ++i) {
        if (i != first)
            second = std::max(second, scores[i]);
    }
    result.language = QString::fromLatin1(latinWords.at(first).language);
    result.evidence = scores[first];
    result.runnerUp = second;
    return result;
}

LanguageGuesser::Script LanguageGuesser::scriptOf(const QString &language)
{
    static const QHash<QString, Script> scripts = {
        { QStringLiteral("ar"), Script::Arabic },
        { QStringLiteral("fa"), Script::Arabic },
        { QStringLiteral("ur"), Script::Arabic },
        { QStringLiteral("ps"), Script::Arabic },
        { QStringLiteral("ru"), Script::Cyrillic },
        { QStringLiteral("uk"), Script::Cyrillic },
        { QStringLiteral("bg"), Script::Cyrillic },
        { QStringLiteral("sr"), Script::Cyrillic },
        { QStringLiteral("be"), Script::Cyrillic },
        { QStringLiteral("mk"), Script::Cyrillic },
        { QStringLiteral("kk"), Script::Cyrillic },
        { QStringLiteral("zh"), Script::Han },
        { QStringLiteral("ja"), Script::Han },
        { QStringLiteral("ko"), Script::Hangul },
        { QStringLiteral("el"), Script::Greek },
        { QStringLiteral("he"), Script::Hebrew },
        { QStringLiteral("yi"), Script::Hebrew },
        { QStringLiteral("th"), Script::Thai },
        { QStringLiteral("hi"), Script::Devanagari },
        { QStringLiteral("mr"), Script::Devanagari },
        { QStringLiteral("ne"), Script::Devanagari },
    };
    return scripts.value(language, Script::Latin);
}

QString LanguageGuesser::primaryCode(const QString &declared)
{
    QString code = declared.trimmed().toLower();
    const qsizetype cut = code.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    if (cut >= 0)
        code.truncate(cut);
    if (code.size() < 2 || code.size() > 3)
        return {};
    for (const QChar c : std::as_const(code)) {
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return {};
    }
    if (code == QLatin1String("iw"))
        return QStringLiteral("he");
    if (code == QLatin1String("in"))
        return QStringLiteral("id");
    return code;
}

QString LanguageGuesser::decide(const QString &declared, const QString &article)
{
    const QString code = primaryCode(declared);
    const Guess content = guess(article);
    if (code.isEmpty())
        return content.language;
    if (content.script == Script::Unknown || content.evidence < 8)
        return code;
    if (content.script != Script::Latin) {
        if (scriptOf(code) != content.script)
            return content.language;
        // Chinese and Japanese share their characters: the kana decide.
        return content.script == Script::Han ? content.language : code;
    }
    if (scriptOf(code) != Script::Latin)
        return content.language;
    // Latin both ways: only a clear verdict overrides what the page says.
    const bool known = std::any_of(latinWords.cbegin(), latinWords.cend(),
        [&code](const Words &words) { return code == QLatin1String(words.language); });
    if (known && content.language != code && content.evidence >= 3 * std::max(content.runnerUp, 1))
        return content.language;
    return code;
}

} // namespace pressdesk
