#include "preferencesdialog.h"

#include "i18n/languagenames.h"
#include "i18n/translations.h"
#include "mailpreferences.h"
#include "preferences.h"
#include "spelling/spellingservice.h"
#include "storage/organizationrepository.h"
#include "ui_preferencesdialog.h"
#include "widgets/appearance.h"
#include "widgets/filedialogs.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace pressdesk {

PreferencesDialog::PreferencesDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    // Long organization names must not widen the form.
    m_ui->ourOrganizationCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->ourOrganizationCombo->setMinimumContentsLength(24);
    setObjectName(QStringLiteral("preferencesDialog"));
    m_ui->errorLabel->hide();

    OrganizationRepository organizations(m_database);
    m_ui->ourOrganizationCombo->addItem(tr("(none)"), qint64(0));
    for (const Organization &organization : organizations.list()) {
        m_ui->ourOrganizationCombo->addItem(organization.name, organization.id);
        if (organization.isOurs)
            m_oursId = organization.id;
    }
    m_ui->ourOrganizationCombo->setCurrentIndex(std::max(0, m_ui->ourOrganizationCombo->findData(m_oursId)));

    for (const QString &tag : LanguageNames::commonTags())
        m_ui->defaultLanguageCombo->addItem(LanguageNames::displayName(tag), tag);
    const QString language = Preferences::defaultLanguage();
    const int languageIndex = m_ui->defaultLanguageCombo->findData(language);
    if (languageIndex >= 0)
        m_ui->defaultLanguageCombo->setCurrentIndex(languageIndex);
    else
        m_ui->defaultLanguageCombo->setEditText(LanguageNames::displayName(language));

    // The interface language, added here rather than in the .ui so the form stays easy to merge.
    m_interfaceLanguageCombo = new QComboBox(this);
    m_interfaceLanguageCombo->setObjectName(QStringLiteral("interfaceLanguageCombo"));
    m_interfaceLanguageCombo->addItem(tr("System"), QString());
    // Each language in its own name, so that it can be found whatever the current one.
    for (const QString &tag : Translations::interfaceLanguages())
        m_interfaceLanguageCombo->addItem(Translations::nativeName(tag), tag);
    m_interfaceLanguageCombo->setCurrentIndex(
        std::max(0, m_interfaceLanguageCombo->findData(Preferences::interfaceLanguage())));
    auto *interfaceLanguageNote = new QLabel(tr("Takes effect the next time Pressdesk starts."), this);
    interfaceLanguageNote->setObjectName(QStringLiteral("interfaceLanguageNote"));
    auto *interfaceLanguageBox = new QVBoxLayout;
    interfaceLanguageBox->setContentsMargins(0, 0, 0, 0);
    interfaceLanguageBox->addWidget(m_interfaceLanguageCombo);
    interfaceLanguageBox->addWidget(interfaceLanguageNote);
    auto *interfaceLanguageLabel = new QLabel(tr("&Interface language:"), this);
    interfaceLanguageLabel->setObjectName(QStringLiteral("interfaceLanguageLabel"));
    interfaceLanguageLabel->setBuddy(m_interfaceLanguageCombo);
    m_ui->formLayout->insertRow(0, interfaceLanguageLabel, interfaceLanguageBox);

    m_ui->paperCombo->addItem(tr("A4"), false);
    m_ui->paperCombo->addItem(tr("US Letter"), true);
    m_ui->paperCombo->setCurrentIndex(Preferences::letterPaper() ? 1 : 0);
    m_ui->autosaveSpin->setValue(Preferences::autosaveSeconds());
    m_ui->appearanceCombo->addItem(tr("System"), Appearance::key(Appearance::Scheme::System));
    m_ui->appearanceCombo->addItem(tr("Light"), Appearance::key(Appearance::Scheme::Light));
    m_ui->appearanceCombo->addItem(tr("Dark"), Appearance::key(Appearance::Scheme::Dark));
    m_ui->appearanceCombo->setCurrentIndex(
        std::max(0, m_ui->appearanceCombo->findData(Appearance::key(Appearance::scheme()))));
    m_ui->exportFolderEdit->setText(QDir::toNativeSeparators(Preferences::exportFolder()));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::existingFolder(this, tr("Export Folder"), m_ui->exportFolderEdit->text());
        if (!folder.isEmpty())
            m_ui->exportFolderEdit->setText(QDir::toNativeSeparators(folder));
    });
    m_ui->spellingStatusLabel->setText(SpellingService::shared().summary());
    m_mail = new MailPreferences(this);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->errorLabel), m_mail);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The .ui's minimum width turns off the layout's own minimum, and a first show() caps
    // the width at 2/3 of the screen: keep the longest (translated) label whole.
    setMinimumWidth(std::max(minimumWidth(), minimumSizeHint().width()));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    const int languageIndex = m_ui->defaultLanguageCombo->findText(m_ui->defaultLanguageCombo->currentText());
    const QString language = languageIndex >= 0
        ? m_ui->defaultLanguageCombo->itemData(languageIndex).toString()
        : LanguageNames::tagFromDisplay(m_ui->defaultLanguageCombo->currentText());
    const qint64 ours = m_ui->ourOrganizationCombo->currentData().toLongLong();
    OrganizationRepository organizations(m_database);
    if (ours != m_oursId && ours > 0) {
        auto organization = organizations.load(ours);
        if (organization) {
            organization->isOurs = true;
            if (!organizations.save(*organization)) {
                m_ui->errorLabel->setText(organizations.errorString());
                m_ui->errorLabel->show();
                return;
            }
        }
    } else if (ours != m_oursId && m_oursId > 0) {
        if (auto previous = organizations.load(m_oursId)) {
            previous->isOurs = false;
            organizations.save(*previous);
        }
    }
    QString mailError;
    if (!m_mail->save(&mailError)) {
        m_ui->errorLabel->setText(mailError);
        m_ui->errorLabel->show();
        return;
    }
    Preferences::setInterfaceLanguage(m_interfaceLanguageCombo->currentData().toString());
    Preferences::setDefaultLanguage(language.isEmpty() ? QStringLiteral("en") : language);
    Preferences::setLetterPaper(m_ui->paperCombo->currentData().toBool());
    Preferences::setAutosaveSeconds(m_ui->autosaveSpin->value());
    Preferences::setExportFolder(QDir::fromNativeSeparators(m_ui->exportFolderEdit->text()));
    Appearance::setScheme(Appearance::fromKey(m_ui->appearanceCombo->currentData().toString()));
    QDialog::accept();
}

} // namespace pressdesk
