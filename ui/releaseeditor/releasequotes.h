#pragma once

#include "domain/release.h"

#include <QObject>

#include <functional>

class QWidget;

namespace pressdesk {

class Database;
class QuoteMarkers;

namespace Ui {
class ReleaseEditor;
}

// The release form's quotes: the Quotes tab (list, detail, buttons, a speaker picked or
// created inline) and each quote's place in the body (Quote::placement) through the markers
// in the body editor, Insert Quote Here, Move the Selected Quote Here and Alt+Up/Alt+Down.
// Structural edits are handed to the editor's undo stack through edit.
class ReleaseQuotes final : public QObject
{
    Q_OBJECT

public:
    // Records a structural change on the undo stack: its text, and the change itself.
    using StructureEdit = std::function<void(const QString &text, const std::function<void()> &change)>;

    ReleaseQuotes(Ui::ReleaseEditor &ui, Database &database, QWidget *editor, StructureEdit edit);

    const QList<Quote> &quotes() const { return m_quotes; }
    // The quotes with the places the body shows now.
    QList<Quote> placed(const QString &body) const;
    int currentQuote() const { return m_currentQuote; }
    // Shows quotes and selects row (else the first quote).
    void setQuotes(const QList<Quote> &quotes, int row = -1);
    // Takes the places shown in the body into the quotes, before a structural edit.
    void syncPlacements();
    // Removes the selected quote (Remove, or Del in the list).
    void removeQuote();

Q_SIGNALS:
    // The quotes changed (an edit in the detail, or a structural change).
    void changed();

private:
    void refreshList();
    void showQuote(int row);
    void detailEdited();
    void addQuote();
    void addQuoteAt(int slot);
    void moveQuote(int delta);
    void placeQuote(int index, int slot);
    void quotesReordered();
    void sortByPlace();
    // Places resolved against the body now.
    int resolvedSlot(const Quote &quote) const;
    int bodyBlockCount() const;
    QString placeText(int slot) const;
    void speakerPicked(qint64 id, const QString &name);
    void createSpeaker();

    Ui::ReleaseEditor &m_ui;
    Database &m_database;
    QWidget *m_editor = nullptr;
    StructureEdit m_edit;
    QList<Quote> m_quotes;
    int m_currentQuote = -1;
    QuoteMarkers *m_markers = nullptr;
    bool m_showing = false; // the detail shows another quote: its edits are not the user's
};

} // namespace pressdesk
