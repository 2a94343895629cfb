#include "aboutdialog.h"

#include "export/htmlexporter.h"
#include "widgets/icons.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

QLabel *selectableLabel(const QString &name, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Keyboard selection also makes the label reachable with Tab, so the path can be copied.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_openFolder([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Pressdesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("Pressdesk %1").arg(QStringLiteral(PRESSDESK_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(tr("An offline newsroom editor for press releases."), this);
    description->setWordWrap(true);
    auto *licence = new QLabel(tr("Released under the MIT licence. Copyright © 2026 The Pressdesk developers."), this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    auto *qtVersion = new QLabel(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    qtVersion->setObjectName(QStringLiteral("aboutQtVersion"));

    const QString nativePath = QDir::toNativeSeparators(databasePath);
    auto *pathLabel = new QLabel(tr("&Database file:"), this);
    auto *path = selectableLabel(QStringLiteral("aboutDatabasePath"), nativePath, this);
    path->setAccessibleName(tr("Database file"));
    path->setAccessibleDescription(nativePath);
    pathLabel->setBuddy(path);
    auto *copy = new QPushButton(tr("&Copy Path"), this);
    copy->setObjectName(QStringLiteral("copyPathButton"));
    copy->setAutoDefault(false);
    auto *open = new QPushButton(tr("&Open Folder"), this);
    open->setObjectName(QStringLiteral("openFolderButton"));
    open->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [nativePath] { QGuiApplication::clipboard()->setText(nativePath); });
    connect(open, &QPushButton::clicked, this,
        [this] { m_openFolder(QUrl::fromLocalFile(QFileInfo(m_databasePath).absolutePath())); });

    auto *templateLabel = new QLabel(tr("HTML export &template:"), this);
    const QString templateText = HtmlExporter::isUserTemplate()
        ? QDir::toNativeSeparators(HtmlExporter::templatePath())
        : tr("built in (put your own in %1)").arg(QDir::toNativeSeparators(HtmlExporter::userTemplatePath()));
    auto *templatePath = selectableLabel(QStringLiteral("aboutTemplatePath"), templateText, this);
    templatePath->setAccessibleName(tr("HTML export template"));
    templateLabel->setBuddy(templatePath);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addWidget(licence);
    text->addWidget(qtVersion);
    text->addSpacing(8);
    auto *files = new QGridLayout;
    files->addWidget(pathLabel, 0, 0, Qt::AlignTop);
    files->addWidget(path, 0, 1);
    auto *pathButtons = new QHBoxLayout;
    pathButtons->addWidget(copy);
    pathButtons->addWidget(open);
    pathButtons->addStretch();
    files->addLayout(pathButtons, 1, 1);
    files->addWidget(templateLabel, 2, 0, Qt::AlignTop);
    files->addWidget(templatePath, 2, 1);
    files->setColumnStretch(1, 1);
    text->addLayout(files);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

} // namespace pressdesk
