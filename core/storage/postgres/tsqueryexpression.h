#pragma once

#include "search/searchsyntax.h"

#include <QHash>
#include <QString>
#include <QVariantList>

namespace pressdesk {

// The PostgreSQL backend's translation of the search language's term tree (SearchSyntax) into
// a tsquery expression: each term becomes pressdesk_term(plain, words) (the schema's function:
// the folded word, or its stem in English, Spanish, French or Portuguese), alternatives are
// joined with ||, clauses with &&, exclusions with && !!. User text reaches PostgreSQL only as
// bound values, and inside them only as quoted lexemes.
class TsQueryExpression final
{
public:
    struct Sql
    {
        QString expression; // empty when nothing is searched
        QVariantList values;
    };

    // A prefix term's text -> the words it begins, as tsquery text ('adolesc' | 'adolescent'),
    // searched instead of the prefix (ListReader asks the server's pressdesk_prefix_words).
    using SpelledOut = QHash<QString, QString>;

    // The positive part and its exclusions; columnText, when given, must match among the
    // words of weight B (the quoted speakers of a release: speaker:"Ana").
    static Sql match(const SearchSyntax &syntax, const QString &columnText = {}, const SpelledOut &spelledOut = {});
    // Any excluded term, for NOT when nothing is positive.
    static Sql exclusions(const SearchSyntax &syntax, const SpelledOut &spelledOut = {});
    // The prefix terms of one word (a phrase ending in a prefix is not spelled out).
    static QStringList prefixWords(const SearchSyntax &syntax);
    // A term as tsquery text: its words quoted and joined by <->, the last one with :* for a
    // prefix, each restricted to weight when given ('ana':B <-> 'maria':*B). Empty without words.
    static QString plain(const QString &text, bool prefix, QChar weight = {});
    // The words of text as PostgreSQL's parser would find them (letters, digits, marks).
    static QStringList words(const QString &text);
};

} // namespace pressdesk
