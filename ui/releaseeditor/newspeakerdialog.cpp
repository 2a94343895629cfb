#include "newspeakerdialog.h"

#include "i18n/countrylist.h"
#include "services/speakerservice.h"
#include "storage/organizationrepository.h"
#include "storage/speakerrepository.h"
#include "ui_newspeakerdialog.h"

#include <QCompleter>
#include <QPushButton>

namespace pressdesk {

NewSpeakerDialog::NewSpeakerDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_ui(std::make_unique<Ui::NewSpeakerDialog>())
{
    m_ui->setupUi(this);
    // Long organization names must not widen the form.
    m_ui->organizationCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->organizationCombo->setMinimumContentsLength(24);
    setObjectName(QStringLiteral("newSpeakerDialog"));
    m_ui->errorLabel->hide();
    m_ui->organizationCombo->addItem(QString(), qint64(0));
    for (const Organization &organization : OrganizationRepository(m_database).list())
        m_ui->organizationCombo->addItem(organization.name, organization.id);
    m_ui->organizationCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->organizationCombo->completer()->setFilterMode(Qt::MatchContains);
    auto *countries = new QCompleter(CountryList::names(), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->countryEdit->setCompleter(countries);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewSpeakerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewSpeakerDialog::~NewSpeakerDialog() = default;

void NewSpeakerDialog::setName(const QString &name)
{
    m_ui->fullNameEdit->setText(name.trimmed());
}

void NewSpeakerDialog::accept()
{
    Speaker speaker;
    speaker.fullName = m_ui->fullNameEdit->text().simplified();
    speaker.sortName = speaker.derivedSortName();
    speaker.title = m_ui->titleEdit->text().trimmed();
    speaker.country = m_ui->countryEdit->text().trimmed();
    speaker.organizationName = m_ui->organizationCombo->currentText().trimmed();
    // Checked first, then the organization and the speaker in one transaction: an invalid
    // speaker leaves no organization behind.
    const SpeakerService::Result result = SpeakerService(m_database).save(speaker);
    if (!result.ok) {
        m_ui->errorLabel->setText(result.issues.isEmpty() ? result.error : result.issues.constFirst().message);
        m_ui->errorLabel->show();
        m_ui->fullNameEdit->setFocus();
        return;
    }
    m_speakerId = speaker.id;
    m_speakerName = speaker.fullName;
    QDialog::accept();
}

} // namespace pressdesk
