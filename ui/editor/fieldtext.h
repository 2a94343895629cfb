#pragma once

#include <QLineEdit>
#include <QPlainTextEdit>

namespace pressdesk {

// Puts a saved value back into a field only when it differs. After Ctrl+S an editor shows
// the record as stored; writing the same text again would move the caret to the start (or
// end), scroll the field to the top and clear its undo history, and what is typed next
// would land elsewhere.
class FieldText final
{
public:
    static void set(QLineEdit *edit, const QString &text)
    {
        if (edit->text() != text)
            edit->setText(text);
    }
    static void set(QPlainTextEdit *edit, const QString &text)
    {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    }
};

} // namespace pressdesk
