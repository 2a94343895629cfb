#include "organizationeditor.h"

#include "domain/domainjson.h"
#include "domain/domainjsonreader.h"
#include "editor/fieldtext.h"
#include "editor/problempresenter.h"
#include "i18n/countrylist.h"
#include "storage/opendatabasefiles.h"
#include "storage/organizationrepository.h"
#include "ui_organizationeditor.h"
#include "widgets/filedialogs.h"

#include <QCompleter>
#include <QFile>
#include <QFormLayout>
#include <QPixmap>
#include <QPushButton>

namespace pressdesk {

OrganizationEditor::OrganizationEditor(Database &database, QWidget *parent)
    : EditorPage(database, Entity::Organization, parent)
    , m_ui(std::make_unique<Ui::OrganizationEditor>())
{
    m_ui->setupUi(this);
    setFirstField(m_ui->nameEdit);
    setObjectName(QStringLiteral("organizationEditor"));
    m_problems = new ProblemPresenter(m_ui->problemList, this);
    m_problems->addField(QStringLiteral("name"), m_ui->nameEdit);
    m_problems->addField(QStringLiteral("website"), m_ui->websiteEdit);
    m_problems->addField(QStringLiteral("logo"), m_ui->logoLabel);
    auto *countries = new QCompleter(CountryList::names(), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->countryEdit->setCompleter(countries);
    m_chooseImage = [this] {
        return FileDialogs::openFileName(this, tr("Load Logo"), QString(), tr("Logos (*.png *.svg *.jpg *.jpeg)"));
    };
    for (QLineEdit *edit : { m_ui->nameEdit, m_ui->shortNameEdit, m_ui->countryEdit, m_ui->websiteEdit })
        connect(edit, &QLineEdit::textChanged, this, &OrganizationEditor::fieldChanged);
    connect(m_ui->addressEdit, &QPlainTextEdit::textChanged, this, &OrganizationEditor::fieldChanged);
    connect(m_ui->boilerplateEdit, &QPlainTextEdit::textChanged, this, &OrganizationEditor::fieldChanged);
    connect(m_ui->loadLogoButton, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseImage();
        if (path.isEmpty())
            return;
        if (OpenDatabaseFiles::contains(path)) {
            m_problems->show({ { QStringLiteral("logo"), OpenDatabaseFiles::refusal(path) } });
            return;
        }
        QFile file(path);
        const QByteArray data = file.open(QIODevice::ReadOnly) ? file.read(4 * 1024 * 1024) : QByteArray();
        const bool svg = data.contains("<svg");
        if (data.isEmpty() || (!svg && QPixmap().loadFromData(data) == false)) {
            m_problems->show(
                { { QStringLiteral("logo"), tr("\u201C%1\u201D is not a logo Pressdesk can read.").arg(path) } });
            return;
        }
        m_logo = data;
        showLogo();
        fieldChanged();
    });
    // "Use as Our Organization": its letterhead, logo and boilerplate go on new releases
    // once saved (the one that was ours stops being so).
    m_useAsOurs = new QPushButton(tr("&Use as Our Organization"), this);
    m_useAsOurs->setObjectName(QStringLiteral("useAsOursButton"));
    m_useAsOurs->setToolTip(tr("New releases take this organization's letterhead, logo and boilerplate"));
    int oursRow = 0;
    QFormLayout::ItemRole oursRole = QFormLayout::SpanningRole;
    m_ui->detailsLayout->getWidgetPosition(m_ui->oursLabel, &oursRow, &oursRole);
    m_ui->detailsLayout->insertRow(oursRow + 1, m_useAsOurs);
    connect(m_useAsOurs, &QPushButton::clicked, this, [this] {
        m_organization.isOurs = true;
        m_ui->oursLabel->setVisible(true);
        m_useAsOurs->setVisible(false);
        updateModified();
    });
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
        fieldChanged();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &OrganizationEditor::save);
    connect(this, &EditorPage::modifiedChanged, this, &OrganizationEditor::updateStateLabel);
}

OrganizationEditor::~OrganizationEditor()
{
    disconnectChildren();
}

void OrganizationEditor::startNew()
{
    setOrganization(Organization {});
    markClean();
}

bool OrganizationEditor::load(qint64 id)
{
    const auto organization = OrganizationRepository(database()).load(id);
    if (!organization)
        return false;
    setOrganization(*organization);
    markClean();
    return true;
}

QString OrganizationEditor::title() const
{
    const QString name = m_ui->shortNameEdit->text().trimmed().isEmpty() ? m_ui->nameEdit->text().simplified()
                                                                         : m_ui->shortNameEdit->text().trimmed();
    return name.isEmpty() ? tr("New organization") : name;
}

void OrganizationEditor::setOrganization(const Organization &organization)
{
    setLoading(true);
    m_organization = organization;
    FieldText::set(m_ui->nameEdit, organization.name);
    FieldText::set(m_ui->shortNameEdit, organization.shortName);
    FieldText::set(m_ui->countryEdit, organization.country);
    FieldText::set(m_ui->websiteEdit, organization.website);
    FieldText::set(m_ui->addressEdit, organization.address);
    FieldText::set(m_ui->boilerplateEdit, organization.boilerplate);
    m_ui->oursLabel->setVisible(organization.isOurs);
    m_useAsOurs->setVisible(!organization.isOurs);
    m_logo = organization.logo;
    showLogo();
    setLoading(false);
    m_problems->clear();
    updateStateLabel();
    Q_EMIT titleChanged();
}

Organization OrganizationEditor::current() const
{
    Organization organization = m_organization;
    organization.name = m_ui->nameEdit->text().simplified();
    organization.shortName = m_ui->shortNameEdit->text().trimmed();
    organization.country = m_ui->countryEdit->text().trimmed();
    organization.website = m_ui->websiteEdit->text().trimmed();
    organization.address = m_ui->addressEdit->toPlainText();
    organization.boilerplate = m_ui->boilerplateEdit->toPlainText();
    organization.logo = m_logo;
    return organization;
}

QJsonObject OrganizationEditor::state() const
{
    const Organization organization = current();
    QJsonObject object = json::organization(organization);
    object.remove(QStringLiteral("updated_at"));
    object.insert(QStringLiteral("logo_base64"), QString::fromLatin1(organization.logo.toBase64()));
    return object;
}

void OrganizationEditor::restoreState(const QJsonObject &state)
{
    Organization restored = json::organizationFromJson(state);
    restored.id = m_organization.id;
    restored.isOurs = m_organization.isOurs;
    restored.createdAt = m_organization.createdAt;
    restored.version = m_organization.version;
    setOrganization(restored);
    updateModified();
}

bool OrganizationEditor::save()
{
    Organization organization = current();
    const ValidationIssues issues = organization.validate();
    m_problems->show(issues);
    if (!issues.isEmpty())
        return false;
    OrganizationRepository repository(database());
    if (!repository.save(organization)) {
        m_problems->show({ { QString(), repository.errorString() } });
        return false;
    }
    load(organization.id);
    Q_EMIT saved(Entity::Organization, organization.id);
    return true;
}

void OrganizationEditor::fieldChanged()
{
    if (isLoading())
        return;
    if (m_ui->problemList->count() > 0)
        m_problems->show(current().validate());
    updateModified();
    Q_EMIT titleChanged();
}

void OrganizationEditor::showLogo()
{
    QPixmap pixmap;
    if (!m_logo.isEmpty() && pixmap.loadFromData(m_logo)) {
        m_ui->logoLabel->setPixmap(
            pixmap.scaled(m_ui->logoLabel->maximumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_ui->logoLabel->setPixmap(QPixmap());
        m_ui->logoLabel->setText(m_logo.isEmpty() ? tr("No logo") : tr("Logo stored (SVG)"));
    }
    m_ui->removeLogoButton->setEnabled(!m_logo.isEmpty());
}

void OrganizationEditor::updateStateLabel()
{
    m_ui->stateLabel->setText(isModified() ? tr("Unsaved changes")
            : m_organization.id == 0       ? tr("New organization, not saved")
                                           : tr("Saved"));
    m_ui->stateLabel->setStyleSheet(isModified() ? QStringLiteral("font-weight: bold;") : QString());
}

} // namespace pressdesk
