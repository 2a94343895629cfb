#include "speakereditor.h"

#include "domain/domainjson.h"
#include "domain/domainjsonreader.h"
#include "editor/fieldtext.h"
#include "editor/problempresenter.h"
#include "i18n/countrylist.h"
#include "services/speakerservice.h"
#include "storage/opendatabasefiles.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "ui_speakereditor.h"
#include "widgets/filedialogs.h"

#include <QBuffer>
#include <QCompleter>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPixmap>

namespace pressdesk {

SpeakerEditor::SpeakerEditor(Database &database, QWidget *parent)
    : EditorPage(database, Entity::Speaker, parent)
    , m_ui(std::make_unique<Ui::SpeakerEditor>())
{
    m_ui->setupUi(this);
    setFirstField(m_ui->honorificEdit);
    // Long organization names must not widen the form.
    m_ui->organizationCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->organizationCombo->setMinimumContentsLength(24);
    setObjectName(QStringLiteral("speakerEditor"));
    m_problems = new ProblemPresenter(m_ui->problemList, this);
    m_problems->addField(QStringLiteral("full_name"), m_ui->fullNameEdit);
    m_problems->addField(QStringLiteral("email"), m_ui->emailEdit);
    m_problems->addField(QStringLiteral("languages"), m_ui->languagesEdit);
    m_problems->addField(QStringLiteral("organization"), m_ui->organizationCombo);

    m_ui->organizationCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->organizationCombo->completer()->setFilterMode(Qt::MatchContains);
    auto *countries = new QCompleter(CountryList::names(), this);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->countryEdit->setCompleter(countries);

    m_chooseImage = [this] {
        return FileDialogs::openFileName(
            this, tr("Load Photo"), QString(), tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"));
    };
    for (QLineEdit *edit : { m_ui->honorificEdit, m_ui->titleEdit, m_ui->countryEdit, m_ui->emailEdit, m_ui->phoneEdit,
             m_ui->languagesEdit, m_ui->sortNameEdit })
        connect(edit, &QLineEdit::textChanged, this, &SpeakerEditor::fieldChanged);
    // The sort name follows the name, and the country and languages that tell how many
    // surnames it has, until the user writes one.
    for (QLineEdit *edit : { m_ui->fullNameEdit, m_ui->countryEdit, m_ui->languagesEdit }) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!isLoading() && !m_sortNameEdited) {
                QSignalBlocker blocker(m_ui->sortNameEdit);
                m_ui->sortNameEdit->setText(current().derivedSortName());
            }
        });
    }
    connect(m_ui->fullNameEdit, &QLineEdit::textChanged, this, &SpeakerEditor::fieldChanged);
    connect(m_ui->sortNameEdit, &QLineEdit::textEdited, this, [this] { m_sortNameEdited = true; });
    connect(m_ui->organizationCombo, &QComboBox::currentTextChanged, this, &SpeakerEditor::fieldChanged);
    connect(m_ui->bioEdit, &QPlainTextEdit::textChanged, this, &SpeakerEditor::fieldChanged);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &SpeakerEditor::fieldChanged);
    connect(m_ui->loadPhotoButton, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseImage();
        if (path.isEmpty())
            return;
        if (OpenDatabaseFiles::contains(path)) {
            m_problems->show({ { QStringLiteral("photo"), OpenDatabaseFiles::refusal(path) } });
            return;
        }
        QFile file(path);
        const QByteArray photo = file.open(QIODevice::ReadOnly) ? squarePhoto(file.readAll()) : QByteArray();
        if (photo.isEmpty()) {
            m_problems->show(
                { { QStringLiteral("photo"), tr("\u201C%1\u201D is not an image Pressdesk can read.").arg(path) } });
            return;
        }
        m_photo = photo;
        showPhoto();
        fieldChanged();
    });
    connect(m_ui->removePhotoButton, &QPushButton::clicked, this, [this] {
        m_photo.clear();
        showPhoto();
        fieldChanged();
    });
    connect(m_ui->releasesList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(Entity::Release, item->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SpeakerEditor::save);
    connect(this, &EditorPage::modifiedChanged, this, &SpeakerEditor::updateStateLabel);
}

SpeakerEditor::~SpeakerEditor()
{
    disconnectChildren();
}

QByteArray SpeakerEditor::squarePhoto(const QByteArray &imageData)
{
    QImage image = QImage::fromData(imageData);
    if (image.isNull())
        return {};
    const int side = std::min(image.width(), image.height());
    image = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    if (side > 512)
        image = image.scaled(512, 512, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void SpeakerEditor::startNew()
{
    setSpeaker(Speaker {});
    markClean();
}

bool SpeakerEditor::load(qint64 id)
{
    const auto speaker = SpeakerRepository(database()).load(id);
    if (!speaker)
        return false;
    setSpeaker(*speaker);
    markClean();
    return true;
}

QString SpeakerEditor::title() const
{
    const QString name = m_ui->fullNameEdit->text().simplified();
    return name.isEmpty() ? tr("New speaker") : name;
}

void SpeakerEditor::setSpeaker(const Speaker &speaker)
{
    setLoading(true);
    m_speaker = speaker;
    FieldText::set(m_ui->honorificEdit, speaker.honorific);
    FieldText::set(m_ui->fullNameEdit, speaker.fullName);
    m_ui->sortNameEdit->setText(speaker.sortName.isEmpty() ? speaker.derivedSortName() : speaker.sortName);
    m_sortNameEdited = !speaker.sortName.isEmpty() && speaker.sortName != speaker.derivedSortName();
    FieldText::set(m_ui->titleEdit, speaker.title);
    m_ui->organizationCombo->clear();
    m_ui->organizationCombo->addItem(QString(), qint64(0));
    for (const Organization &organization : OrganizationRepository(database()).list())
        m_ui->organizationCombo->addItem(organization.name, organization.id);
    const int organization = m_ui->organizationCombo->findData(speaker.organizationId);
    if (organization >= 0)
        m_ui->organizationCombo->setCurrentIndex(organization);
    else
        m_ui->organizationCombo->setEditText(speaker.organizationName);
    FieldText::set(m_ui->countryEdit, speaker.country);
    FieldText::set(m_ui->emailEdit, speaker.email);
    FieldText::set(m_ui->phoneEdit, speaker.phone);
    FieldText::set(m_ui->languagesEdit, speaker.languages.join(QLatin1String(", ")));
    FieldText::set(m_ui->bioEdit, speaker.bio);
    FieldText::set(m_ui->notesEdit, speaker.notes);
    m_photo = speaker.photo;
    showPhoto();
    m_ui->releasesList->clear();
    if (speaker.id > 0) {
        for (const Release &release : ReleaseRepository(database()).quoting(speaker.id)) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 \u00B7 %2").arg(release.releaseDate.toString(Qt::ISODate), release.headline),
                m_ui->releasesList);
            item->setData(Qt::UserRole, release.id);
            item->setToolTip(release.headline);
        }
    }
    m_ui->releasesGroup->setTitle(tr("Quoted in (%1)").arg(m_ui->releasesList->count()));
    setLoading(false);
    m_problems->clear();
    updateStateLabel();
    Q_EMIT titleChanged();
}

Speaker SpeakerEditor::current() const
{
    Speaker speaker = m_speaker;
    speaker.honorific = m_ui->honorificEdit->text().trimmed();
    speaker.fullName = m_ui->fullNameEdit->text().simplified();
    speaker.sortName = m_ui->sortNameEdit->text().trimmed();
    if (speaker.sortName.isEmpty())
        speaker.sortName = speaker.derivedSortName();
    speaker.title = m_ui->titleEdit->text().trimmed();
    const QString organization = m_ui->organizationCombo->currentText().trimmed();
    const int index = m_ui->organizationCombo->findText(organization);
    speaker.organizationId = index >= 0 ? m_ui->organizationCombo->itemData(index).toLongLong() : 0;
    speaker.organizationName = organization;
    speaker.country = m_ui->countryEdit->text().trimmed();
    speaker.email = m_ui->emailEdit->text().trimmed();
    speaker.phone = m_ui->phoneEdit->text().trimmed();
    speaker.languages.clear();
    for (const QString &language : m_ui->languagesEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!language.trimmed().isEmpty())
            speaker.languages.append(language.trimmed());
    }
    speaker.bio = m_ui->bioEdit->toPlainText();
    speaker.notes = m_ui->notesEdit->toPlainText();
    speaker.photo = m_photo;
    return speaker;
}

QJsonObject SpeakerEditor::state() const
{
    const Speaker speaker = current();
    QJsonObject object = json::speaker(speaker);
    object.remove(QStringLiteral("updated_at"));
    object.insert(QStringLiteral("photo_base64"), QString::fromLatin1(speaker.photo.toBase64()));
    return object;
}

void SpeakerEditor::restoreState(const QJsonObject &state)
{
    Speaker restored = json::speakerFromJson(state);
    restored.id = m_speaker.id;
    restored.createdAt = m_speaker.createdAt;
    restored.version = m_speaker.version;
    setSpeaker(restored);
    updateModified();
}

bool SpeakerEditor::save()
{
    Speaker speaker = current();
    // A new organization name creates the organization, in the speaker's transaction.
    const SpeakerService::Result result = SpeakerService(database()).save(speaker);
    if (!result.issues.isEmpty()) {
        m_problems->show(result.issues);
        return false;
    }
    if (!result.ok) {
        m_problems->show({ { QString(), result.error } });
        return false;
    }
    m_problems->clear();
    load(speaker.id);
    Q_EMIT saved(Entity::Speaker, speaker.id);
    return true;
}

void SpeakerEditor::fieldChanged()
{
    if (isLoading())
        return;
    if (m_ui->problemList->count() > 0)
        m_problems->show(current().validate());
    updateModified();
    Q_EMIT titleChanged();
}

void SpeakerEditor::showPhoto()
{
    QPixmap pixmap;
    if (!m_photo.isEmpty() && pixmap.loadFromData(m_photo)) {
        m_ui->photoLabel->setPixmap(
            pixmap.scaled(m_ui->photoLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_ui->photoLabel->setPixmap(QPixmap());
        m_ui->photoLabel->setText(tr("No photo"));
    }
    m_ui->removePhotoButton->setEnabled(!m_photo.isEmpty());
}

void SpeakerEditor::updateStateLabel()
{
    m_ui->stateLabel->setText(isModified() ? tr("Unsaved changes")
            : m_speaker.id == 0            ? tr("New speaker, not saved")
                                           : tr("Saved"));
    m_ui->stateLabel->setStyleSheet(isModified() ? QStringLiteral("font-weight: bold;") : QString());
}

} // namespace pressdesk
