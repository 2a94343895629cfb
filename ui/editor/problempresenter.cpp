#include "problempresenter.h"

#include <QListWidget>
#include <QStyle>

namespace pressdesk {

ProblemPresenter::ProblemPresenter(QListWidget *list, QObject *parent)
    : QObject(parent)
    , m_list(list)
{
    m_list->setVisible(false);
    connect(m_list, &QListWidget::itemActivated, this, &ProblemPresenter::activate);
    connect(m_list, &QListWidget::itemClicked, this, &ProblemPresenter::activate);
}

void ProblemPresenter::addField(const QString &key, QWidget *field)
{
    m_fields.insert(key, field);
}

QWidget *ProblemPresenter::fieldFor(const QString &key) const
{
    if (QWidget *exact = m_fields.value(key))
        return exact;
    const qsizetype bracket = key.indexOf(QLatin1Char('['));
    if (bracket > 0)
        return m_fields.value(key.left(bracket + 1));
    return nullptr;
}

void ProblemPresenter::show(const ValidationIssues &issues)
{
    for (const QPointer<QWidget> &field : std::as_const(m_marked)) {
        if (field)
            mark(field, {});
    }
    m_marked.clear();
    m_list->clear();

    QHash<QWidget *, QStringList> messages;
    QList<QWidget *> order;
    for (const ValidationIssue &issue : issues) {
        QWidget *field = fieldFor(issue.field);
        auto *item =
            new QListWidgetItem(m_list->style()->standardIcon(QStyle::SP_MessageBoxWarning), issue.message, m_list);
        item->setData(Qt::UserRole, issue.field);
        item->setToolTip(issue.field);
        if (!field)
            continue;
        if (!messages.contains(field))
            order.append(field);
        messages[field].append(issue.message);
    }
    for (QWidget *field : std::as_const(order)) {
        mark(field, messages.value(field));
        m_marked.append(field);
    }
    m_list->setVisible(!issues.isEmpty());
}

void ProblemPresenter::mark(QWidget *field, const QStringList &messages)
{
    const bool invalid = !messages.isEmpty();
    if (invalid && !field->property("invalid").toBool())
        m_originalToolTips.insert(field, field->toolTip());
    field->setProperty("invalid", invalid);
    field->setToolTip(invalid ? messages.join(QLatin1Char('\n')) : m_originalToolTips.take(field));
    // A frame in the error colour that survives every style: set on the field only.
    field->setStyleSheet(
        invalid ? QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c62828; border-radius: 3px; }") : QString());
}

void ProblemPresenter::activate(QListWidgetItem *item)
{
    if (QWidget *field = fieldFor(item->data(Qt::UserRole).toString())) {
        Q_EMIT fieldActivated(field);
        field->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace pressdesk
