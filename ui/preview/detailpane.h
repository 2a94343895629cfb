#pragma once

#include <QTextBrowser>

namespace pressdesk {

class Database;

// The right pane: a read-only summary of the selected record. Never follows links or
// loads anything from outside the document.
class DetailPane final : public QTextBrowser
{
    Q_OBJECT

public:
    DetailPane(Database &database, QWidget *parent = nullptr);

    // kind: "release", "speaker", "event" or "organization"; id 0 clears the pane. The pane
    // updates when the event loop is next idle, so moving through a list with the arrow
    // keys (or the first paint of the window) never waits for a rich-text layout.
    void showRecord(const QString &kind, qint64 id);
    // While held, showRecord only remembers the record; releasing renders it. The main
    // window holds the pane until its first page of the list is painted.
    void setRenderingHeld(bool held);
    bool isRenderingHeld() const { return m_held; }
    // Marks these words wherever they occur, ignoring case and accents as the search does.
    void setHighlightedWords(const QStringList &words);
    QString shownKind() const { return m_kind; }
    qint64 shownId() const { return m_id; }

protected:
    void changeEvent(QEvent *event) override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void applyHighlight();
    void render();

    Database &m_database;
    QStringList m_words;
    QString m_kind;
    qint64 m_id = 0;
    bool m_renderPending = false;
    bool m_held = false;
    bool m_renderWanted = false;
};

} // namespace pressdesk
