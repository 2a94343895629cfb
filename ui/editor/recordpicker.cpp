#include "recordpicker.h"

#include "models/roles.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCompleter>
#include <QTimer>

namespace pressdesk {

RecordPicker::RecordPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
{
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, &RecordPicker::onEdited);
    connect(this, &QLineEdit::returnPressed, this, &RecordPicker::pickFirst);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &RecordPicker::pickIndex);
}

void RecordPicker::setSource(QAbstractItemModel *model, std::function<void(const QString &)> search)
{
    m_model = model;
    m_search = std::move(search);
    m_completer->setModel(model);
    m_completer->setCompletionColumn(0);
    // The list models answer DisplayRole; the completer matches EditRole by default, which
    // matched nothing.
    m_completer->setCompletionRole(Qt::DisplayRole);
    if (m_search) {
        m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    } else {
        m_completer->setCompletionMode(QCompleter::PopupCompletion);
        m_completer->setFilterMode(Qt::MatchContains);
    }
}

void RecordPicker::setPicked(qint64 id, const QString &name)
{
    m_id = id;
    setText(name);
}

void RecordPicker::onEdited(const QString &text)
{
    m_id = 0;
    if (!m_model)
        return;
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    if (m_search) {
        m_search(text);
    } else {
        // A list model pages lazily and the completer only filters the rows already there:
        // an organization list nobody had scrolled offered nothing. The lists picked from
        // without a search (organizations) are short; take them whole.
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_completer->setCompletionPrefix(text);
    }
    m_completer->complete();
}

void RecordPicker::pickIndex(const QModelIndex &index)
{
    // Enter in the open list reaches the line edit first (pickFirst), then the completer
    // activates the same row: one key press, one pick. Picking twice added a person twice.
    if (!index.isValid() || m_pickedThisEvent)
        return;
    m_pickedThisEvent = true;
    QTimer::singleShot(0, this, [this] { m_pickedThisEvent = false; });
    const qint64 id = index.data(IdRole).toLongLong();
    const QString name = index.data(Qt::DisplayRole).toString();
    if (id <= 0)
        return;
    m_id = id;
    setText(name);
    Q_EMIT picked(id, name);
}

void RecordPicker::pickFirst()
{
    if (m_id > 0 || text().trimmed().isEmpty() || !m_model)
        return;
    // Enter takes the highlighted row (Down, Down, Enter), else the first one.
    QAbstractItemModel *completions = m_completer->completionModel();
    const QModelIndex highlighted =
        m_completer->popup()->isVisible() ? m_completer->popup()->currentIndex() : QModelIndex();
    if (highlighted.isValid())
        pickIndex(highlighted);
    else if (completions && completions->rowCount() > 0)
        pickIndex(completions->index(0, 0));
    m_completer->popup()->hide();
}

} // namespace pressdesk
