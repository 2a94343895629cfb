#include "mailaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace pressdesk {

QString MailAddress::headerSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool control = c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0x2028) || c == QChar(0x2029)
            || c.category() == QChar::Other_Control;
        out.append(control ? QLatin1Char(' ') : c);
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return out.replace(spaces, QStringLiteral(" ")).trimmed();
}

bool MailAddress::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

std::optional<Recipient> MailAddress::parse(const QString &spec, QString *error)
{
    Recipient recipient;
    QString address = spec;
    const qsizetype semicolon = spec.lastIndexOf(QLatin1Char(';'));
    if (semicolon >= 0 && semicolon > spec.lastIndexOf(QLatin1Char('>'))) {
        address = spec.left(semicolon);
        const QStringList codes = spec.mid(semicolon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        static const QRegularExpression code(QStringLiteral("^[a-z]{2}$"));
        for (const QString &raw : codes) {
            const QString language = raw.trimmed().toLower();
            if (!code.match(language).hasMatch()) {
                if (error)
                    *error =
                        QCoreApplication::translate("Cli", "\"%1\" is not a two-letter language code (es, en, fr).")
                            .arg(raw.trimmed());
                return std::nullopt;
            }
            if (!recipient.languages.contains(language))
                recipient.languages.append(language);
        }
    }
    address = address.trimmed();
    const qsizetype open = address.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && address.endsWith(QLatin1Char('>'))) {
        recipient.email = address.mid(open + 1, address.size() - open - 2).trimmed();
        QString name = address.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2);
        recipient.name = headerSafe(name);
    } else {
        recipient.email = address;
    }
    if (!isValidEmail(recipient.email)) {
        if (error)
            *error = QCoreApplication::translate("Cli", "\"%1\" is not an e-mail address.").arg(headerSafe(spec));
        return std::nullopt;
    }
    return recipient;
}

QString MailAddress::display(const QString &name, const QString &email)
{
    const QString safe = headerSafe(name);
    return safe.isEmpty() ? email : safe + QStringLiteral(" <") + email + QLatin1Char('>');
}

bool MailAddress::isValidUnsubscribe(const QString &target)
{
    if (target.startsWith(QLatin1String("mailto:")))
        return isValidEmail(target.mid(7).section(QLatin1Char('?'), 0, 0));
    static const QRegularExpression unsafe(QStringLiteral("[\\s<>,\"]|[\\x00-\\x1f\\x7f]"));
    const QUrl url(target, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty()
        && !unsafe.match(target).hasMatch();
}

} // namespace pressdesk
