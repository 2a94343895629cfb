#include "firstrunassistant.h"

#include "i18n/countrylist.h"
#include "i18n/languagenames.h"
#include "preferences/preferences.h"
#include "storage/database.h"
#include "storage/opendatabasefiles.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/settingsstore.h"
#include "storage/speakerrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "widgets/filedialogs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

const QString declinedKey = QStringLiteral("first_run/declined");
const QString contactKey = QStringLiteral("newsroom/default_contact");

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

FirstRunAssistant::FirstRunAssistant(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_name(lineEdit("organizationNameEdit", this))
    , m_country(lineEdit("organizationCountryEdit", this))
    , m_website(lineEdit("organizationWebsiteEdit", this))
    , m_logoLabel(new QLabel(this))
    , m_boilerplate(new QPlainTextEdit(this))
    , m_contactName(lineEdit("contactNameEdit", this))
    , m_contactTitle(lineEdit("contactTitleEdit", this))
    , m_contactEmail(lineEdit("contactEmailEdit", this))
    , m_contactPhone(lineEdit("contactPhoneEdit", this))
    , m_language(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRunAssistant"));
    setWindowTitle(tr("Welcome to Pressdesk"));
    m_chooseImage = [this] {
        return FileDialogs::openFileName(this, tr("Load Logo"), QString(), tr("Logos (*.png *.svg *.jpg *.jpeg)"));
    };

    auto *intro = new QLabel(tr("Tell Pressdesk who issues your releases. Every release starts with this "
                                "letterhead, ends with this text and names this media contact. You can change "
                                "all of it later in Organizations and Preferences."),
        this);
    intro->setWordWrap(true);

    auto *organization = new QGroupBox(tr("Our organization"), this);
    auto *orgForm = new QFormLayout(organization);
    m_name->setPlaceholderText(tr("UN Agency for Migration, Costa Rica office"));
    orgForm->addRow(tr("&Name:"), m_name);
    auto *countries = new QCompleter(CountryList::names(), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    m_country->setCompleter(countries);
    orgForm->addRow(tr("&Country:"), m_country);
    m_website->setPlaceholderText(QStringLiteral("https://"));
    orgForm->addRow(tr("&Website:"), m_website);
    auto *logoRow = new QHBoxLayout;
    m_logoLabel->setObjectName(QStringLiteral("logoLabel"));
    m_logoLabel->setText(tr("No logo"));
    m_logoLabel->setMinimumHeight(48);
    auto *logoButton = new QPushButton(tr("Choose &Logo…"), this);
    logoButton->setObjectName(QStringLiteral("chooseLogoButton"));
    connect(logoButton, &QPushButton::clicked, this, &FirstRunAssistant::loadLogo);
    logoRow->addWidget(m_logoLabel, 1);
    logoRow->addWidget(logoButton);
    orgForm->addRow(tr("Logo:"), logoRow);
    m_boilerplate->setObjectName(QStringLiteral("boilerplateEdit"));
    m_boilerplate->setPlaceholderText(tr("Who we are, in two or three sentences: printed under \"About …\"."));
    m_boilerplate->setTabChangesFocus(true);
    m_boilerplate->setFixedHeight(m_boilerplate->fontMetrics().lineSpacing() * 4 + 12);
    m_boilerplate->setAccessibleName(tr("About us"));
    orgForm->addRow(tr("&About us:"), m_boilerplate);

    auto *contact = new QGroupBox(tr("Media contact"), this);
    auto *contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("Na&me:"), m_contactName);
    contactForm->addRow(tr("&Title:"), m_contactTitle);
    contactForm->addRow(tr("&E-mail:"), m_contactEmail);
    contactForm->addRow(tr("&Phone:"), m_contactPhone);

    auto *defaults = new QGroupBox(tr("New releases"), this);
    auto *defaultsForm = new QFormLayout(defaults);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &tag : LanguageNames::commonTags())
        m_language->addItem(LanguageNames::displayName(tag), tag);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Preferences::defaultLanguage())));
    defaultsForm->addRow(tr("Lan&guage:"), m_language);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->setCurrentText(Preferences::defaultTimeZone());
    defaultsForm->addRow(tr("Time &zone:"), m_timeZone);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a12622;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    start->setObjectName(QStringLiteral("startButton"));
    start->setDefault(true);
    QPushButton *later = buttons->addButton(tr("Not &Now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunAssistant::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunAssistant::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(organization);
    layout->addWidget(contact);
    layout->addWidget(defaults);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
    // Room for a long official name without scrolling inside the field.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

bool FirstRunAssistant::isWanted(Database &database)
{
    if (SettingsStore(database).value(declinedKey).has_value())
        return false;
    if (OrganizationRepository(database).ours())
        return false;
    ReleaseFilter everything;
    return ReleaseRepository(database).summaries(everything).isEmpty();
}

qint64 FirstRunAssistant::defaultContact(Database &database)
{
    return SettingsStore(database).value(contactKey).value_or(QString()).toLongLong();
}

void FirstRunAssistant::loadLogo()
{
    const QString path = m_chooseImage();
    if (path.isEmpty())
        return;
    QString problem;
    QByteArray data;
    if (OpenDatabaseFiles::contains(path)) {
        problem = OpenDatabaseFiles::refusal(path);
    } else {
        QFile file(path);
        data = file.open(QIODevice::ReadOnly) ? file.read(Organization::maxLogoBytes + 1) : QByteArray();
        if (data.isEmpty() || data.size() > Organization::maxLogoBytes
            || (!data.contains("<svg") && QPixmap().loadFromData(data) == false))
            problem = tr("\u201C%1\u201D is not a logo Pressdesk can read (PNG, JPEG or SVG up to 5 MB).").arg(path);
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    m_logo = data;
    QPixmap pixmap;
    if (pixmap.loadFromData(data))
        m_logoLabel->setPixmap(pixmap.scaledToHeight(48, Qt::SmoothTransformation));
    else
        m_logoLabel->setText(tr("Logo loaded (SVG)"));
}

bool FirstRunAssistant::save()
{
    Organization organization;
    organization.name = m_name->text().trimmed();
    organization.country = m_country->text().trimmed();
    organization.website = m_website->text().trimmed();
    organization.boilerplate = m_boilerplate->toPlainText().trimmed();
    organization.logo = m_logo;
    organization.isOurs = true;
    if (organization.name.isEmpty()) {
        m_error->setText(tr("Name: write the name of your organization, or choose Not Now."));
        m_error->show();
        m_name->setFocus();
        return false;
    }
    try {
        Transaction transaction(m_database);
        OrganizationRepository organizations(m_database);
        if (!organizations.save(organization))
            throw StorageError(organizations.errorString());
        if (!m_contactName->text().trimmed().isEmpty()) {
            Speaker contact;
            contact.fullName = m_contactName->text().trimmed();
            contact.title = m_contactTitle->text().trimmed();
            contact.email = m_contactEmail->text().trimmed();
            contact.phone = m_contactPhone->text().trimmed();
            contact.organizationId = organization.id;
            contact.country = organization.country;
            SpeakerRepository speakers(m_database);
            if (!speakers.save(contact))
                throw StorageError(speakers.errorString());
            SettingsStore(m_database).setValue(contactKey, QString::number(contact.id));
        }
        transaction.commit();
    } catch (const StorageError &error) {
        m_error->setText(tr("Nothing was saved: %1").arg(error.message()));
        m_error->show();
        return false;
    }
    Preferences::setDefaultLanguage(m_language->currentData().toString());
    const QString zone = m_timeZone->currentText().trimmed();
    if (QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        Preferences::setDefaultTimeZone(zone);
    return true;
}

void FirstRunAssistant::accept()
{
    if (save())
        QDialog::accept();
}

void FirstRunAssistant::reject()
{
    try {
        Transaction transaction(m_database);
        SettingsStore(m_database).setValue(declinedKey, QStringLiteral("1"));
        transaction.commit();
    } catch (const StorageError &) {
        // Asking again next time is all that is lost.
    }
    QDialog::reject();
}

} // namespace pressdesk
