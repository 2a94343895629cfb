#include "contacteditor.h"

#include "storage/contactrepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

QLineEdit *field(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

ContactEditor::ContactEditor(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("contactEditor"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("contactHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    m_name = field(this, "contactName");
    m_outlet = field(this, "contactOutlet");
    m_role = field(this, "contactRole");
    m_email = field(this, "contactEmail");
    m_phone = field(this, "contactPhone");
    m_country = field(this, "contactCountry");
    m_languages = field(this, "contactLanguages");
    m_languages->setPlaceholderText(tr("es, en (most preferred first)"));
    m_beats = field(this, "contactBeats");
    m_beats->setPlaceholderText(tr("economy, health"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("contactNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Outlet:"), m_outlet);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Country:"), m_country);
    form->addRow(tr("Languages:"), m_languages);
    form->addRow(tr("Beats:"), m_beats);
    form->addRow(tr("Notes:"), m_notes);
    m_doNotContact = new QCheckBox(tr("Do not contact"), this);
    m_doNotContact->setObjectName(QStringLiteral("contactDoNotContact"));
    m_respectsEmbargoes = new QCheckBox(tr("Respects embargoes"), this);
    m_respectsEmbargoes->setObjectName(QStringLiteral("contactRespectsEmbargoes"));
    form->addRow(QString(), m_doNotContact);
    form->addRow(QString(), m_respectsEmbargoes);
    layout->addLayout(form);

    auto *bounceRow = new QHBoxLayout;
    m_bounce = new QLabel(this);
    m_bounce->setObjectName(QStringLiteral("contactBounce"));
    m_bounce->setWordWrap(true);
    m_clearBounce = new QPushButton(tr("The Address Works Again"), this);
    m_clearBounce->setObjectName(QStringLiteral("contactClearBounce"));
    bounceRow->addWidget(m_bounce, 1);
    bounceRow->addWidget(m_clearBounce);
    layout->addLayout(bounceRow);
    connect(m_clearBounce, &QPushButton::clicked, this, [this] {
        m_contact.bouncedAt = {};
        m_contact.bounceReply.clear();
        showBounce();
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("contactError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("Save Contact"), this);
    m_save->setObjectName(QStringLiteral("contactSave"));
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &ContactEditor::save);
    startNew();
}

void ContactEditor::startNew()
{
    setContact(MediaContact {});
}

bool ContactEditor::load(qint64 id)
{
    ContactRepository repository(m_database);
    const std::optional<MediaContact> contact = repository.load(id);
    if (!contact)
        return false;
    setContact(*contact);
    return true;
}

void ContactEditor::setContact(const MediaContact &contact)
{
    m_contact = contact;
    m_heading->setText(contact.id == 0 ? tr("New media contact") : contact.name);
    m_name->setText(contact.name);
    m_outlet->setText(contact.outlet);
    m_role->setText(contact.role);
    m_email->setText(contact.email);
    m_phone->setText(contact.phone);
    m_country->setText(contact.country);
    m_languages->setText(contact.languages.join(QStringLiteral(", ")));
    m_beats->setText(contact.beats.join(QStringLiteral(", ")));
    m_notes->setPlainText(contact.notes);
    m_doNotContact->setChecked(contact.doNotContact);
    m_respectsEmbargoes->setChecked(contact.respectsEmbargoes);
    m_error->hide();
    showBounce();
}

void ContactEditor::showBounce()
{
    const bool bounced = m_contact.isBounced();
    m_bounce->setVisible(bounced);
    m_clearBounce->setVisible(bounced);
    if (bounced)
        m_bounce->setText(tr("Messages to this address bounced on %1: %2")
                              .arg(QLocale().toString(m_contact.bouncedAt.toLocalTime(), QLocale::ShortFormat),
                                  m_contact.bounceReply));
}

MediaContact ContactEditor::current() const
{
    MediaContact contact = m_contact;
    contact.name = m_name->text().simplified();
    contact.outlet = m_outlet->text().trimmed();
    contact.role = m_role->text().trimmed();
    contact.email = m_email->text().trimmed();
    contact.phone = m_phone->text().trimmed();
    contact.country = m_country->text().trimmed();
    contact.languages = MediaContact::normalizedLanguages({ m_languages->text() });
    contact.beats = MediaContact::normalizedBeats({ m_beats->text() });
    contact.notes = m_notes->toPlainText();
    contact.doNotContact = m_doNotContact->isChecked();
    contact.respectsEmbargoes = m_respectsEmbargoes->isChecked();
    return contact;
}

bool ContactEditor::save()
{
    MediaContact contact = current();
    ContactRepository repository(m_database);
    if (!repository.save(contact)) {
        m_error->setText(repository.errorString());
        m_error->show();
        return false;
    }
    setContact(contact);
    Q_EMIT saved(contact.id);
    return true;
}

} // namespace pressdesk
