#include "releasequotes.h"

#include "editor/richtextedit.h"
#include "export/markdownrenderer.h"
#include "export/releaseparts.h"
#include "newspeakerdialog.h"
#include "quotemarkers.h"
#include "releaseeditor.h"
#include "services/speakerservice.h"
#include "text/bodyblocks.h"
#include "ui_releaseeditor.h"

#include <QAction>
#include <QTimer>

namespace pressdesk {

namespace {

QString quoteItemText(const Quote &quote)
{
    const QString speaker = quote.speakerName.isEmpty() ? ReleaseEditor::tr("(no speaker)") : quote.speakerName;
    QString words = quote.text.simplified();
    if (words.size() > 60)
        words = words.left(57) + QStringLiteral("…");
    return words.isEmpty() ? speaker : QStringLiteral("%1\n%2").arg(speaker, words);
}

} // namespace

ReleaseQuotes::ReleaseQuotes(Ui::ReleaseEditor &ui, Database &database, QWidget *editor, StructureEdit edit)
    : m_ui(ui)
    , m_database(database)
    , m_editor(editor)
    , m_edit(std::move(edit))
{
    connect(ui.quotesList, &QListWidget::currentRowChanged, this, &ReleaseQuotes::showQuote);
    connect(ui.quotesList->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        // Let the drop finish before rebuilding the list it came from.
        QTimer::singleShot(0, this, &ReleaseQuotes::quotesReordered);
    });
    connect(ui.addQuoteButton, &QPushButton::clicked, this, &ReleaseQuotes::addQuote);
    connect(ui.removeQuoteButton, &QPushButton::clicked, this, &ReleaseQuotes::removeQuote);
    connect(ui.moveQuoteUpButton, &QPushButton::clicked, this, [this] { moveQuote(-1); });
    connect(ui.moveQuoteDownButton, &QPushButton::clicked, this, [this] { moveQuote(1); });
    connect(ui.speakerPicker, &RecordPicker::picked, this, &ReleaseQuotes::speakerPicked);
    connect(ui.newSpeakerButton, &QPushButton::clicked, this, &ReleaseQuotes::createSpeaker);
    connect(ui.attributionEdit, &QPlainTextEdit::textChanged, this, &ReleaseQuotes::detailEdited);
    // A title such as "Regional Director for … Tanzania, Kenya, Rwanda and Uganda" needs
    // more than one line to be read whole; it is still printed on one line.
    ui.attributionEdit->setTabChangesFocus(true);
    ui.attributionEdit->setFixedHeight(ui.attributionEdit->fontMetrics().lineSpacing() * 3 + 10);
    ui.attributionEdit->setAccessibleName(ReleaseEditor::tr("Attribution"));
    connect(ui.quoteTextEdit, &QPlainTextEdit::textChanged, this, &ReleaseQuotes::detailEdited);

    // Each quote's place in the body: markers in the body editor (click, drag), actions at
    // the body's cursor, and Alt+Up/Alt+Down in the quote list, which move a quote through
    // the body one paragraph at a time.
    m_markers = new QuoteMarkers(ui.bodyEditor->edit());
    connect(m_markers, &QuoteMarkers::quoteClicked, this, [this](int index) {
        m_ui.quotesList->setCurrentRow(index);
        m_ui.pagesTabs->setCurrentWidget(m_ui.quotesPage);
        m_ui.quotesList->setFocus();
    });
    connect(m_markers, &QuoteMarkers::quoteDropped, this, &ReleaseQuotes::placeQuote);
    auto *insertHere = new QAction(ReleaseEditor::tr("Insert Quote Here"), ui.bodyEditor->edit());
    insertHere->setObjectName(QStringLiteral("insertQuoteHereAction"));
    insertHere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    insertHere->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(insertHere, &QAction::triggered, this, [this] { addQuoteAt(m_markers->slotAtCursor()); });
    ui.bodyEditor->edit()->addAction(insertHere);
    auto *moveHere = new QAction(ReleaseEditor::tr("Move the Selected Quote Here"), ui.bodyEditor->edit());
    moveHere->setObjectName(QStringLiteral("moveQuoteHereAction"));
    connect(moveHere, &QAction::triggered, this, [this] {
        if (m_currentQuote >= 0)
            placeQuote(m_currentQuote, m_markers->slotAtCursor());
    });
    ui.bodyEditor->edit()->addAction(moveHere);
    ui.moveQuoteUpButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    ui.moveQuoteDownButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    ui.quoteDetail->setEnabled(false);
}

QList<Quote> ReleaseQuotes::placed(const QString &body) const
{
    QList<Quote> quotes = m_quotes;
    const QList<int> slots = m_markers->slots();
    const int defaultSlot = ReleaseParts::defaultSlot(MarkdownRenderer(body));
    for (qsizetype i = 0; i < quotes.size() && i < slots.size(); ++i) {
        Quote &quote = quotes[i];
        // A quote at the former default place keeps "after the first paragraph".
        if (quote.placement >= 0 || slots.at(i) != defaultSlot)
            quote.placement = slots.at(i);
    }
    return quotes;
}

void ReleaseQuotes::setQuotes(const QList<Quote> &quotes, int row)
{
    m_quotes = quotes;
    m_currentQuote = -1;
    refreshList();
    if (row >= 0 && row < m_quotes.size())
        m_ui.quotesList->setCurrentRow(row);
}

void ReleaseQuotes::syncPlacements()
{
    const QList<Quote> now = placed(m_ui.bodyEditor->markdown());
    for (qsizetype i = 0; i < m_quotes.size() && i < now.size(); ++i)
        m_quotes[i].placement = now.at(i).placement;
}

void ReleaseQuotes::refreshList()
{
    QSignalBlocker blocker(m_ui.quotesList);
    const int keep = m_currentQuote;
    m_ui.quotesList->clear();
    for (qsizetype i = 0; i < m_quotes.size(); ++i) {
        auto *item = new QListWidgetItem(quoteItemText(m_quotes.at(i)), m_ui.quotesList);
        item->setData(Qt::UserRole, static_cast<int>(i));
        item->setToolTip(placeText(resolvedSlot(m_quotes.at(i))));
    }
    QList<int> slots;
    QStringList labels;
    for (const Quote &quote : std::as_const(m_quotes)) {
        slots.append(resolvedSlot(quote));
        labels.append(quote.speakerName.isEmpty() ? ReleaseEditor::tr("(no speaker)") : quote.speakerName);
    }
    m_markers->setQuotes(slots, labels);
    m_currentQuote = -1;
    blocker.unblock();
    if (keep >= 0 && keep < m_quotes.size())
        m_ui.quotesList->setCurrentRow(keep);
    else if (!m_quotes.isEmpty())
        m_ui.quotesList->setCurrentRow(0);
    else
        showQuote(-1);
    m_ui.pagesTabs->setTabText(m_ui.pagesTabs->indexOf(m_ui.quotesPage),
        m_quotes.isEmpty() ? ReleaseEditor::tr("Quotes") : ReleaseEditor::tr("Quotes (%1)").arg(m_quotes.size()));
}

void ReleaseQuotes::showQuote(int row)
{
    m_currentQuote = row >= 0 && row < m_quotes.size() ? row : -1;
    const bool has = m_currentQuote >= 0;
    const bool wasShowing = m_showing;
    m_showing = true;
    m_ui.quoteDetail->setEnabled(has);
    const Quote quote = has ? m_quotes.at(m_currentQuote) : Quote {};
    m_ui.speakerPicker->setPicked(quote.speakerId, quote.speakerName);
    if (m_ui.attributionEdit->toPlainText() != quote.attribution)
        m_ui.attributionEdit->setPlainText(quote.attribution);
    if (m_ui.quoteTextEdit->toPlainText() != quote.text)
        m_ui.quoteTextEdit->setPlainText(quote.text);
    m_showing = wasShowing;
    m_ui.removeQuoteButton->setEnabled(has);
    const QList<int> slots = m_markers->slots();
    const int slot = has ? slots.value(m_currentQuote, 0) : 0;
    m_ui.moveQuoteUpButton->setEnabled(has && (m_currentQuote > 0 || slot > 0));
    m_ui.moveQuoteDownButton->setEnabled(has && (m_currentQuote + 1 < m_quotes.size() || slot < bodyBlockCount()));
    const QString place = has ? placeText(slot) : QString();
    m_ui.moveQuoteUpButton->setToolTip(
        ReleaseEditor::tr("Move the quote up in the body (Alt+Up)") + QLatin1Char('\n') + place);
    m_ui.moveQuoteDownButton->setToolTip(
        ReleaseEditor::tr("Move the quote down in the body (Alt+Down)") + QLatin1Char('\n') + place);
    m_markers->setCurrent(m_currentQuote);
}

void ReleaseQuotes::detailEdited()
{
    if (m_showing || m_currentQuote < 0)
        return;
    Quote &quote = m_quotes[m_currentQuote];
    // Printed after the speaker's name on one line: line breaks become spaces.
    quote.attribution = m_ui.attributionEdit->toPlainText().replace(QLatin1Char('\n'), QLatin1Char(' '));
    quote.text = m_ui.quoteTextEdit->toPlainText();
    if (QListWidgetItem *item = m_ui.quotesList->item(m_currentQuote))
        item->setText(quoteItemText(quote));
    Q_EMIT changed();
}

void ReleaseQuotes::addQuote()
{
    // A new quote follows the last one, or takes the usual place after the first paragraph.
    addQuoteAt(m_quotes.isEmpty() ? -1 : std::max(0, m_markers->slots().value(m_quotes.size() - 1)));
}

void ReleaseQuotes::addQuoteAt(int slot)
{
    m_edit(ReleaseEditor::tr("Add quote"), [this, slot] {
        Quote quote;
        quote.placement = slot;
        const int resolved = resolvedSlot(quote);
        qsizetype row = 0;
        while (row < m_quotes.size() && resolvedSlot(m_quotes.at(row)) <= resolved)
            ++row;
        m_quotes.insert(row, quote);
        m_currentQuote = static_cast<int>(row);
        refreshList();
    });
    Q_EMIT changed();
    m_ui.pagesTabs->setCurrentWidget(m_ui.quotesPage);
    m_ui.speakerPicker->setFocus();
}

void ReleaseQuotes::removeQuote()
{
    const int row = m_currentQuote;
    if (row < 0)
        return;
    m_edit(ReleaseEditor::tr("Remove quote"), [this, row] {
        m_quotes.removeAt(row);
        m_currentQuote = std::min<int>(row, static_cast<int>(m_quotes.size()) - 1);
        refreshList();
    });
    Q_EMIT changed();
}

void ReleaseQuotes::moveQuote(int delta)
{
    const int row = m_currentQuote;
    if (row < 0 || row >= m_quotes.size())
        return;
    // Up: past a quote in the same gap, else into the gap before the paragraph above.
    m_edit(ReleaseEditor::tr("Move quote"), [this, row, delta] {
        const int slot = resolvedSlot(m_quotes.at(row));
        const int neighbour = row + delta;
        if (neighbour >= 0 && neighbour < m_quotes.size() && resolvedSlot(m_quotes.at(neighbour)) == slot) {
            m_quotes.move(row, neighbour);
            m_currentQuote = neighbour;
        } else {
            m_quotes[row].placement = std::clamp(slot + delta, 0, bodyBlockCount());
            m_currentQuote = row;
            sortByPlace();
        }
        refreshList();
    });
    Q_EMIT changed();
}

void ReleaseQuotes::placeQuote(int index, int slot)
{
    if (index < 0 || index >= m_quotes.size())
        return;
    m_edit(ReleaseEditor::tr("Move quote"), [this, index, slot] {
        m_quotes[index].placement = std::clamp(slot, 0, bodyBlockCount());
        m_currentQuote = index;
        sortByPlace();
        refreshList();
    });
    Q_EMIT changed();
}

void ReleaseQuotes::quotesReordered()
{
    QList<Quote> reordered;
    int current = -1;
    for (int row = 0; row < m_ui.quotesList->count(); ++row) {
        const int index = m_ui.quotesList->item(row)->data(Qt::UserRole).toInt();
        if (index < 0 || index >= m_quotes.size())
            return;
        reordered.append(m_quotes.at(index));
        if (m_ui.quotesList->item(row) == m_ui.quotesList->currentItem())
            current = row;
    }
    if (reordered.size() != m_quotes.size())
        return;
    m_edit(ReleaseEditor::tr("Move quote"), [&] {
        // The dragged quote joins the gap of the quote now above it (or below it, at the top).
        const QList<int> slots = m_markers->slots();
        QList<int> reorderedSlots;
        for (int row = 0; row < m_ui.quotesList->count(); ++row)
            reorderedSlots.append(slots.value(m_ui.quotesList->item(row)->data(Qt::UserRole).toInt()));
        m_quotes = reordered;
        for (qsizetype i = 0; i < m_quotes.size(); ++i)
            m_quotes[i].placement = reorderedSlots.at(i);
        if (current >= 0 && m_quotes.size() > 1)
            m_quotes[current].placement = current > 0 ? reorderedSlots.at(current - 1) : reorderedSlots.at(1);
        m_currentQuote = current;
        refreshList();
    });
    Q_EMIT changed();
}

void ReleaseQuotes::sortByPlace()
{
    const Quote *selected =
        m_currentQuote >= 0 && m_currentQuote < m_quotes.size() ? &m_quotes.at(m_currentQuote) : nullptr;
    QList<std::pair<int, qsizetype>> order;
    for (qsizetype i = 0; i < m_quotes.size(); ++i)
        order.append({ resolvedSlot(m_quotes.at(i)), i });
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Quote> sorted;
    int current = -1;
    for (const auto &[slot, index] : order) {
        if (selected == &m_quotes.at(index))
            current = static_cast<int>(sorted.size());
        sorted.append(m_quotes.at(index));
    }
    m_quotes = sorted;
    m_currentQuote = current;
}

int ReleaseQuotes::resolvedSlot(const Quote &quote) const
{
    if (quote.placement < 0)
        return ReleaseParts::defaultSlot(MarkdownRenderer(m_ui.bodyEditor->markdown()));
    return std::min(quote.placement, bodyBlockCount());
}

int ReleaseQuotes::bodyBlockCount() const
{
    return BodyBlocks(*m_ui.bodyEditor->edit()->document()).count();
}

QString ReleaseQuotes::placeText(int slot) const
{
    const BodyBlocks blocks(*m_ui.bodyEditor->edit()->document());
    if (blocks.count() == 0 || slot <= 0)
        return ReleaseEditor::tr("Placed before the body.");
    QString words = blocks.first(std::min(slot, blocks.count()) - 1).text().simplified();
    if (words.size() > 50)
        words = words.left(47) + QStringLiteral("…");
    return ReleaseEditor::tr("Placed after paragraph %1 of %2: “%3”")
        .arg(std::min(slot, blocks.count()))
        .arg(blocks.count())
        .arg(words);
}

void ReleaseQuotes::speakerPicked(qint64 id, const QString &name)
{
    if (m_currentQuote < 0)
        return;
    Quote &quote = m_quotes[m_currentQuote];
    quote.speakerId = id;
    quote.speakerName = name;
    // The attribution starts as the speaker's current title and organization and is then
    // kept as written for this release.
    if (m_ui.attributionEdit->toPlainText().trimmed().isEmpty()) {
        if (const auto attribution = SpeakerService(m_database).attribution(id))
            m_ui.attributionEdit->setPlainText(*attribution);
    }
    detailEdited();
    m_ui.quoteTextEdit->setFocus();
}

void ReleaseQuotes::createSpeaker()
{
    if (m_currentQuote < 0)
        addQuote();
    NewSpeakerDialog dialog(m_database, m_editor);
    dialog.setName(m_ui.speakerPicker->pickedId() == 0 ? m_ui.speakerPicker->text() : QString());
    if (dialog.exec() != QDialog::Accepted || dialog.speakerId() == 0)
        return;
    m_ui.speakerPicker->setPicked(dialog.speakerId(), dialog.speakerName());
    speakerPicked(dialog.speakerId(), dialog.speakerName());
}

} // namespace pressdesk
