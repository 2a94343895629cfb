#pragma once

#include "domain/medialist.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace pressdesk {

class Database;

// One media list: its name, description, saved filter (a search in the query language) and
// the members added by hand, with a live preview of who the list reaches now (one line per
// address, the left-out ones greyed with the reason) and the counts.
class MediaListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MediaListEditor(Database &database, QWidget *parent = nullptr);

    void startNew();
    bool load(qint64 id);
    qint64 listId() const { return m_list.id; }
    MediaList current() const;
    // Adds contacts by hand to the list being edited (saved with it).
    void addMembers(const QList<qint64> &contactIds);
    bool save();
    // Recomputes the preview from the form as it is.
    void updatePreview();

Q_SIGNALS:
    void saved(qint64 id);

private:
    void setList(const MediaList &list);
    void showMembers();

    Database &m_database;
    MediaList m_list;
    QList<qint64> m_members;
    QLabel *m_heading = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_filterNotes = nullptr;
    QListWidget *m_memberList = nullptr;
    QPushButton *m_removeMember = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace pressdesk
