#include "connectdialog.h"

#include "storage/database.h"
#include "widgets/filedialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

QString connectsTo(const StoreLocation &location)
{
    Database database;
    if (!database.open(location))
        return database.errorString();
    return {};
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_tlsMode(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse…"), this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
    , m_tester(connectsTo)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Team Newsroom"));
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("newsroom"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setChecked(true);
    m_tlsMode->setObjectName(QStringLiteral("tlsModeCombo"));
    m_tlsMode->addItem(tr("Verify the certificate and the server's name (verify-full)"), QStringLiteral("verify-full"));
    m_tlsMode->addItem(tr("Verify the certificate (verify-ca)"), QStringLiteral("verify-ca"));
    m_tlsMode->addItem(tr("Encrypt, do not verify (require)"), QStringLiteral("require"));
    m_tlsMode->addItem(tr("Encrypt when the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tlsMode->addItem(
        tr("Do not encrypt: this computer or a trusted network only (disable)"), QStringLiteral("disable"));
    m_tlsMode->setCurrentIndex(m_tlsMode->findData(QStringLiteral("prefer")));
    // The long choices must not push the labels out of the form.
    m_tlsMode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tlsMode->setMinimumContentsLength(24);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("The system's certificates"));
    m_browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Encryption (TLS):"), m_tlsMode);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    // A row of two widgets: the label needs its buddy set to keep its mnemonic.
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("connectButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::test);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateCaFile);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFileName(
            this, tr("CA Certificate"), m_caFile->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(buttons);
    updateCaFile();
    setMinimumWidth(520);
}

void ConnectDialog::updateCaFile()
{
    const QString mode = m_tlsMode->currentData().toString();
    const bool verifies = mode.startsWith(QLatin1String("verify"));
    m_caFile->setEnabled(verifies);
    m_browse->setEnabled(verifies);
}

void ConnectDialog::setLocation(const StoreLocation &location)
{
    m_host->setText(location.host());
    m_port->setValue(location.port());
    m_database->setText(location.database());
    m_user->setText(location.user());
    m_password->setText(location.password());
    const int mode = m_tlsMode->findData(location.sslMode().isEmpty() ? QStringLiteral("prefer") : location.sslMode());
    if (mode >= 0)
        m_tlsMode->setCurrentIndex(mode);
    const QUrlQuery query(QUrl(location.redacted()));
    m_caFile->setText(query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded));
    // The fields the person has to fill first.
    if (m_host->text().isEmpty())
        m_host->setFocus();
    else if (m_password->text().isEmpty())
        m_password->setFocus();
}

StoreLocation ConnectDialog::location(QString *error) const
{
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return StoreLocation();
    };
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (host.isEmpty())
        return failed(tr("Server: give the name or address of the newsroom's server."));
    if (database.isEmpty())
        return failed(tr("Database: give the name of the newsroom's database."));
    if (m_user->text().trimmed().isEmpty())
        return failed(tr("User name: give your user name on the server."));
    const QString caFile = m_caFile->isEnabled() ? m_caFile->text().trimmed() : QString();
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return failed(tr("CA certificate: %1 cannot be read.").arg(caFile));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/'))) {
        query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("port"), QString::number(m_port->value()));
    } else {
        url.setHost(host);
        url.setPort(m_port->value());
    }
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + database);
    query.addQueryItem(QStringLiteral("sslmode"), m_tlsMode->currentData().toString());
    if (!caFile.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    url.setQuery(query);
    if (!url.isValid())
        return failed(tr("Server: \"%1\" is not a valid server name.").arg(host));
    QString problem;
    StoreLocation location = StoreLocation::parse(url.toString(), &problem);
    if (!location.isValid())
        return failed(problem);
    location.setPassword(m_password->text());
    return location;
}

bool ConnectDialog::remembersPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectDialog::test()
{
    QString error;
    const StoreLocation server = location(&error);
    if (!server.isValid()) {
        showResult(error);
        return;
    }
    m_testResult->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = m_tester(server);
    QApplication::restoreOverrideCursor();
    showResult(problem.isEmpty() ? tr("Connected: a Pressdesk newsroom is there.") : problem);
}

// A long answer (a refused certificate, a server's own words) makes the dialog taller rather
// than squeezing the fields above it.
void ConnectDialog::showResult(const QString &text)
{
    m_testResult->setText(text);
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectDialog::accept()
{
    QString error;
    if (!location(&error).isValid()) {
        showResult(error);
        return;
    }
    QDialog::accept();
}

} // namespace pressdesk
