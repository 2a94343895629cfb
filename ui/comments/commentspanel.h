#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pressdesk {

class Database;

// Beside the release editor: the release's comments as threads (a comment on the whole
// release or on a field, and its replies), a box to write a new comment or a reply, and
// Resolve/Reopen for a thread. Selecting a comment names its field (fieldSelected) so that
// the editor highlights it. Follows other people's comments through Database::changed. The
// server checks every write again (TeamRepository).
class CommentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CommentsPanel(Database &database, QWidget *parent = nullptr);

    // 0: a release not saved yet, which cannot be commented on.
    void setRelease(qint64 releaseId);
    qint64 releaseId() const { return m_releaseId; }
    void reload();
    // A new comment on a field ('' for the whole release): the field is chosen and the text
    // box has the focus.
    void startComment(const QString &field);
    // Threads not resolved yet.
    int openCount() const { return m_openCount; }

Q_SIGNALS:
    // The selected comment's field ('' for the whole release or no selection).
    void fieldSelected(const QString &field);
    void openCountChanged(int count);

private:
    void addComment();
    void reply();
    // Writes the text box as a comment (a reply when parentId is a thread's).
    void send(qint64 parentId, const QString &field);
    void toggleResolved();
    void updateButtons();
    void chooseField(const QString &field);
    QTreeWidgetItem *selectedThread() const;
    void showProblem(const QString &message);

    Database &m_database;
    qint64 m_releaseId = 0;
    int m_openCount = 0;
    QTreeWidget *m_tree;
    QComboBox *m_field;
    QPlainTextEdit *m_text;
    QPushButton *m_add;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QLabel *m_message;
};

} // namespace pressdesk
