#include "reviewersdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pressdesk {

ReviewersDialog::ReviewersDialog(const QStringList &candidates, const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewersDialog"));
    setWindowTitle(tr("Request Review"));
    auto *intro = new QLabel(tr("Who should review this release? They find it under For My Review."), this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("reviewerList"));
    m_list->setAccessibleName(tr("Reviewers"));
    for (const QString &name : candidates) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_problem->setObjectName(QStringLiteral("reviewersProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(candidates.isEmpty());
    if (candidates.isEmpty())
        m_problem->setText(tr("This newsroom has no editor, publisher or admin yet; ask an admin to add one."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Request Review"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("requestReviewButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewersDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QStringList ReviewersDialog::reviewers() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            result.append(m_list->item(row)->text());
    }
    return result;
}

void ReviewersDialog::accept()
{
    if (reviewers().isEmpty()) {
        m_problem->setText(tr("Tick at least one reviewer."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace pressdesk
