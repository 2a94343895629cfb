#include "commandline.h"

#include <QCoreApplication>

namespace pressdesk {

CommandLine::CommandLine(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            m_positional.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (inlineValue) {
                m_values.insert(name, *inlineValue);
            } else if (i + 1 < arguments.size()) {
                m_values.insert(name, arguments.at(++i));
            } else {
                m_error = QCoreApplication::translate("CommandLine", "--%1 needs a value.").arg(name);
                return;
            }
            m_repeated[name].append(m_values.value(name));
        } else {
            m_error = QCoreApplication::translate("CommandLine", "Unknown option --%1.").arg(name);
            return;
        }
    }
}

QStringList CommandLine::values(const QString &name) const
{
    return m_repeated.value(name);
}

std::optional<QString> CommandLine::value(const QString &name) const
{
    const auto found = m_values.constFind(name);
    if (found == m_values.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<int> CommandLine::integer(const QString &name, int minimum, int maximum)
{
    const std::optional<QString> text = value(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const int number = text->toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        m_error = QCoreApplication::translate("CommandLine", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                      .arg(name)
                      .arg(minimum)
                      .arg(maximum)
                      .arg(*text);
        return std::nullopt;
    }
    return number;
}

} // namespace pressdesk
