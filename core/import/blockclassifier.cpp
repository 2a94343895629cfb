#include "blockclassifier.h"

#include "textfolding.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pressdesk {

namespace {

// Folded: what site chrome prints on its own line.
const QSet<QString> &furnitureWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *const list[] = { "skip to main content", "skip to content", "skip to navigation", "skip navigation",
            "saltar al contenido principal", "saltar al contenido", "ir al contenido", "ir al contenido principal",
            "aller au contenu principal", "aller au contenu", "passer au contenu", "pular para o conteudo principal",
            "pular para o conteudo", "ir para o conteudo", "search", "buscar", "busqueda", "rechercher", "recherche",
            "pesquisar", "pesquisa", "menu", "main menu", "close", "cerrar", "fermer", "fechar", "share", "compartir",
            "partager", "compartilhar", "print", "imprimir", "imprimer", "email", "e mail", "facebook", "twitter", "x",
            "linkedin", "whatsapp", "instagram", "youtube", "telegram", "home", "inicio", "accueil", "back to top",
            "volver arriba", "haut de page", "voltar ao topo", "read more", "leer mas", "lire la suite", "leia mais",
            "english", "espanol", "francais", "portugues", "en", "es", "fr", "pt", "sign in", "log in", "login",
            "iniciar sesion", "connexion", "entrar", "subscribe", "suscribete", "s abonner", "assine", "newsletter",
            "donate", "dona", "donar", "faire un don", "doe", "cookie settings", "accept", "accept all", "aceptar",
            "accepter", "aceitar", "previous", "next", "anterior", "siguiente", "precedent", "suivant", "proximo",
            "press release", "press releases", "news release", "media advisory", "news", "newsroom", "noticias",
            "actualites", "noticias e eventos", "sala de prensa", "salle de presse", "sala de imprensa", "comunicados",
            "communiques", "comunicados de prensa", "communiques de presse", "comunicados de imprensa", "top", "tags",
            "etiquetas", "mots cles", "startseite", "suche", "teilen", "drucken", "menu schliessen",
            "zum inhalt springen", "zum hauptinhalt springen", "deutsch", "italiano", "nederlands", "cerca",
            "condividi", "stampa", "zoeken", "delen", "mehr lesen", "weiterlesen", "leggi di piu", "lees meer" };
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isLatin1(const QString &text)
{
    const QChar *data = text.constData();
    for (qsizetype i = 0, size = text.size(); i < size; ++i) {
        if (data[i].unicode() >= 0x100)
            return false;
    }
    return true;
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?:;…。！？؟۔।][\"”»’')\\]」』）]*$"));
    return end.match(text.trimmed()).hasMatch();
}

} // namespace

int BlockClassifier::wordCount(const QString &text)
{
    int words = 0;
    int ideographs = 0; // Chinese and Japanese print no spaces: two characters count as a word
    bool inWord = false;
    for (const QChar c : text) {
        if (isIdeographic(c)) {
            ++ideographs;
            inWord = false;
            continue;
        }
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter || (inWord && (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-')));
    }
    return words + (ideographs + 1) / 2;
}

bool BlockClassifier::isIdeographic(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0x0E00 && u <= 0x0E7F);
}

bool BlockClassifier::isFurniture(const QString &text, const QStringList &lines)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    // Folding is dear and most blocks are prose: only a short line can be a menu word, and a
    // copyright line names itself in one of a few ways.
    const bool copyrightLike = trimmed.size() < 300
        && (trimmed.contains(QChar(0x00A9)) || trimmed.contains(QLatin1String("serv"), Qt::CaseInsensitive)
            || trimmed.contains(QLatin1String("opyright"), Qt::CaseInsensitive)
            || trimmed.contains(QLatin1String("vorbehalten"), Qt::CaseInsensitive)
            || trimmed.startsWith(QLatin1String("powered by"), Qt::CaseInsensitive) || !isLatin1(trimmed));
    const QString folded = trimmed.size() <= 48 || copyrightLike ? TextFolding::fold(trimmed) : QString();
    if (trimmed.size() <= 48 && furnitureWords().contains(folded))
        return true;
    if (copyrightLike
        && (trimmed.startsWith(QChar(0x00A9)) || folded.startsWith(QLatin1String("copyright "))
            || folded.contains(QLatin1String("all rights reserved"))
            || folded.contains(QLatin1String("derechos reservados"))
            || folded.contains(QLatin1String("droits reserves"))
            || folded.contains(QLatin1String("direitos reservados"))
            || folded.contains(QLatin1String("diritti riservati"))
            || folded.contains(QLatin1String("rechte vorbehalten")) || folded.startsWith(QLatin1String("powered by "))
            || trimmed.contains(QStringLiteral("版权所有")) || trimmed.contains(QStringLiteral("著作権"))
            || trimmed.contains(QStringLiteral("جميع الحقوق محفوظة"))
            || trimmed.contains(QStringLiteral("Все права защищены"))
            || trimmed.contains(QStringLiteral("все права защищены"))))
        return true;
    // A menu copied from a page: several short lines, none a sentence.
    if (lines.size() >= 3) {
        bool allShort = true;
        for (const QString &line : lines)
            allShort = allShort && wordCount(line) <= 5 && !endsSentence(line);
        if (allShort)
            return true;
    }
    // A breadcrumb or a row of links: "Home › News › Press releases", "EN | ES | FR".
    static const QRegularExpression separators(QStringLiteral("\\s(?:›|»|>|\\||/|·|•)\\s"));
    const QStringList pieces = trimmed.split(separators, Qt::SkipEmptyParts);
    if (pieces.size() >= 2 && trimmed.size() < 200 && !endsSentence(trimmed)) {
        bool allShort = true;
        for (const QString &piece : pieces)
            allShort = allShort && wordCount(piece) <= 4;
        if (allShort)
            return true;
    }
    return false;
}

bool BlockClassifier::isReleaseLine(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral("^(for immediate release|immediate release|press release|news release|media release|"
                       "media advisory|advisory|statement|joint statement|press statement|news|"
                       "embargoed until.*|embargo.*|comunicado de prensa|comunicado|nota de prensa|nota informativa|"
                       "para (su )?(publicaci[oó]n|difusi[oó]n) inmediata|publicaci[oó]n inmediata|"
                       "communiqu[ée] de presse|communiqu[ée]|pour (diffusion|publication) imm[ée]diate|"
                       "diffusion imm[ée]diate|comunicado de imprensa|comunicado [àa] imprensa|nota [àa] imprensa|"
                       "release|para divulga[cç][aã]o imediata)[.:]?$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 120 && line.match(text.trimmed()).hasMatch();
}

bool BlockClassifier::isEndMark(const QString &text)
{
    static const QRegularExpression mark(QStringLiteral("^[-–—\\s]*(###|# # #|30|fin|end|ends|-30-|fim)[-–—\\s]*$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 20 && mark.match(text.trimmed()).hasMatch();
}

bool BlockClassifier::isEndOfArticle(const QString &text)
{
    static const QRegularExpression end(
        QStringLiteral("^(related (news|stories|articles|content|links)|more (news|stories)|read (also|more)|see also|"
                       "share this( page| article| story)?|you may also like|latest news|"
                       "noticias relacionadas|m[aá]s noticias|te puede interesar|ver tambi[eé]n|lee tambi[eé]n|"
                       "compartir (esta|en)|[àa] lire aussi|lire aussi|sur le m[eê]me sujet|voir aussi|"
                       "partager (cette|sur)|dans la m[eê]me rubrique|not[ií]cias relacionadas|leia tamb[eé]m|"
                       "veja tamb[eé]m|mais not[ií]cias|compartilhe)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // A heading alone: "Related", "Relacionados", "Veja também".
    static const QRegularExpression alone(
        QStringLiteral("^(related|relacionad[oa]s|en relaci[oó]n|[àa] voir aussi|veja mais|read next|up next)$"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 200 && (end.match(text.trimmed()).hasMatch() || alone.match(text.trimmed()).hasMatch());
}

bool BlockClassifier::isAboutHeading(const QString &text, QString *inlineText)
{
    static const QRegularExpression about(
        QStringLiteral("^(about|acerca de|sobre|à propos d[eu]s?|a propos d[eu]s?|à propos de l[’']|qui "
                       "sommes-nous|quem somos|qui[eé]nes somos)\\b\\s*([^:\\n]{0,120})(:\\s*(.*))?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = about.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    if (m.captured(3).isEmpty() && (text.size() > 100 || text.trimmed().endsWith(QLatin1Char('.'))))
        return false;
    if (inlineText)
        *inlineText = m.captured(4).trimmed();
    return true;
}

bool BlockClassifier::isContactHeading(const QString &text)
{
    static const QRegularExpression contact(
        QStringLiteral(
            "^(for (more|further) information|more information|media contacts?|press contacts?|media enquiries|"
            "media inquiries|press office|contacts?|para (más|mayor) informaci[oó]n|m[aá]s informaci[oó]n|"
            "contactos?( de prensa)?|prensa|oficina de prensa|pour (plus d['’]informations|tout renseignement|en "
            "savoir plus)|contacts? (presse|m[ée]dias)|renseignements|relations (presse|m[ée]dias)|"
            "notes? (to|for) editors|nota(s)? (para|a) (los )?editores|notes? aux r[ée]dactions|"
            "para mais informa[cç][oõ]es|mais informa[cç][oõ]es|contatos?( (de|para) imprensa)?|"
            "assessoria de (comunica[cç][aã]o|imprensa)|notas? aos editores)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return text.size() < 400 && contact.match(text.trimmed()).hasMatch();
}

bool BlockClassifier::isProse(const QString &text)
{
    return wordCount(text) >= 12 && endsSentence(text);
}

bool BlockClassifier::isHeadlineLike(const QString &text)
{
    const int words = wordCount(text);
    if (words < 3 || words > 45 || text.size() > 300)
        return false;
    const QString trimmed = text.trimmed();
    // A headline may end in "?" or "!", or in a quotation; not in a full stop.
    if (trimmed.endsWith(QLatin1Char('.')) && !trimmed.endsWith(QLatin1String("...")))
        return false;
    if (trimmed.endsWith(QLatin1Char(':')) || isFurniture(trimmed) || isReleaseLine(trimmed))
        return false;
    // Scripts without capitals (Arabic, Hebrew, Chinese, …) start a headline with any letter.
    return trimmed.at(0).isUpper() || trimmed.at(0).isDigit() || !trimmed.at(0).isLetter()
        || trimmed.at(0).category() == QChar::Letter_Other;
}

} // namespace pressdesk
