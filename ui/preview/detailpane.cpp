#include "detailpane.h"

#include "detailhtml.h"
#include "storage/database.h"
#include "storage/entity.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "widgets/themecolors.h"

#include <QEvent>
#include <QTextDocument>
#include <QTimer>

namespace pressdesk {

DetailPane::DetailPane(Database &database, QWidget *parent)
    : QTextBrowser(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Details"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    setHtml(DetailHtml::empty(tr("Select an item to see its details."), palette()));
    // The record shown was saved (an approval in its editor, another process): show it as
    // it is now, not as it was when selected.
    connect(&database, &Database::changed, this, [this](Entity entity, qint64 id) {
        if (m_id > 0 && entityKey(entity) == m_kind && (id == 0 || id == m_id))
            showRecord(m_kind, m_id);
    });
}

QVariant DetailPane::loadResource(int, const QUrl &)
{
    return {};
}

void DetailPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The summary's colours are baked into its HTML: render it again for a new palette.
    if (event->type() == QEvent::PaletteChange && !m_renderPending) {
        m_renderPending = true;
        QTimer::singleShot(0, this, &DetailPane::render);
    }
}

void DetailPane::showRecord(const QString &kind, qint64 id)
{
    m_kind = kind;
    m_id = id;
    if (m_held) {
        m_renderWanted = true;
        return;
    }
    if (m_renderPending)
        return;
    m_renderPending = true;
    QTimer::singleShot(0, this, &DetailPane::render);
}

void DetailPane::setRenderingHeld(bool held)
{
    m_held = held;
    if (!held && m_renderWanted) {
        m_renderWanted = false;
        showRecord(m_kind, m_id);
    }
}

void DetailPane::render()
{
    m_renderPending = false;
    const QString &kind = m_kind;
    const qint64 id = m_id;
    QString html;
    if (id > 0 && kind == QLatin1String("release")) {
        if (const auto release = ReleaseRepository(m_database).load(id))
            html = DetailHtml::release(*release, palette());
    } else if (id > 0 && kind == QLatin1String("speaker")) {
        if (const auto speaker = SpeakerRepository(m_database).load(id))
            html = DetailHtml::speaker(*speaker, palette());
    } else if (id > 0 && kind == QLatin1String("event")) {
        if (const auto event = EventRepository(m_database).load(id))
            html = DetailHtml::event(*event, palette());
    } else if (id > 0 && kind == QLatin1String("organization")) {
        if (const auto organization = OrganizationRepository(m_database).load(id))
            html = DetailHtml::organization(*organization, palette());
    }
    setHtml(html.isEmpty() ? DetailHtml::empty(tr("Select an item to see its details."), palette()) : html);
    applyHighlight();
}

void DetailPane::setHighlightedWords(const QStringList &words)
{
    m_words = words;
    applyHighlight();
}

namespace {

// One folded character per document position: lower case without accents.
QString foldedText(const QTextDocument &document)
{
    const int count = document.characterCount();
    QString folded(count, QLatin1Char(' '));
    for (int i = 0; i < count; ++i) {
        const QString decomposed = QString(document.characterAt(i)).normalized(QString::NormalizationForm_D);
        folded[i] = decomposed.isEmpty() ? QLatin1Char(' ') : decomposed.at(0).toLower();
    }
    return folded;
}

QString fold(const QString &word)
{
    QString result;
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toLower());
    }
    return result;
}

} // namespace

void DetailPane::applyHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_words.isEmpty()) {
        const QString text = foldedText(*document());
        QTextCharFormat format;
        format.setBackground(ThemeColors::matchBackground(palette()));
        format.setForeground(ThemeColors::matchText(palette()));
        for (const QString &word : std::as_const(m_words)) {
            const QString needle = fold(word);
            if (needle.isEmpty())
                continue;
            for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size())) {
                // Words match from their start, as the search's prefixes do.
                if (at > 0 && text.at(at - 1).isLetterOrNumber())
                    continue;
                QTextCursor cursor(document());
                cursor.setPosition(static_cast<int>(at));
                cursor.setPosition(static_cast<int>(at + needle.size()), QTextCursor::KeepAnchor);
                selections.append({ cursor, format });
            }
        }
    }
    setExtraSelections(selections);
}

} // namespace pressdesk
