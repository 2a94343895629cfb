#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QLabel;

namespace pressdesk {

// Asking for review (the release editor's status moved to In Review on a team newsroom):
// one or more of the newsroom's editors, publishers and admins, ticked in a list.
class ReviewersDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewersDialog(const QStringList &candidates, const QStringList &chosen, QWidget *parent = nullptr);

    QStringList reviewers() const;
    void accept() override;

private:
    QListWidget *m_list;
    QLabel *m_problem;
};

} // namespace pressdesk
