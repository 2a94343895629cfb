#include "exportnotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace pressdesk {

ExportNotice::ExportNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_openButton(new QPushButton(tr("Open"), this))
    , m_folderButton(new QPushButton(tr("Show in Folder"), this))
    , m_hideTimer(new QTimer(this))
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("exportNotice"));
    setAccessibleName(tr("Export finished"));
    m_label->setObjectName(QStringLiteral("exportNoticeLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openButton->setObjectName(QStringLiteral("openExportButton"));
    m_openButton->setToolTip(tr("Open the exported file in its application"));
    m_folderButton->setObjectName(QStringLiteral("showExportFolderButton"));
    m_folderButton->setToolTip(tr("Show the folder the file was written to"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeExportNoticeButton"));
    close->setText(QStringLiteral("\u00D7"));
    close->setAccessibleName(tr("Close the export notice"));
    close->setToolTip(tr("Close"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openButton);
    layout->addWidget(m_folderButton);
    layout->addWidget(close);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(60'000);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_openButton, &QPushButton::clicked, this, [this] { m_open(QUrl::fromLocalFile(m_path)); });
    connect(m_folderButton, &QPushButton::clicked, this, &ExportNotice::showInFolder);
    hide();
}

void ExportNotice::showFile(const QString &path)
{
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    m_isFolder = false;
    m_label->setText(
        tr("Exported \u201C%1\u201D to %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
    m_label->setToolTip(QDir::toNativeSeparators(m_path));
    m_openButton->show();
    appear();
}

void ExportNotice::showFolder(const QString &folder, const QString &text)
{
    m_path = QFileInfo(folder).absoluteFilePath();
    m_isFolder = true;
    m_label->setText(text);
    m_label->setToolTip(QDir::toNativeSeparators(m_path));
    m_openButton->hide();
    appear();
}

void ExportNotice::appear()
{
    // A passing status-bar message would be drawn over the notice.
    if (auto *bar = qobject_cast<QStatusBar *>(parentWidget()))
        bar->clearMessage();
    show();
    m_hideTimer->start();
}

void ExportNotice::showInFolder()
{
    if (m_isFolder) {
        m_open(QUrl::fromLocalFile(m_path));
        return;
    }
    // The file selected in the system's file manager where there is a way to ask for it.
#if defined(Q_OS_WIN)
    if (QProcess::startDetached(
            QStringLiteral("explorer.exe"), { QStringLiteral("/select,") + QDir::toNativeSeparators(m_path) }))
        return;
#elif defined(Q_OS_MACOS)
    if (QProcess::startDetached(QStringLiteral("open"), { QStringLiteral("-R"), m_path }))
        return;
#endif
    m_open(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
}

} // namespace pressdesk
