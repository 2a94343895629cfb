#include "peopleindex.h"

#include "textfolding.h"

#include <QRegularExpression>
#include <QStringList>

namespace pressdesk {

namespace {

const QStringList &titleStems()
{
    static const QStringList stems = [] {
        const QString words = QStringLiteral(
            "minist|viceminist|director|directeur|diretor|president|presidente|chair|head|chief|executive|officer|"
            "secretar|coordinat|coordinad|coordenad|coordonna|representa|mayor|alcald|maire|prefeit|governor|"
            "gobernador|gouverneur|governador|professor|profesor|professeur|dean|decan|doyen|research|investigad|"
            "chercheu|pesquisador|spokes|portavoz|porte-parole|porta-voz|manager|gerente|gerenta|founder|fundador|"
            "fondat|ceo|cfo|coo|commissioner|comisionad|commissaire|ambassador|embajador|ambassadeur|embaixador|"
            "rector|recteur|reitor|deputy|adviser|advisor|asesor|conseill|leader|lider|author|auteur|autor|"
            "superintend|administrador|administrator|administrateur|economist|economista|economiste|jefe|jefa|chef|"
            "cheffe|responsable|responsavel|"
            "delegad|delegue|senator|senador|senateur|deputad|diputad|depute|analyst|analista|engineer|ingenier|"
            "ingenieu|engenheir|doctor|doctora|medic|nurse|teacher|curator|editor|scientist|cientific|scientifique|"
            "cientista|expert|experto|experta|especialista|specialist|agent|oficial|vice|"
            "ministr|titular|vocero|vocera|portavoz|intendente|alcaldesa|gouvern|regidor|consejer|conselheir|"
            "sous-directeur|subdirector|subdirectora|chairperson|chairman|chairwoman|treasurer|tesorer|presidenta|"
            "coordinator|manager|owner|partner|captain|capitan|rapporteur|relator|envoy|enviad|envoye");
        return words.split(QLatin1Char('|'));
    }();
    return stems;
}

const QStringList &honorifics()
{
    static const QStringList words = { QStringLiteral("dr"), QStringLiteral("dra"), QStringLiteral("prof"),
        QStringLiteral("professor"), QStringLiteral("professora"), QStringLiteral("profesor"),
        QStringLiteral("profesora"), QStringLiteral("professeur"), QStringLiteral("doctor"), QStringLiteral("doctora"),
        QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("sr"), QStringLiteral("sra"),
        QStringLiteral("mme"), QStringLiteral("m"), QStringLiteral("me"), QStringLiteral("don"), QStringLiteral("dona"),
        QStringLiteral("dr."), QStringLiteral("sir"), QStringLiteral("dame"), QStringLiteral("minister"),
        QStringLiteral("ministra"), QStringLiteral("ministro"), QStringLiteral("ministre"), QStringLiteral("president"),
        QStringLiteral("presidente") };
    return words;
}

const QStringList &organizationWords()
{
    static const QStringList words = { QStringLiteral("university"), QStringLiteral("universidad"),
        QStringLiteral("universidade"), QStringLiteral("universite"), QStringLiteral("ministry"),
        QStringLiteral("ministerio"), QStringLiteral("ministere"), QStringLiteral("agency"), QStringLiteral("agencia"),
        QStringLiteral("agence"), QStringLiteral("foundation"), QStringLiteral("fundacion"),
        QStringLiteral("fondation"), QStringLiteral("fundacao"), QStringLiteral("commission"),
        QStringLiteral("network"), QStringLiteral("library"), QStringLiteral("department"), QStringLiteral("office"),
        QStringLiteral("council"), QStringLiteral("bank"), QStringLiteral("group"), QStringLiteral("grupo"),
        QStringLiteral("inc"), QStringLiteral("ltd"), QStringLiteral("authority"), QStringLiteral("alliance"),
        QStringLiteral("partnership"), QStringLiteral("federation"), QStringLiteral("nations"),
        QStringLiteral("institute"), QStringLiteral("instituto"), QStringLiteral("association"),
        QStringLiteral("asociacion"), QStringLiteral("company"), QStringLiteral("corporation"),
        QStringLiteral("government"), QStringLiteral("gobierno"), QStringLiteral("governo"),
        QStringLiteral("gouvernement"), QStringLiteral("congress"), QStringLiteral("congreso"), QStringLiteral("day"),
        QStringLiteral("dia"), QStringLiteral("journee"), QStringLiteral("award") };
    return words;
}

bool isArticle(const QString &folded)
{
    static const QStringList articles = { QStringLiteral("the"), QStringLiteral("el"), QStringLiteral("la"),
        QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("o"),
        QStringLiteral("a"), QStringLiteral("os"), QStringLiteral("as"), QStringLiteral("l"), QStringLiteral("its"),
        QStringLiteral("our"), QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their"),
        QStringLiteral("su"), QStringLiteral("sa"), QStringLiteral("son"), QStringLiteral("sua"),
        QStringLiteral("seu") };
    return articles.contains(folded);
}

bool isParticle(const QString &word)
{
    static const QStringList particles = { QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("la"),
        QStringLiteral("da"), QStringLiteral("do"), QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("van"),
        QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("di"), QStringLiteral("du"), QStringLiteral("le"),
        QStringLiteral("y"), QStringLiteral("e"), QStringLiteral("bin"), QStringLiteral("al"), QStringLiteral("ben") };
    return particles.contains(word);
}

QString bare(const QString &word)
{
    static const QRegularExpression edges(
        QStringLiteral("^[^\\p{L}]+|[^\\p{L}.]+$|(?<=\\p{L}{3})\\.$"), QRegularExpression::UseUnicodePropertiesOption);
    QString w = word;
    return w.remove(edges);
}

bool capitalized(const QString &word)
{
    return !word.isEmpty() && word.at(0).isUpper() && word.size() > 1;
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
    return parts;
}

struct NameRun
{
    qsizetype start = -1; // word index
    qsizetype end = -1; // one past
};

// The first person's name in the words: two to five capitalized words (particles between),
// no title or organization word among them.
NameRun findName(const QStringList &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!capitalized(bare(words.at(i))))
            continue;
        qsizetype j = i;
        int caps = 0;
        qsizetype lastCap = i;
        while (j < words.size() && j - i < 6) {
            const QString w = bare(words.at(j));
            if (capitalized(w)) {
                ++caps;
                lastCap = j;
            } else if (!isParticle(w) || caps == 0) {
                break;
            }
            // A name ends at a comma or a full stop after it.
            const QString raw = words.at(j);
            ++j;
            if (raw.endsWith(QLatin1Char(',')) || raw.endsWith(QLatin1Char(';')) || raw.endsWith(QLatin1Char(':'))
                || (raw.endsWith(QLatin1Char('.')) && bare(raw).size() > 3))
                break;
        }
        qsizetype start = i;
        // Honorifics and articles in front are not the name.
        while (start <= lastCap
            && (isArticle(TextFolding::fold(bare(words.at(start))))
                || honorifics().contains(TextFolding::fold(bare(words.at(start))))))
            ++start;
        int names = 0;
        bool ok = true;
        for (qsizetype k = start; k <= lastCap; ++k) {
            const QString w = bare(words.at(k));
            const QString folded = TextFolding::fold(w);
            if (capitalized(w))
                ++names;
            if (PeopleIndex::hasTitleWord(w) || organizationWords().contains(folded) || w.contains(QLatin1Char('\''))
                || w == w.toUpper())
                ok = false;
        }
        // Capitals after "of", "de", "para" name a place or an organization.
        static const QStringList prepositions = { QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("in"),
            QStringLiteral("at"), QStringLiteral("de"), QStringLiteral("del"), QStringLiteral("para"),
            QStringLiteral("en"), QStringLiteral("pour"), QStringLiteral("du"), QStringLiteral("des"),
            QStringLiteral("da"), QStringLiteral("do"), QStringLiteral("and"), QStringLiteral("y"),
            QStringLiteral("et") };
        if (i > 0 && prepositions.contains(words.at(i - 1).toLower()))
            ok = false;
        if (ok && names >= 2 && names <= 4)
            return { start, lastCap + 1 };
        i = qMax(i, lastCap);
    }
    return {};
}

QString joinWords(const QStringList &words, qsizetype from, qsizetype to)
{
    QStringList part;
    for (qsizetype k = from; k < to; ++k)
        part.append(words.at(k));
    QString text = part.join(QLatin1Char(' '));
    static const QRegularExpression edges(QStringLiteral("^[\\s,;:.—–-]+|[\\s,;:.—–-]+$"));
    return text.remove(edges);
}

// "De acordo com a coordenadora do observatório" → "coordenadora do observatório"; empty
// when the words name no function.
QString titleIn(const QString &text)
{
    static const QRegularExpression introducer(
        QStringLiteral("^(?:according to|speaking for|speaking as|said|says|seg[uú]n|selon|segundo|de acuerdo con|"
                       "de acordo com|para|pour|for|por su parte|por parte de|pela|por)\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    QString title = text.trimmed();
    title.remove(introducer);
    title = PeopleIndex::withoutArticle(title);
    if (title.isEmpty() || !PeopleIndex::hasTitleWord(title) || title.split(QLatin1Char(' ')).size() > 18)
        return {};
    // A title is no clause: no verb of saying, no "that".
    static const QRegularExpression clause(
        QStringLiteral("\\b(said|says|told|announced|will|has|have|was|were|dijo|afirm[oó]|que|qui|que|that|which|"
                       "who|a d[ée]clar[ée]|est|es|é)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (clause.match(title).hasMatch())
        return {};
    return title;
}

} // namespace

bool PeopleIndex::hasTitleWord(const QString &text)
{
    const QStringList words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        for (const QString &stem : titleStems()) {
            if (word.startsWith(stem) && word.size() <= stem.size() + 5)
                return true;
        }
    }
    return false;
}

QString PeopleIndex::withoutHonorific(const QString &name)
{
    QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 2 && honorifics().contains(TextFolding::fold(bare(words.constFirst()))))
        words.removeFirst();
    return words.join(QLatin1Char(' '));
}

QString PeopleIndex::withoutArticle(const QString &title)
{
    static const QRegularExpression article(
        QStringLiteral("^(?:the|el|la|le|les|los|las|o|a|os|as|l['’]|its|our|his|her|their|su|sa|son|sua|seu)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = title.trimmed();
    const QRegularExpressionMatch m = article.match(text);
    // "l'" sticks to its noun; the others need a space after them.
    if (m.hasMatch()
        && (m.captured().endsWith(QLatin1Char(' ')) || m.captured().endsWith(QLatin1Char('\''))
            || m.captured().endsWith(QChar(0x2019))))
        text = text.mid(m.capturedLength());
    return text.trimmed();
}

PeopleIndex::Person PeopleIndex::mention(const QString &rawName, const QString &title)
{
    const QString name = withoutHonorific(rawName);
    const QString key = TextFolding::fold(name);
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (TextFolding::fold(m_people.at(i).name) == key) {
            if (m_people.at(i).title.isEmpty())
                m_people[i].title = title;
            m_last = i;
            return m_people.at(i);
        }
    }
    m_people.append({ name, title });
    m_last = m_people.size() - 1;
    return m_people.constLast();
}

std::optional<PeopleIndex::Person> PeopleIndex::find(const QString &name) const
{
    const QString key = TextFolding::fold(withoutHonorific(name));
    for (const Person &person : m_people) {
        if (TextFolding::fold(person.name) == key)
            return person;
    }
    return std::nullopt;
}

std::optional<PeopleIndex::Person> PeopleIndex::resolve(const QString &reference, bool pronoun) const
{
    if (pronoun)
        return m_last >= 0 ? std::optional<Person>(m_people.at(m_last)) : std::nullopt;
    const QString ref = TextFolding::fold(withoutArticle(reference));
    if (ref.isEmpty())
        return std::nullopt;
    const QStringList refWords = ref.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // "Okafor", "Minister Mensah-Boateng", "Beatriz Lins": the last words of a name.
    for (qsizetype i = m_people.size() - 1; i >= 0; --i) {
        const QStringList nameWords = TextFolding::fold(m_people.at(i).name).split(QLatin1Char(' '));
        for (qsizetype take = qMin(refWords.size(), nameWords.size()); take >= 1; --take) {
            if (refWords.mid(refWords.size() - take) == nameWords.mid(nameWords.size() - take)
                && refWords.constLast().size() > 2)
                return m_people.at(i);
        }
    }
    // "the minister", "la ministra": every noun of the reference is in one person's title.
    for (qsizetype i = m_people.size() - 1; i >= 0; --i) {
        const QStringList titleWords = TextFolding::fold(m_people.at(i).title).split(QLatin1Char(' '));
        if (titleWords.isEmpty() || m_people.at(i).title.isEmpty())
            continue;
        bool all = true;
        for (const QString &noun : refWords) {
            const QString stem = noun.left(qMax<qsizetype>(4, noun.size() - 2));
            bool found = false;
            for (const QString &word : titleWords)
                found = found || word.startsWith(stem);
            all = all && found;
        }
        if (all)
            return m_people.at(i);
    }
    return std::nullopt;
}

namespace {

// Whether two capitalized words stand within three words of each other: no name (two to
// five capitalized words, particles between) can be introduced otherwise. Most paragraphs
// are passed over here without being split into sentences and words.
bool mayNameSomeone(const QString &text)
{
    const QChar *data = text.constData();
    const qsizetype size = qMin<qsizetype>(text.size(), 20000);
    qsizetype word = 0;
    qsizetype lastCapital = -100;
    bool atStart = true;
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = data[i];
        if (c.isSpace()) {
            atStart = true;
            continue;
        }
        if (atStart) {
            atStart = false;
            ++word;
            QChar first = c;
            // "“Ana", "(Ana", "¿Ana": the letter after the opening punctuation.
            for (qsizetype k = i; k < size && k < i + 3 && !data[k].isLetterOrNumber(); ++k)
                first = k + 1 < size ? data[k + 1] : first;
            if (first.isUpper()) {
                if (word - lastCapital <= 3)
                    return true;
                lastCapital = word;
            }
        }
    }
    return false;
}

} // namespace

void PeopleIndex::scan(const QString &text)
{
    if (!mayNameSomeone(text))
        return;
    // Sentence by sentence, comma part by comma part.
    static const QRegularExpression sentenceEnd(
        QStringLiteral("(?<=[.!?]|[.!?][\"”»])\\s+(?=[\\p{Lu}“\"«])"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression abbreviation(
        QStringLiteral("(?:^|\\s)\\p{Lu}[\\p{L}]{0,3}\\.$"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList sentences;
    QStringList pieces;
    for (const QString &line : text.left(20000).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        pieces.append(line.split(sentenceEnd, Qt::SkipEmptyParts));
    for (const QString &piece : std::as_const(pieces)) {
        // "Dr. Habimana", "SPRINGFIELD, Ill. (…)": an abbreviation ends no sentence.
        if (!sentences.isEmpty() && abbreviation.match(sentences.constLast()).hasMatch())
            sentences.last() += QLatin1Char(' ') + piece;
        else
            sentences.append(piece);
    }
    for (const QString &sentence : std::as_const(sentences)) {
        const QStringList parts = commaParts(sentence);
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const QStringList words = parts.at(p).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const NameRun run = findName(words);
            if (run.start < 0)
                continue;
            const QString name = joinWords(words, run.start, run.end);
            const bool wholePart = run.end == words.size();
            QString title;
            // Only articles and honorifics before the name: "la doctora Natalia Restrepo".
            bool plainBefore = true;
            for (qsizetype k = 0; k < run.start; ++k) {
                const QString folded = TextFolding::fold(bare(words.at(k)));
                plainBefore = plainBefore && (isArticle(folded) || honorifics().contains(folded));
            }
            // "TITLE, NAME": the part before names the function.
            if (p > 0 && plainBefore)
                title = titleIn(parts.at(p - 1).section(QStringLiteral(" — "), -1).section(QStringLiteral(" – "), -1));
            // "title words NAME" inside the part: "library president Maria Castellano".
            if (title.isEmpty() && run.start > 0)
                title = titleIn(joinWords(words, 0, run.start));
            // "NAME, TITLE, …"
            if (title.isEmpty() && wholePart && p + 1 < parts.size())
                title = titleIn(parts.at(p + 1));
            if (!title.isEmpty())
                mention(name, title);
            else if (find(name))
                mention(name, QString());
        }
    }
}

} // namespace pressdesk
