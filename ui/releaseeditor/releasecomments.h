#pragma once

#include <QObject>
#include <QString>

class QAction;
class QPushButton;
class QWidget;

namespace pressdesk {

class CommentsPanel;
class Database;

namespace Ui {
class ReleaseEditor;
}

// The release form's comments: the CommentsPanel beside the form (shown by the Comments
// button, and by itself when the release has open comments), the field of the selected comment
// highlighted in the form, and Comment on This Field (Ctrl+Alt+M) for the field that has the
// focus. Fields are named as TeamRepository stores them: headline, subheadline, lead, body:N
// (the Nth paragraph of the body that has text), quote:N (the Nth quote of the Quotes tab).
class ReleaseComments final : public QObject
{
    Q_OBJECT

public:
    ReleaseComments(Ui::ReleaseEditor &ui, Database &database, QWidget *editor);

    void setRelease(qint64 releaseId);
    CommentsPanel *panel() const { return m_panel; }
    QAction *commentAction() const { return m_action; }
    // The field the focus is in ('' for none that takes comments).
    QString focusedField() const;
    // Marks a field in the form ('' clears); the form's page with it comes to the front.
    void highlight(const QString &field);
    QString highlightedField() const { return m_highlighted; }
    void commentOnFocusedField();
    // Shows the panel (a notification about this release was chosen).
    void showPanel();

private:
    void updateButton();
    QWidget *widgetFor(const QString &field) const;
    void showPageOf(QWidget *widget);

    Ui::ReleaseEditor &m_ui;
    QWidget *m_editor;
    CommentsPanel *m_panel;
    QPushButton *m_button;
    QAction *m_action;
    QString m_highlighted;
};

} // namespace pressdesk
