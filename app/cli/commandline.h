#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pressdesk {

// Arguments of one command: "--name value", "--name=value" and "--flag" options, the rest
// positional. Options not declared by the command are a usage error.
class CommandLine final
{
public:
    CommandLine(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QStringList positional() const { return m_positional; }
    bool isSet(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    std::optional<QString> value(const QString &name) const;
    // Every value of an option given more than once (--recipient A --recipient B), in order.
    QStringList values(const QString &name) const;
    // An integer option within [minimum, maximum]; sets the error when it is not one.
    std::optional<int> integer(const QString &name, int minimum, int maximum);

private:
    QStringList m_positional;
    QHash<QString, QString> m_values; // the last value of each option
    QHash<QString, QStringList> m_repeated;
    QSet<QString> m_flags;
    QString m_error;
};

} // namespace pressdesk
