#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

// Quoted speech and who said it, in English, Spanish, French and Portuguese:
//   “…,” said NAME, TITLE.          “…” NAME, TITLE, said.        NAME, TITLE, said: “…”
//   NAME, TITLE, stated that …     «…», afirmó NAME, TITLE.       «…», a déclaré NAME, TITLE.
//   “…,” the minister added.       “…,” López said.              NAME, TITLE, señaló que …
//   “…”, señaló la ministra de Salud, Carmen Zelaya.     NAME añadió que “…”.     “…,” she said.
//   « … », a-t-il ajouté.          “…”, agregó.                  According to NAME, “…”
//   Chief executive NAME told reporters: “…”             “…”, disse NAME, coordenadora da Rede.
// with straight or curly double quotes, „low-high“ quotes and «guillemets», and quotes
// interrupted by their attribution (“…,” said NAME, “…”).
class AttributionParser final
{
public:
    struct Attribution
    {
        QString quote; // the words, without the quote marks
        QString subject; // who, as printed: "María López, Minister of Environment"
        QString name; // a full name, when the subject has one
        QString attribution; // what follows the name as printed: "Minister of Environment, Acme"
        QString title; // the title alone: "Minister of Environment"
        QString organization; // "Acme" when the attribution names one
        QString reference; // no full name: a surname ("López") or a title ("the minister")
        bool indirect = false; // reported speech ("stated that …")
        bool before = false; // the attribution comes before the quote
        bool pronoun = false; // "she said", "a-t-il ajouté", "agregó": the person mentioned last
        QString remainder; // prose before the quote in the same paragraph, which stays in the body
    };
    struct Span
    {
        qsizetype open = -1; // index of the opening mark
        qsizetype close = -1; // index of the closing mark, -1 when the quote is not closed
    };

    static std::optional<Attribution> parse(const QString &paragraph);
    // Quoted spans in order; the last may be unclosed.
    static QList<Span> quoteSpans(const QString &text);
    static bool isOpeningMark(QChar c);
    // Splits "María López, Minister of Environment, Acme" into name, attribution, title and
    // organization; a lone surname or "the minister" becomes the reference.
    static void describeSubject(const QString &subject, Attribution &into);
    // Whether a quote reference ("the minister", "la ministra", "López") points at a speaker.
    static bool refersTo(const QString &reference, const QString &fullName, const QString &title);
};

} // namespace pressdesk
