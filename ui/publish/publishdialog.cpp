#include "publishdialog.h"

#include "preferences/preferences.h"
#include "publish/sitebuilder.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace pressdesk {

PublishDialog::PublishDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish Press Room"));
    const Preferences::PressRoom last = Preferences::pressRoom();

    auto *intro = new QLabel(tr("Writes the published releases as a website: a folder of pages, feeds and PDFs that "
                                "any web server can serve. Drafts, releases in review or approved and releases "
                                "under embargo are never included."),
        this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(last.folder, this);
    m_folder->setObjectName(QStringLiteral("publishFolder"));
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(QStringLiteral("publishBrowse"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    m_baseUrl = new QLineEdit(last.baseUrl, this);
    m_baseUrl->setObjectName(QStringLiteral("publishBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://press.example.org/"));
    m_languages = new QLineEdit(last.languages, this);
    m_languages->setObjectName(QStringLiteral("publishLanguages"));
    m_languages->setPlaceholderText(tr("All languages"));
    m_languages->setToolTip(tr("Language codes separated by commas, such as en, es; empty for every language."));
    m_pdfs = new QCheckBox(tr("A PDF of each release"), this);
    m_pdfs->setObjectName(QStringLiteral("publishPdfs"));
    m_pdfs->setChecked(last.pdfs);
    m_preview = new QCheckBox(tr("Open the press room in the browser afterwards"), this);
    m_preview->setObjectName(QStringLiteral("publishPreview"));
    m_preview->setChecked(last.preview);

    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Web address:"), m_baseUrl);
    form->addRow(tr("&Languages:"), m_languages);
    form->addRow(QString(), m_pdfs);
    form->addRow(QString(), m_preview);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(folderRow)))
        label->setBuddy(m_folder);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("publishResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::ActionRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_browse, &QPushButton::clicked, this, &PublishDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &PublishDialog::updateButtons);
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void PublishDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Press Room"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PublishDialog::updateButtons()
{
    m_publish->setEnabled(!m_folder->text().trimmed().isEmpty());
}

QString PublishDialog::resultText() const
{
    return m_result->text();
}

bool PublishDialog::publish()
{
    const QString baseUrl = m_baseUrl->text().trimmed();
    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty()) {
            m_result->setText(tr("The web address must start with https:// or http://."));
            m_baseUrl->setFocus();
            return false;
        }
    }
    SiteOptions options;
    options.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.baseUrl = baseUrl;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    const QStringList languages = m_languages->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &language : languages) {
        if (!tag.match(language).hasMatch()) {
            m_result->setText(tr("\"%1\" is not a language code (such as en, es or pt-BR).").arg(language));
            m_languages->setFocus();
            return false;
        }
    }
    options.languages = languages;
    options.pdfs = m_pdfs->isChecked();

    Preferences::setPressRoom({ m_folder->text().trimmed(), baseUrl, m_languages->text().trimmed(), m_pdfs->isChecked(),
        m_preview->isChecked() });

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    SiteBuilder builder(m_database);
    const bool ok = builder.publish(options);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        m_result->setText(tr("The press room could not be published: %1").arg(builder.errorString()));
        return false;
    }
    const SiteReport report = builder.report();
    const QString summary =
        tr("Published %n release(s) to %1.", nullptr, report.releases).arg(QDir::toNativeSeparators(options.folder))
        + QLatin1Char(' ')
        + tr("%n file(s) written, %1 unchanged, %2 removed.", nullptr, report.written)
              .arg(report.unchanged)
              .arg(report.removed);
    m_result->setText(summary);
    Q_EMIT published(summary);
    if (m_preview->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(options.folder + QStringLiteral("/index.html")));
    return true;
}

} // namespace pressdesk
