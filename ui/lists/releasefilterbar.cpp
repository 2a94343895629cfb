#include "releasefilterbar.h"

#include "i18n/languagenames.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

// A date edit whose lowest value reads "Any" and means "not filtering".
QDateEdit *optionalDate(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(QCoreApplication::translate("ReleaseFilterBar", "Any"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

QLineEdit *textFilter(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

ReleaseFilterBar::ReleaseFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("releaseFilterBar"));
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("filtersToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);

    m_panel = new QWidget(this);
    m_status = new QComboBox(m_panel);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (ReleaseStatus status : allStatuses())
        m_status->addItem(statusLabel(status), statusKey(status));
    m_language = new QComboBox(m_panel);
    m_language->setObjectName(QStringLiteral("languageFilter"));
    m_language->addItem(tr("All languages"), QString());
    for (const char *code : { "en", "es", "fr", "pt", "ar", "zh", "ru" }) {
        const QString tag = QString::fromLatin1(code);
        m_language->addItem(LanguageNames::displayName(tag), tag);
    }
    m_embargo = new QComboBox(m_panel);
    m_embargo->setObjectName(QStringLiteral("embargoFilter"));
    m_embargo->addItem(tr("With or without embargo"), QString());
    m_embargo->addItem(tr("Embargoed"), QStringLiteral("yes"));
    m_embargo->addItem(tr("Not embargoed"), QStringLiteral("no"));
    m_after = optionalDate(QStringLiteral("afterFilter"), m_panel);
    m_before = optionalDate(QStringLiteral("beforeFilter"), m_panel);
    m_tag = textFilter(QStringLiteral("tagFilter"), tr("Tag"), m_panel);
    m_event = textFilter(QStringLiteral("eventFilter"), tr("Event name"), m_panel);
    m_speaker = textFilter(QStringLiteral("speakerFilter"), tr("Quoted speaker"), m_panel);
    m_author = textFilter(QStringLiteral("authorFilter"), tr("Author"), m_panel);
    m_status->setAccessibleName(tr("Status filter"));
    m_language->setAccessibleName(tr("Language filter"));
    m_embargo->setAccessibleName(tr("Embargo filter"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_event->setAccessibleName(tr("Event filter"));
    m_speaker->setAccessibleName(tr("Speaker filter"));
    m_author->setAccessibleName(tr("Author filter"));

    auto *grid = new QGridLayout(m_panel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_status, 0, 0);
    grid->addWidget(m_language, 0, 1);
    grid->addWidget(m_embargo, 0, 2);
    auto *dates = new QHBoxLayout;
    auto *afterLabel = new QLabel(tr("Fro&m"), m_panel);
    afterLabel->setBuddy(m_after);
    auto *beforeLabel = new QLabel(tr("&to"), m_panel);
    beforeLabel->setBuddy(m_before);
    dates->addWidget(afterLabel);
    dates->addWidget(m_after, 1);
    dates->addWidget(beforeLabel);
    dates->addWidget(m_before, 1);
    grid->addLayout(dates, 0, 3);
    grid->addWidget(m_tag, 1, 0);
    grid->addWidget(m_event, 1, 1);
    grid->addWidget(m_speaker, 1, 2);
    grid->addWidget(m_author, 1, 3);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_toggle);
    header->addWidget(m_clear);
    header->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_panel);
    m_panel->hide();

    connect(m_toggle, &QToolButton::toggled, m_panel, &QWidget::setVisible);
    connect(m_clear, &QToolButton::clicked, this, &ReleaseFilterBar::clear);
    auto changed = [this] {
        if (m_updating)
            return;
        updateToggle();
        Q_EMIT filtersChanged();
    };
    for (QComboBox *combo : { m_status, m_language, m_embargo })
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QDateEdit *edit : { m_after, m_before })
        connect(edit, &QDateEdit::dateChanged, this, changed);
    for (QLineEdit *edit : { m_tag, m_event, m_speaker, m_author })
        connect(edit, &QLineEdit::editingFinished, this, changed);
    for (QLineEdit *edit : { m_tag, m_event, m_speaker, m_author }) {
        // The clear button empties the field without finishing the edit.
        connect(edit, &QLineEdit::textChanged, this, [changed](const QString &text) {
            if (text.isEmpty())
                changed();
        });
    }
    updateToggle();
}

ReleaseFilters ReleaseFilterBar::filters() const
{
    ReleaseFilters filters;
    filters.status = statusFromKey(m_status->currentData().toString());
    filters.language = m_language->currentData().toString();
    const QString embargo = m_embargo->currentData().toString();
    if (!embargo.isEmpty())
        filters.embargoed = embargo == QLatin1String("yes");
    filters.after = dateOf(m_after);
    filters.before = dateOf(m_before);
    filters.tag = m_tag->text().trimmed();
    filters.event = m_event->text().trimmed();
    filters.speaker = m_speaker->text().trimmed();
    filters.author = m_author->text().trimmed();
    return filters;
}

void ReleaseFilterBar::setFilters(const ReleaseFilters &filters)
{
    m_updating = true;
    m_status->setCurrentIndex(std::max(0, m_status->findData(filters.status ? statusKey(*filters.status) : QString())));
    const int language = m_language->findData(filters.language);
    if (language < 0 && !filters.language.isEmpty())
        m_language->addItem(LanguageNames::displayName(filters.language), filters.language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(filters.language)));
    m_embargo->setCurrentIndex(std::max(0,
        m_embargo->findData(
            filters.embargoed ? (*filters.embargoed ? QStringLiteral("yes") : QStringLiteral("no")) : QString())));
    m_after->setDate(filters.after.isValid() ? filters.after : m_after->minimumDate());
    m_before->setDate(filters.before.isValid() ? filters.before : m_before->minimumDate());
    m_tag->setText(filters.tag);
    m_event->setText(filters.event);
    m_speaker->setText(filters.speaker);
    m_author->setText(filters.author);
    m_updating = false;
    updateToggle();
    Q_EMIT filtersChanged();
}

void ReleaseFilterBar::clear()
{
    setFilters({});
}

void ReleaseFilterBar::updateToggle()
{
    const int active = filters().activeCount();
    m_toggle->setText(active == 0 ? tr("Filters") : tr("Filters (%1)").arg(active));
    m_clear->setEnabled(active > 0);
    m_clear->setVisible(active > 0);
}

} // namespace pressdesk
