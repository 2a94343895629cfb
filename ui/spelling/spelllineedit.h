#pragma once

#include "spelling/spelltokenizer.h"

#include <QLineEdit>

#include <optional>

namespace pressdesk {

class SpellingService;

// A QLineEdit (same API, keys and undo) that underlines its misspelled words with a red
// wavy line. QLineEdit has no per-word formats, so the line is painted over it, at the
// x positions of a QTextLayout of the same text and font, anchored at the cursor.
class SpellLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SpellLineEdit(QWidget *parent = nullptr);

    // Checks in language (empty: not at all) with service.
    void setSpelling(SpellingService *service, const QString &language);
    const QString &language() const { return m_language; }
    const QList<SpellToken> &misspellings() const { return m_misspelled; }
    // The misspelled word at a text position, if any.
    std::optional<SpellToken> misspellingAt(int position) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void recheck();

    SpellingService *m_service = nullptr;
    QString m_language;
    QList<SpellToken> m_misspelled;
};

} // namespace pressdesk
