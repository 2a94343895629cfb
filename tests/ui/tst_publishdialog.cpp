#include "demo/demonewsroom.h"
#include "mainwindow/mainwindow.h"
#include "publish/publishdialog.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace pressdesk;

// Where QDesktopServices would send the browser: caught here, so no browser starts.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

// File ▸ Publish Press Room… driven offscreen by objectName: the menu opens the dialog, and
// the dialog publishes the demo newsroom and opens the result in the "browser".
class TestPublishDialog : public QObject
{
    Q_OBJECT

private:
    UrlCatcher m_catcher;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child named %s", name);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useTestSettingsInEnglish();
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_catcher, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void theFileMenuOpensTheDialog()
    {
        test::TestDatabase fixture;
        MainWindow window(fixture.db());
        auto *action = window.findChild<QAction *>(QStringLiteral("publishSiteAction"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("Publish Press")));
        action->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("publishDialog"))) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }

    void publishesAndOpensThePreview()
    {
        test::TestDatabase fixture;
        QCOMPARE(DemoNewsroom(fixture.db()).install(), DemoNewsroom::Result::Added);
        QTemporaryDir folder;
        PublishDialog dialog(fixture.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *publish = child<QPushButton>(&dialog, "publishButton");
        auto *path = child<QLineEdit>(&dialog, "publishFolder");
        path->clear();
        QVERIFY(!publish->isEnabled()); // no folder, no publish
        QTest::keyClicks(path, folder.path() + QStringLiteral("/site"));
        QVERIFY(publish->isEnabled());
        auto *url = child<QLineEdit>(&dialog, "publishBaseUrl");
        url->clear();
        QTest::keyClicks(url, QStringLiteral("ftp://nope"));
        child<QCheckBox>(&dialog, "publishPdfs")->setChecked(false);
        child<QCheckBox>(&dialog, "publishPreview")->setChecked(true);
        child<QLineEdit>(&dialog, "publishLanguages")->clear();
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "publishResult")->text().contains(QStringLiteral("https://")));
        QVERIFY(!QFile::exists(folder.path() + QStringLiteral("/site/index.html")));

        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://press.example.org"));
        m_catcher.urls.clear();
        QTest::mouseClick(publish, Qt::LeftButton);
        const QString result = child<QLabel>(&dialog, "publishResult")->text();
        QVERIFY2(result.startsWith(QStringLiteral("Published 5 release")), qPrintable(result));
        QVERIFY(QFile::exists(folder.path() + QStringLiteral("/site/en/index.html")));
        QVERIFY(!QFile::exists(folder.path() + QStringLiteral("/site/fr/index.html"))); // only in review in French
        QCOMPARE(m_catcher.urls.size(), 1);
        QCOMPARE(m_catcher.urls.first(), QUrl::fromLocalFile(folder.path() + QStringLiteral("/site/index.html")));

        // Again: nothing to write.
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY2(child<QLabel>(&dialog, "publishResult")->text().contains(QStringLiteral(" 0 file")),
            qPrintable(child<QLabel>(&dialog, "publishResult")->text()));

        // The next dialog starts from this publish (Preferences::pressRoom).
        PublishDialog next(fixture.db());
        QCOMPARE(child<QLineEdit>(&next, "publishFolder")->text(), folder.path() + QStringLiteral("/site"));
        QVERIFY2(
            child<QLineEdit>(&next, "publishBaseUrl")->text().startsWith(QLatin1String("https://press.example.org")),
            qPrintable(child<QLineEdit>(&next, "publishBaseUrl")->text()));
        QVERIFY(!child<QCheckBox>(&next, "publishPdfs")->isChecked());
        QVERIFY(child<QCheckBox>(&next, "publishPreview")->isChecked());
    }
};

QTEST_MAIN(TestPublishDialog)
#include "tst_publishdialog.moc"
