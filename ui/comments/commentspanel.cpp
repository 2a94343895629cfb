#include "commentspanel.h"

#include "commentwords.h"
#include "storage/database.h"
#include "storage/teamrepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

enum Role { IdRole = Qt::UserRole, FieldRole, ResolvedRole };

} // namespace

CommentsPanel::CommentsPanel(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_tree(new QTreeWidget(this))
    , m_field(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("Comment"), this))
    , m_reply(new QPushButton(tr("Reply"), this))
    , m_resolve(new QPushButton(tr("Resolve"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("commentsPanel"));
    auto *title = new QLabel(tr("Comments"), this);
    title->setObjectName(QStringLiteral("commentsTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_tree->setObjectName(QStringLiteral("commentsTree"));
    m_tree->setColumnCount(1);
    m_tree->header()->hide();
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAccessibleName(tr("Comments on this release"));
    m_field->setObjectName(QStringLiteral("commentFieldCombo"));
    m_field->setAccessibleName(tr("Field the new comment is on"));
    for (const QString &field :
        { QString(), QStringLiteral("headline"), QStringLiteral("subheadline"), QStringLiteral("lead") })
        m_field->addItem(CommentWords::field(field), field);
    m_text->setObjectName(QStringLiteral("commentTextEdit"));
    m_text->setAccessibleName(tr("Comment text"));
    m_text->setPlaceholderText(tr("Write a comment, or select one and reply"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_add->setObjectName(QStringLiteral("addCommentButton"));
    m_add->setToolTip(tr("A new comment on the chosen field"));
    m_reply->setObjectName(QStringLiteral("replyCommentButton"));
    m_reply->setToolTip(tr("Answer the selected comment in its thread"));
    m_resolve->setObjectName(QStringLiteral("resolveCommentButton"));
    m_message->setObjectName(QStringLiteral("commentsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *onRow = new QHBoxLayout;
    auto *onLabel = new QLabel(tr("On:"), this);
    onLabel->setBuddy(m_field);
    onRow->addWidget(onLabel);
    onRow->addWidget(m_field, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reply);
    buttons->addStretch();
    buttons->addWidget(m_resolve);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(onRow);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &CommentsPanel::addComment);
    connect(m_reply, &QPushButton::clicked, this, &CommentsPanel::reply);
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPanel::toggleResolved);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentsPanel::updateButtons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateButtons();
        Q_EMIT fieldSelected(item ? item->data(0, FieldRole).toString() : QString());
    });
    // Other people's comments (and this window's other editors').
    connect(&m_database, &Database::changed, this, [this](Entity entity, qint64 id) {
        if (entity == Entity::Release && m_releaseId > 0 && (id == 0 || id == m_releaseId))
            reload();
    });
    updateButtons();
}

void CommentsPanel::setRelease(qint64 releaseId)
{
    if (releaseId == m_releaseId)
        return;
    m_releaseId = releaseId;
    m_text->clear();
    showProblem(QString());
    reload();
}

void CommentsPanel::reload()
{
    const qint64 selected = m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    int open = 0;
    QTreeWidgetItem *current = nullptr;
    if (m_releaseId > 0) {
        TeamRepository team(m_database);
        const QList<TeamRepository::Comment> comments = team.comments(m_releaseId);
        if (!team.errorString().isEmpty())
            showProblem(team.errorString());
        QHash<qint64, QTreeWidgetItem *> items;
        for (const TeamRepository::Comment &comment : comments) {
            QTreeWidgetItem *parent = items.value(comment.parentId);
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            // A reply is about its thread's field, and resolved with its thread.
            const QString field = parent ? parent->data(0, FieldRole).toString() : comment.field;
            const bool resolved = parent ? parent->data(0, ResolvedRole).toBool() : comment.resolved;
            // Who and on what, then the text; when, in the tooltip (the panel is narrow).
            QString heading = parent ? comment.author : tr("%1 on %2").arg(comment.author, CommentWords::field(field));
            if (!parent && resolved)
                heading = tr("%1 (resolved)").arg(heading);
            item->setText(0, heading + QLatin1Char('\n') + comment.text);
            item->setToolTip(0, CommentWords::time(comment.createdAt) + QLatin1Char('\n') + comment.text);
            item->setData(0, IdRole, comment.id);
            item->setData(0, FieldRole, field);
            item->setData(0, ResolvedRole, resolved);
            if (resolved)
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            if (!parent && !resolved)
                ++open;
            items.insert(comment.id, item);
            if (comment.id == selected)
                current = item;
            // Fields that have comments can be chosen for new ones too.
            if (m_field->findData(field) < 0)
                m_field->addItem(CommentWords::field(field), field);
        }
        m_tree->expandAll();
    }
    m_tree->setCurrentItem(current);
    m_text->setEnabled(m_releaseId > 0);
    m_field->setEnabled(m_releaseId > 0);
    if (m_releaseId == 0)
        m_text->setPlaceholderText(tr("Save the release to comment on it."));
    else
        m_text->setPlaceholderText(tr("Write a comment, or select one and reply"));
    updateButtons();
    if (open != m_openCount) {
        m_openCount = open;
        Q_EMIT openCountChanged(open);
    }
}

void CommentsPanel::startComment(const QString &field)
{
    chooseField(field);
    m_tree->setCurrentItem(nullptr);
    m_text->setFocus(Qt::ShortcutFocusReason);
}

void CommentsPanel::chooseField(const QString &field)
{
    if (m_field->findData(field) < 0)
        m_field->addItem(CommentWords::field(field), field);
    m_field->setCurrentIndex(m_field->findData(field));
}

QTreeWidgetItem *CommentsPanel::selectedThread() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item;
}

void CommentsPanel::updateButtons()
{
    const bool hasText = !m_text->toPlainText().trimmed().isEmpty() && m_releaseId > 0;
    QTreeWidgetItem *thread = selectedThread();
    m_add->setEnabled(hasText);
    m_reply->setEnabled(hasText && thread);
    m_resolve->setEnabled(thread);
    m_resolve->setText(thread && thread->data(0, ResolvedRole).toBool() ? tr("Reopen") : tr("Resolve"));
}

void CommentsPanel::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void CommentsPanel::addComment()
{
    send(0, m_field->currentData().toString());
}

void CommentsPanel::reply()
{
    // A reply is on its thread's field.
    if (QTreeWidgetItem *thread = selectedThread())
        send(thread->data(0, IdRole).toLongLong(), thread->data(0, FieldRole).toString());
}

void CommentsPanel::send(qint64 parentId, const QString &field)
{
    TeamRepository::Comment comment;
    comment.releaseId = m_releaseId;
    comment.parentId = parentId;
    comment.field = field;
    comment.text = m_text->toPlainText();
    TeamRepository team(m_database);
    if (!team.addComment(comment)) {
        showProblem(team.errorString());
        return;
    }
    showProblem(QString());
    m_text->clear();
    reload();
}

void CommentsPanel::toggleResolved()
{
    QTreeWidgetItem *thread = selectedThread();
    if (!thread)
        return;
    TeamRepository team(m_database);
    if (!team.setResolved(thread->data(0, IdRole).toLongLong(), !thread->data(0, ResolvedRole).toBool())) {
        showProblem(team.errorString());
        return;
    }
    showProblem(QString());
    reload();
}

} // namespace pressdesk
