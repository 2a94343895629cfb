#pragma once

#include "spelling/spelltokenizer.h"

#include <QLineEdit>

#include <optional>

namespace pressdesk {

class SpellingService;

// A QLineEdit (same API, keys and undo) that underlines its misspelled words with a red
// wavy line. QLineEdit has no per-word formats, so the line is painted over it, at the
// x positions of a QTextLayout of the same text and font, anchored at the cursor. The
// word being typed (the cursor at its end, right after an edit) is underlined only once
// the cursor leaves it or the field loses focus.
class SpellLineEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SpellLineEdit(QWidget *parent = nullptr);

    // Checks in language (empty: not at all) with service.
    void setSpelling(SpellingService *service, const QString &language);
    const QString &language() const { return m_language; }
    // The underlined words.
    const QList<SpellToken> &misspellings() const { return m_misspelled; }
    // The misspelled word at a text position, if any, the one being typed included.
    std::optional<SpellToken> misspellingAt(int position) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void recheck();
    void showMisspellings();

    SpellingService *m_service = nullptr;
    QString m_language;
    QList<SpellToken> m_all;
    QList<SpellToken> m_misspelled;
    int m_typingAt = -1; // the cursor position right after the user's last edit
};

} // namespace pressdesk
