#pragma once

#include <QTranslator>

namespace pressdesk {

// The command line's translator. Its text is English, the language of the sources, so only
// messages with a count ("%n problem(s)") need the English catalogue; it is read the first
// time one is asked for, and a command that counts nothing never pays for reading it.
class EnglishPluralTranslator final : public QTranslator
{
    Q_OBJECT

public:
    explicit EnglishPluralTranslator(QObject *parent = nullptr);

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
    bool hasLoaded() const { return m_loaded; }

private:
    mutable bool m_loaded = false;
    mutable bool m_available = false;
};

} // namespace pressdesk
