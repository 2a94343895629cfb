#include "navigationlist.h"

#include <QIcon>

namespace pressdesk {

namespace {

QIcon sectionIcon(Section section)
{
    switch (section) {
    case Section::Releases:
        return QIcon::fromTheme(QStringLiteral("document-edit"), QIcon::fromTheme(QStringLiteral("text-x-generic")));
    case Section::Speakers:
        return QIcon::fromTheme(QStringLiteral("system-users"), QIcon::fromTheme(QStringLiteral("user-identity")));
    case Section::Events:
        return QIcon::fromTheme(QStringLiteral("x-office-calendar"), QIcon::fromTheme(QStringLiteral("appointment-new")));
    case Section::Organizations:
        return QIcon::fromTheme(QStringLiteral("go-home"), QIcon::fromTheme(QStringLiteral("folder")));
    case Section::Trash:
        return QIcon::fromTheme(QStringLiteral("user-trash"));
    }
    return {};
}

} // namespace

NavigationList::NavigationList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Sections"));
    setIconSize(QSize(22, 22));
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    for (Section section : allSections) {
        auto *item = new QListWidgetItem(sectionIcon(section), sectionTitle(section), this);
        item->setData(Qt::UserRole, static_cast<int>(section));
        item->setSizeHint(QSize(0, 34));
    }
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT sectionChanged(allSections.at(static_cast<size_t>(row)));
    });
}

Section NavigationList::currentSection() const
{
    const int row = std::max(0, currentRow());
    return allSections.at(static_cast<size_t>(row));
}

void NavigationList::setCurrentSection(Section section)
{
    setCurrentRow(static_cast<int>(section));
}

QSize NavigationList::sizeHint() const
{
    return {170, QListWidget::sizeHint().height()};
}

} // namespace pressdesk
