#include "attributionparser.h"

#include "importlimits.h"
#include "peopleindex.h"
#include "textfolding.h"

#include <QRegularExpression>
#include <QStringList>

namespace pressdesk {

namespace {

// Verbs of saying, most specific first so "a déclaré" wins over "déclare".
QString verbs()
{
    return QStringLiteral(
        "said|says|added|adds|explained|explains|noted|notes|stated|states|commented|remarked|declared|affirmed|"
        "stressed|emphasi[sz]ed|concluded|continued|observed|pointed out|underlined|highlighted|insisted|told "
        "reporters|told|warned|warns|urged|urges|recalled|argued|acknowledged|announced|explained|wrote|asked|"
        "dijo|dice|afirmó|afirma|señaló|señala|declaró|declara|explicó|explica|añadió|añade|agregó|agrega|indicó|"
        "indica|subrayó|subraya|destacó|destaca|aseguró|asegura|comentó|expresó|expresa|sostuvo|sostiene|manifestó|"
        "manifiesta|concluyó|enfatizó|apuntó|precisó|recalcó|recalca|advirtió|insistió|reconoció|detalló|"
        "puntualizó|remarcó|añadió|agregó|"
        "a déclaré|a affirmé|a ajouté|a souligné|a expliqué|a indiqué|a précisé|a estimé|a rappelé|a insisté|"
        "a conclu|a commenté|a dit|a assuré|a martelé|a poursuivi|a noté|a relevé|a lancé|a averti|a prévenu|"
        "a résumé|déclare|affirme|ajoute|souligne|explique|indique|précise|estime|rappelle|conclut|dit|assure|"
        "disse|diz|afirmou|afirma|destacou|destaca|acrescentou|acrescenta|declarou|explicou|ressaltou|salientou|"
        "completou|observou|garantiu|assegurou|comentou|frisou|sublinhou|enfatizou|avaliou|defendeu|concluiu|"
        "lembrou|informou|alertou|reforçou|pontuou");
}

const QRegularExpression &verbFirst()
{
    static const QRegularExpression re(QStringLiteral("^(?:") + verbs() + QStringLiteral(")\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &verbLast()
{
    static const QRegularExpression re(QStringLiteral("^(.+?),?\\s+(?:") + verbs()
            + QStringLiteral(")(?:\\s+(?:to reporters|a los periodistas|aux journalistes|aos jornalistas))?"
                             "(?:\\s+(?:that|que|qu['’]))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// "According to NAME", "según la ministra", "selon Claire Fontaine", "de acordo com …".
const QRegularExpression &according()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:according to|seg[uú]n|selon|segundo|de acuerdo con|de acordo com)\\s+(.+?),?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &reported()
{
    static const QRegularExpression re(
        QStringLiteral("^([^\"“”«»]{3,300}?),?\\s+(?:") + verbs() + QStringLiteral(")\\s+(?:that|que|qu[’'])\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
            | QRegularExpression::DotMatchesEverythingOption);
    return re;
}

QChar closingFor(QChar open)
{
    switch (open.unicode()) {
    case 0x201C:
        return QChar(0x201D); // “ ”
    case 0x201E:
        return QChar(0x201C); // „ “
    case 0x00AB:
        return QChar(0x00BB); // « »
    case 0x2039:
        return QChar(0x203A); // ‹ ›
    default:
        return QLatin1Char('"');
    }
}

// Trims spaces (also no-break ones, which French puts inside guillemets) and the given
// punctuation from both ends.
QString trimmed(const QString &text, const QString &punctuation)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    const auto strip = [&](QChar c) {
        return c.isSpace() || punctuation.contains(c);
    };
    while (start < end && strip(text.at(start)))
        ++start;
    while (end > start && strip(text.at(end - 1)))
        --end;
    return text.mid(start, end - start);
}

bool isArticle(const QString &word)
{
    static const QStringList articles = { QStringLiteral("the"), QStringLiteral("el"), QStringLiteral("la"),
        QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("los"), QStringLiteral("las"),
        QStringLiteral("our"), QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("o"), QStringLiteral("a"), QStringLiteral("os"), QStringLiteral("as") };
    return articles.contains(word.toLower()) || word.toLower().startsWith(QLatin1String("l'"))
        || word.toLower().startsWith(QStringLiteral("l’"));
}

bool isParticle(const QString &word)
{
    static const QStringList particles = { QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("la"),
        QStringLiteral("las"), QStringLiteral("los"), QStringLiteral("y"), QStringLiteral("van"), QStringLiteral("von"),
        QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("du"), QStringLiteral("le"), QStringLiteral("des"),
        QStringLiteral("e"), QStringLiteral("dos") };
    return particles.contains(word);
}

// Two to six words, capitalized (particles allowed), no digits: a person's name.
bool looksLikeFullName(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 7)
        return false;
    int capitalized = 0;
    for (const QString &word : words) {
        for (const QChar c : word) {
            if (!(c.isLetter() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('\'')
                    || c == QChar(0x2019)))
                return false;
        }
        if (word.at(0).isUpper())
            ++capitalized;
        else if (!isParticle(word))
            return false;
    }
    return capitalized >= 2 && words.constFirst().at(0).isUpper() && !isArticle(words.constFirst());
}

// Splits at commas outside parentheses.
QStringList commaParts(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current.trimmed());
    parts.removeAll(QString());
    return parts;
}

bool plausibleSubject(const QString &subject)
{
    if (subject.isEmpty() || subject.size() > 300)
        return false;
    if (subject.contains(QLatin1Char('"')) || subject.contains(QChar(0x201C)) || subject.contains(QChar(0x00AB)))
        return false;
    const QString first = subject.section(QLatin1Char(' '), 0, 0);
    static const QStringList pronouns = { QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"),
        QStringLiteral("él"), QStringLiteral("ella"), QStringLiteral("il"), QStringLiteral("elle"),
        QStringLiteral("ele"), QStringLiteral("ela") };
    return subject.at(0).isUpper() || isArticle(first) || pronouns.contains(first.toLower())
        || PeopleIndex::hasTitleWord(first);
}

// Short capitalized names after a title, the last two joined by "and" (y, e, et):
// "Kenya", "Rwanda and Uganda". An organization after a title is one part, not such a list;
// a single part counts only after a title that ends in a place ("… para Guatemala") and
// when both of its names are plain (one or two capitalized words: no "Ministry of …").
bool continuesAList(const QStringList &parts, const QString &title)
{
    if (parts.isEmpty())
        return false;
    static const QRegularExpression shortName(
        QStringLiteral("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|de|del|du|des|la|the)){0,3}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression plainName(QStringLiteral("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression endsInPlace(
        QStringLiteral("\\s(?:for|of|in|para|de|en|pour|du|au)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression lastPair(
        QStringLiteral("^(.+?)\\s+(?:and|y|e|et)\\s+(.+)$"), QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch pair = lastPair.match(parts.constLast());
    if (!pair.hasMatch())
        return false;
    if (parts.size() == 1)
        return endsInPlace.match(title).hasMatch() && plainName.match(pair.captured(1)).hasMatch()
            && plainName.match(pair.captured(2)).hasMatch();
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (!shortName.match(parts.at(i)).hasMatch())
            return false;
    }
    return shortName.match(pair.captured(1)).hasMatch() && shortName.match(pair.captured(2)).hasMatch();
}

// "Chief executive Ilse Bakker" → "Ilse Bakker" with "Chief executive" before it; the name
// is the longest run of capitalized words at the end, and what comes before must not end in a
// preposition ("… para América Latina" is a place).
QString nameAtEnd(const QString &part, QString *before)
{
    const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList prepositions = { QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("in"),
        QStringLiteral("at"), QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("para"), QStringLiteral("en"),
        QStringLiteral("pour"), QStringLiteral("du"), QStringLiteral("des"), QStringLiteral("da"), QStringLiteral("do"),
        QStringLiteral("no"), QStringLiteral("na"), QStringLiteral("à"), QStringLiteral("au"), QStringLiteral("and"),
        QStringLiteral("y"), QStringLiteral("e"), QStringLiteral("et"), QStringLiteral("&"), QStringLiteral("the"),
        QStringLiteral("la"), QStringLiteral("el"), QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("los"),
        QStringLiteral("las") };
    for (qsizetype start = 0; start + 1 < words.size(); ++start) {
        const QString candidate = words.mid(start).join(QLatin1Char(' '));
        const QString stripped = PeopleIndex::withoutHonorific(candidate);
        if (!looksLikeFullName(stripped) || PeopleIndex::hasTitleWord(stripped))
            continue;
        bool acronym = false;
        for (const QString &word : words.mid(start))
            acronym = acronym || (word.size() > 1 && word == word.toUpper() && word.at(0).isLetter());
        if (acronym)
            continue;
        // "… of Water Boards", "Labour and Social Security", "Administración Portuaria Oriental":
        // capitalized words after a preposition, a conjunction or another capital name a place
        // or an organization.
        if (start > 0
            && (prepositions.contains(words.at(start - 1).toLower())
                || (words.at(start - 1).at(0).isUpper() && !PeopleIndex::hasTitleWord(words.at(start - 1)))))
            continue;
        if (before)
            *before = words.mid(0, start).join(QLatin1Char(' '));
        return candidate;
    }
    return {};
}

} // namespace

bool AttributionParser::isOpeningMark(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case 0x201C:
    case 0x201E:
    case 0x00AB:
    case 0x2039:
        return true;
    default:
        return false;
    }
}

QList<AttributionParser::Span> AttributionParser::quoteSpans(const QString &text)
{
    QList<Span> spans;
    // Most paragraphs quote nobody: Qt's vectorised search says so before a loop in ours.
    if (!text.contains(QLatin1Char('"')) && !text.contains(QChar(0x201C)) && !text.contains(QChar(0x201E))
        && !text.contains(QChar(0x00AB)) && !text.contains(QChar(0x2039)))
        return spans;
    qsizetype i = 0;
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    while (i < size && spans.size() < 64) {
        const QChar c = data[i];
        if (!isOpeningMark(c)) {
            ++i;
            continue;
        }
        Span span;
        span.open = i;
        const QChar close = closingFor(c);
        qsizetype j = text.indexOf(close, i + 1);
        // Curly quotes typed as ” at both ends, or a “ closed by a straight quote.
        if (j < 0 && c == QChar(0x201C))
            j = text.indexOf(QLatin1Char('"'), i + 1);
        span.close = j;
        spans.append(span);
        if (j < 0)
            break;
        i = j + 1;
    }
    return spans;
}

void AttributionParser::describeSubject(const QString &rawSubject, Attribution &into)
{
    const QString subject = trimmed(rawSubject, QStringLiteral(",.:;—–-"));
    into.subject = subject;
    static const QStringList pronouns = { QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"),
        QStringLiteral("él"), QStringLiteral("ella"), QStringLiteral("ellos"), QStringLiteral("il"),
        QStringLiteral("elle"), QStringLiteral("ils"), QStringLiteral("ele"), QStringLiteral("ela"),
        QStringLiteral("eles") };
    if (subject.isEmpty() || pronouns.contains(subject.toLower())) {
        into.pronoun = true;
        return;
    }
    QStringList parts = commaParts(subject);
    // "…, durante la ceremonia", "…, in a statement": circumstances, not the person.
    while (parts.size() > 1 && parts.constLast().at(0).isLower() && !PeopleIndex::hasTitleWord(parts.constLast()))
        parts.removeLast();
    if (parts.isEmpty())
        return;
    const QString first = parts.constFirst();
    const bool nameFirst = looksLikeFullName(first)
        && (!PeopleIndex::hasTitleWord(first) || (parts.size() > 1 && PeopleIndex::hasTitleWord(parts.at(1))));
    // "la ministra de Salud, Carmen Zelaya", "Chief executive Ilse Bakker": the title first.
    for (qsizetype i = 0; i < parts.size() && !nameFirst; ++i) {
        QString titleBefore;
        const QString name = nameAtEnd(parts.at(i), &titleBefore);
        if (name.isEmpty() || (i == 0 && titleBefore.isEmpty()))
            continue;
        const QString title = i > 0 ? parts.at(i - 1) : titleBefore;
        if (!PeopleIndex::hasTitleWord(title))
            continue;
        into.name = PeopleIndex::withoutHonorific(name);
        into.title = PeopleIndex::withoutArticle(title);
        into.attribution = into.title;
        return;
    }
    if (!nameFirst) {
        into.reference = parts.join(QStringLiteral(", "));
        return;
    }
    into.name = PeopleIndex::withoutHonorific(first);
    if (parts.size() == 1)
        return;
    // "NAME, the agency's director": the article is the sentence's, not the title's.
    into.attribution = PeopleIndex::withoutArticle(parts.mid(1).join(QStringLiteral(", ")));
    into.title = PeopleIndex::withoutArticle(parts.at(1));
    // "Director for the United Republic of Tanzania, Kenya, Rwanda and Uganda": the commas
    // after the title go on a list of places, which ends in "and …": all of it is the title.
    if (continuesAList(parts.mid(2), parts.at(1))) {
        into.title = into.attribution;
        return;
    }
    if (parts.size() > 2) {
        into.organization = parts.mid(2).join(QStringLiteral(", "));
    } else {
        static const QRegularExpression at(
            QStringLiteral(
                "^(.+?)\\s+(?:at|of the|de la|del|du|de l['’]|chez|at the)\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\S+){1,8})$"),
            QRegularExpression::UseUnicodePropertiesOption);
        const QRegularExpressionMatch m = at.match(into.title);
        if (m.hasMatch()) {
            // Only a name of several capitalized words is taken as an organization.
            const QStringList words = m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            int capitalized = 0;
            for (const QString &word : words)
                capitalized += word.at(0).isUpper() ? 1 : 0;
            if (capitalized >= 2) {
                into.organization = m.captured(2);
                into.title = m.captured(1);
            }
        }
    }
}

bool AttributionParser::refersTo(const QString &reference, const QString &fullName, const QString &title)
{
    const QString ref = TextFolding::fold(reference);
    if (ref.isEmpty())
        return false;
    const QStringList refWords = ref.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList nameWords = TextFolding::fold(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // A surname (or the last words of the name).
    if (!refWords.isEmpty() && refWords.size() < nameWords.size()
        && nameWords.mid(nameWords.size() - refWords.size()) == refWords)
        return true;
    if (refWords.size() == 1 && nameWords.contains(refWords.constFirst()) && refWords.constFirst().size() > 3
        && refWords.constFirst() != nameWords.constFirst())
        return true;
    // A title: "the minister", "la ministra", "le directeur" against "Minister of …".
    QStringList nouns = refWords;
    while (!nouns.isEmpty() && isArticle(nouns.constFirst()))
        nouns.removeFirst();
    if (nouns.isEmpty() || nouns.size() == refWords.size())
        return false;
    const QStringList titleWords = TextFolding::fold(title).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &noun : std::as_const(nouns)) {
        const QString stem = noun.left(qMax<qsizetype>(4, noun.size() - 2));
        bool found = false;
        for (const QString &word : titleWords) {
            if (word.startsWith(stem)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

std::optional<AttributionParser::Attribution> AttributionParser::parse(const QString &input)
{
    if (input.size() > ImportLimits::maxParagraphScan)
        return std::nullopt;
    const QString paragraph = input.trimmed();
    const QString edges = QStringLiteral(",.:;—–- ");
    const QList<Span> spans = quoteSpans(paragraph);
    Attribution result;

    const auto subjectAfter = [&](const QString &text) -> std::optional<QString> {
        const QString t = trimmed(text, edges);
        if (t.isEmpty() || t.size() > 300)
            return std::nullopt;
        if (const QRegularExpressionMatch m = verbFirst().match(t); m.hasMatch())
            return m.captured(1);
        if (const QRegularExpressionMatch m = verbLast().match(t); m.hasMatch())
            return m.captured(1);
        // "agregó", "a-t-il ajouté", "ajoute-t-elle": the subject is the person mentioned last.
        static const QRegularExpression verbAlone(
            QStringLiteral("^(?:") + verbs() + QStringLiteral(")$"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression inverted(
            QStringLiteral("^(?:a-t-(?:il|elle)(?:\\s+\\p{L}+)?|\\p{L}+-t-(?:il|elle)|\\p{L}+-(?:il|elle))$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (verbAlone.match(t).hasMatch() || inverted.match(t).hasMatch())
            return QString();
        if (const QRegularExpressionMatch m = according().match(t); m.hasMatch())
            return m.captured(1);
        return std::nullopt;
    };

    if (!spans.isEmpty() && spans.constFirst().close > spans.constFirst().open) {
        const Span first = spans.constFirst();
        const QString firstQuote = paragraph.mid(first.open + 1, first.close - first.open - 1);
        const QString before = paragraph.left(first.open);
        // Interrupted: “…,” said NAME, “…”
        if (spans.size() >= 2 && spans.at(1).close > spans.at(1).open && trimmed(before, edges).isEmpty()) {
            const Span second = spans.at(1);
            const QString between = paragraph.mid(first.close + 1, second.open - first.close - 1);
            const QString tail = paragraph.mid(second.close + 1);
            const std::optional<QString> subject = subjectAfter(between);
            if (subject && plausibleSubject(trimmed(*subject, edges)) && trimmed(tail, edges).isEmpty()) {
                const QString head = trimmed(firstQuote, QStringLiteral(","));
                const QString rest = paragraph.mid(second.open + 1, second.close - second.open - 1).trimmed();
                // “… before,” she said, “Every week …”: two sentences, not one.
                const bool newSentence = !rest.isEmpty() && rest.at(0).isUpper() && !head.isEmpty()
                    && !QStringLiteral(".!?…").contains(head.back());
                result.quote = head + (newSentence ? QStringLiteral(". ") : QStringLiteral(" ")) + rest;
                describeSubject(*subject, result);
                return result;
            }
        }
        const Span last = spans.constLast().close > 0 ? spans.constLast() : first;
        const QString quote = paragraph.mid(first.open + 1, last.close - first.open - 1);
        const QString after = paragraph.mid(last.close + 1);
        const QString beforeTrimmed = trimmed(before, edges);
        const QString afterTrimmed = trimmed(after, edges);
        // A sentence of prose may precede the quote: it stays in the body.
        static const QRegularExpression sentenceEnd(QStringLiteral("[.!?][\"”»’)]*$"));
        const bool proseBefore = !beforeTrimmed.isEmpty() && sentenceEnd.match(before.trimmed()).hasMatch();
        if ((beforeTrimmed.isEmpty() || proseBefore) && !afterTrimmed.isEmpty()) {
            const std::optional<QString> subject = subjectAfter(after);
            if (!subject || (!subject->isEmpty() && !plausibleSubject(trimmed(*subject, edges))))
                return std::nullopt;
            result.quote = trimmed(quote, QStringLiteral(", "));
            result.remainder = before.trimmed();
            describeSubject(*subject, result);
            return result;
        }
        if (!beforeTrimmed.isEmpty() && afterTrimmed.isEmpty()) {
            // "NAME, TITLE, said:", "Zelaya añadió que", "According to NAME,", "Elle a précisé que".
            QString subject;
            if (const QRegularExpressionMatch m = verbLast().match(beforeTrimmed); m.hasMatch())
                subject = m.captured(1);
            else if (const QRegularExpressionMatch m2 = according().match(beforeTrimmed); m2.hasMatch())
                subject = m2.captured(1);
            else
                return std::nullopt;
            // Only the last sentence before the quote attributes it.
            static const QRegularExpression lastSentence(QStringLiteral("^.*[.!?]\\s+(?=\\p{Lu})"),
                QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::DotMatchesEverythingOption);
            if (const QRegularExpressionMatch cut = lastSentence.match(subject); cut.hasMatch()) {
                result.remainder = subject.left(cut.capturedLength()).trimmed();
                subject = subject.mid(cut.capturedLength());
            }
            if (!plausibleSubject(subject) && !subject.isEmpty())
                return std::nullopt;
            result.quote = trimmed(quote, QStringLiteral(" "));
            result.before = true;
            describeSubject(subject, result);
            return result;
        }
        return std::nullopt;
    }
    if (!spans.isEmpty())
        return std::nullopt; // an unclosed quote: the caller joins paragraphs
    const QRegularExpressionMatch m = reported().match(paragraph);
    if (!m.hasMatch() || !plausibleSubject(m.captured(1)))
        return std::nullopt;
    Attribution indirect;
    describeSubject(m.captured(1), indirect);
    if (indirect.name.isEmpty())
        return std::nullopt; // "The report stated that …" is not a quote
    indirect.quote = m.captured(2).trimmed();
    indirect.indirect = true;
    indirect.before = true;
    return indirect;
}

} // namespace pressdesk
