#pragma once

#include "domain/validationissue.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QListWidget;
class QListWidgetItem;
class QWidget;

namespace pressdesk {

// Shows validation problems where they belong: each field with a problem gets a red frame
// and the message as its tooltip, and every problem is listed in one place (a list whose
// entries focus their field when activated). Fields are registered by their issue key;
// a key ending in "[" matches every indexed key ("quotes[" for "quotes[1].text").
class ProblemPresenter final : public QObject
{
    Q_OBJECT

public:
    ProblemPresenter(QListWidget *list, QObject *parent = nullptr);

    void addField(const QString &key, QWidget *field);
    void show(const ValidationIssues &issues);
    void clear() { show({}); }
    // Fields currently marked, by key, for tests and for focusing the first problem.
    QWidget *fieldFor(const QString &key) const;

Q_SIGNALS:
    // A problem entry was activated; editors with pages switch to the field's page.
    void fieldActivated(QWidget *field);

private:
    void mark(QWidget *field, const QStringList &messages);
    void activate(QListWidgetItem *item);

    QListWidget *m_list = nullptr;
    QHash<QString, QPointer<QWidget>> m_fields;
    QHash<QWidget *, QString> m_originalToolTips;
    QList<QPointer<QWidget>> m_marked;
};

} // namespace pressdesk
