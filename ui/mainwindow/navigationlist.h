#pragma once

#include "section.h"

#include <QListWidget>

namespace pressdesk {

// The left column: one entry per section, with an icon from the desktop theme.
class NavigationList final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QWidget *parent = nullptr);

    Section currentSection() const;
    void setCurrentSection(Section section);
    QSize sizeHint() const override;

Q_SIGNALS:
    void sectionChanged(pressdesk::Section section);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();
};

} // namespace pressdesk
