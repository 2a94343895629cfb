#include "navigationlist.h"

#include "widgets/icons.h"

#include <QEvent>

namespace pressdesk {

namespace {

QIcon sectionIcon(Section section)
{
    switch (section) {
    case Section::Releases:
        return Icons::themed(QStringLiteral("x-office-document"), QStringLiteral("release"));
    case Section::Speakers:
        return Icons::themed(QStringLiteral("system-users"), QStringLiteral("speaker"));
    case Section::Events:
        return Icons::themed(QStringLiteral("x-office-calendar"), QStringLiteral("event"));
    case Section::Organizations:
        return Icons::themed(QStringLiteral("go-home"), QStringLiteral("organization"));
    case Section::Contacts:
        return Icons::themed(QStringLiteral("x-office-address-book"), QStringLiteral("speaker"));
    case Section::Trash:
        return Icons::themed(QStringLiteral("user-trash"), QStringLiteral("trash"));
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
        auto *item = new QListWidgetItem(sectionTitle(section), this);
        item->setData(Qt::UserRole, static_cast<int>(section));
        item->setSizeHint(QSize(0, 34));
    }
    updateIcons();
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

void NavigationList::updateIcons()
{
    // The current section's icon in the selected text's colour, not blue on blue.
    const QColor selected = palette().color(QPalette::Active, QPalette::HighlightedText);
    for (int row = 0; row < count(); ++row)
        item(row)->setIcon(Icons::tintedWhenSelected(sectionIcon(allSections.at(static_cast<size_t>(row))), selected));
}

void NavigationList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
}

QSize NavigationList::sizeHint() const
{
    return { 170, QListWidget::sizeHint().height() };
}

} // namespace pressdesk
