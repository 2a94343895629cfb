#pragma once

#include "import/importrecord.h"
#include "import/releaseplan.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QCheckBox;
class QLabel;
class QTabWidget;
class QUndoStack;

namespace pressdesk {

class ImportBlockView;

// Shows what was found in a pasted, dropped or opened release before anything is written:
// headline, subheadline, dateline, date, embargo (its time in its zone), language, lead, body,
// "About" text and notes, and
// each quote with its proposed speaker (an existing one, a new one with editable name,
// title and organization, or none). Everything is editable. A release split from text
// first shows its blocks, each tinted by the field it went to with how sure the parser is;
// moving a block to another field (context menu or a key, undoable) derives the fields
// again, overwriting only the fields that change. An existing speaker's title on file is
// compared with the one printed. Import accepts, Cancel leaves the database untouched.
class ImportReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportReviewDialog(const ImportRecord &record, const QList<Speaker> &knownSpeakers, QWidget *parent = nullptr);

    // The record as edited.
    ImportRecord record() const;

    enum QuoteColumn {
        TextColumn,
        AttributionColumn,
        SpeakerColumn,
        NameColumn,
        TitleColumn,
        OrganizationColumn,
        ColumnCount
    };
    static constexpr qint64 noSpeaker = -1;
    static constexpr qint64 newSpeaker = 0;

    // Esc or Cancel after an edit asks before throwing the edits away.
    void reject() override;

    // The blocks as currently assigned (empty when the record was not split from text).
    const ReleasePlan &plan() const { return m_plan; }
    // Moves a block to a field, as the view's keys and menu do (undoable).
    void reassign(int row, ReleasePlan::Field field);

private:
    void setItems(const QList<ReleasePlan::Item> &items);
    void showDerived(const ImportRecord &derived);
    void fillQuotes(const QList<ProposedQuote> &quotes);
    void showConfidence();
    QWidget *blocksPage(QWidget *parent);
    void updateRow(int row);
    void fitColumns();
    // What the writer can change, as one string: an edit changes it.
    QString fingerprint() const;

    ImportRecord m_record;
    QList<Speaker> m_known;
    ReleasePlan m_plan;
    ImportRecord m_derived; // the record the blocks last gave
    QUndoStack *m_undo = nullptr;
    ImportBlockView *m_blocks = nullptr;
    QList<QLabel *> m_confidence;
    QLabel *m_dateSource = nullptr;
    QTabWidget *m_tabs = nullptr;
    QString m_initial;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_subheadline = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_hasEmbargo = nullptr;
    QDateTimeEdit *m_embargo = nullptr;
    QComboBox *m_embargoZone = nullptr;
    QLineEdit *m_language = nullptr;
    QPlainTextEdit *m_lead = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_boilerplate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_quotes = nullptr;
};

} // namespace pressdesk
