#include "spelllineedit.h"

#include "spellhighlighter.h"
#include "spelling/spellingservice.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace pressdesk {

namespace {

// QLineEdit's cursorRect() starts this far left of the cursor's x (QWidgetLineControl).
constexpr int cursorRectLeftMargin = 5;

} // namespace

SpellLineEdit::SpellLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::textChanged, this, &SpellLineEdit::recheck);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_typingAt = cursorPosition();
        showMisspellings();
    });
    connect(this, &QLineEdit::cursorPositionChanged, this, [this](int, int position) {
        if (position != m_typingAt && m_typingAt >= 0) {
            m_typingAt = -1;
            showMisspellings();
        }
    });
}

void SpellLineEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (m_typingAt >= 0) {
        m_typingAt = -1;
        showMisspellings();
    }
}

void SpellLineEdit::setSpelling(SpellingService *service, const QString &language)
{
    if (service != m_service) {
        if (m_service)
            disconnect(m_service, nullptr, this, nullptr);
        m_service = service;
        if (m_service) {
            connect(m_service, &SpellingService::changed, this, [this](const QString &changed) {
                if (changed.isEmpty() || changed == m_language)
                    recheck();
            });
        }
    }
    m_language = language;
    recheck();
}

void SpellLineEdit::recheck()
{
    m_all.clear();
    if (m_service && !m_language.isEmpty() && echoMode() == QLineEdit::Normal)
        m_all = m_service->misspellings(m_language, text());
    showMisspellings();
}

void SpellLineEdit::showMisspellings()
{
    QList<SpellToken> shown = m_all;
    if (m_typingAt >= 0 && hasFocus())
        shown.removeIf([this](const SpellToken &token) { return token.start + token.length == m_typingAt; });
    if (shown != m_misspelled) {
        m_misspelled = shown;
        update();
    }
}

std::optional<SpellToken> SpellLineEdit::misspellingAt(int position) const
{
    for (const SpellToken &token : m_all) {
        if (position >= token.start && position <= token.start + token.length)
            return token;
    }
    return std::nullopt;
}

void SpellLineEdit::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    if (m_misspelled.isEmpty())
        return;
    // The text as QLineEdit lays it out (one line, the widget's font).
    QTextLayout layout(text(), font());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const QRect cursor = cursorRect();
    const qreal origin = cursor.left() + cursorRectLeftMargin - line.cursorToX(cursorPosition());
    const QFontMetricsF metrics(font());
    const qreal baseline = cursor.top() + metrics.ascent();
    const qreal y = baseline + std::max<qreal>(2.0, metrics.descent() * 0.6);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(contentsRect());
    QPen pen(SpellHighlighter::underlineColor());
    pen.setWidthF(1.0);
    painter.setPen(pen);
    const qreal amplitude = 1.5;
    const qreal period = 4.0;
    for (const SpellToken &token : m_misspelled) {
        const qreal left = origin + line.cursorToX(static_cast<int>(token.start));
        const qreal right = origin + line.cursorToX(static_cast<int>(token.start + token.length));
        QPainterPath path(QPointF(left, y));
        bool up = true;
        for (qreal x = left + period / 2; x <= right + 0.01; x += period / 2) {
            path.lineTo(x, up ? y - amplitude : y + amplitude);
            up = !up;
        }
        painter.drawPath(path);
    }
}

} // namespace pressdesk
