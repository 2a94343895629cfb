#pragma once

#include <QLineEdit>

#include <functional>

class QAbstractItemModel;
class QCompleter;

namespace pressdesk {

// A type-ahead field that picks one record (a speaker, an event, an organization) from a
// list model carrying IdRole. With a search function the model does the narrowing (the
// lists' own search: names, titles and organizations for speakers); without one the
// completer filters the loaded rows by substring. Enter picks the first match.
class RecordPicker final : public QLineEdit
{
    Q_OBJECT

public:
    explicit RecordPicker(QWidget *parent = nullptr);

    void setSource(QAbstractItemModel *model, std::function<void(const QString &)> search = {});
    qint64 pickedId() const { return m_id; }
    // Shows a record as picked, without signalling.
    void setPicked(qint64 id, const QString &name);
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void picked(qint64 id, const QString &name);

private:
    void onEdited(const QString &text);
    void pickIndex(const QModelIndex &index);
    void pickFirst();

    QCompleter *m_completer = nullptr;
    QAbstractItemModel *m_model = nullptr;
    std::function<void(const QString &)> m_search;
    qint64 m_id = 0;
    bool m_pickedThisEvent = false;
};

} // namespace pressdesk
