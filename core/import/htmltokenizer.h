#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace pressdesk {

struct HtmlToken
{
    enum Kind { StartTag, EndTag, Text };
    Kind kind = Text;
    QString name; // lower case tag name
    QHash<QString, QString> attributes;
    QString text; // entities decoded
    bool selfClosing = false;
};

// A forgiving HTML tokenizer: tags, attributes and text with entities decoded. Comments,
// doctypes and processing instructions are dropped; the contents of script, style,
// template and noscript are dropped with them. Never fails: broken markup becomes text.
class HtmlTokenizer final
{
public:
    static QList<HtmlToken> tokenize(const QString &html);
    static QString decodeEntities(QStringView text);
};

} // namespace pressdesk
