// Saves screenshots of every editor with the demo newsroom, at 1280x800 and 1024x700, for
// looking at the layout: shoot_editors <output folder> [language: en, es, fr]. Not run by
// CTest. Translated labels are often longer: look at the Spanish and French ones too.
#include "demo/demonewsroom.h"
#include "editor/editorarea.h"
#include "editor/editorpage.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "spelling/spellingservice.h"
#include "storage/eventrepository.h"
#include "storage/organizationrepository.h"
#include "storage/releaserepository.h"
#include "storage/speakerrepository.h"
#include "testdatabase.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace pressdesk;

namespace {

// A new release with misspelled words, and the body's context menu open on one of them
// (the menu is a window of its own, so it is painted onto the grab).
void shootSpelling(MainWindow &window, const QString &file)
{
    SpellingService::shared().load(QStringLiteral("en"));
    EditorPage *editor = window.editorArea()->createNew(Entity::Release);
    auto *headline = editor->findChild<QLineEdit *>(QStringLiteral("headlineEdit"));
    headline->setText(QStringLiteral("Ministers recieve the regional labor plan"));
    QTest::qWait(300);
    // The headline's painted underline, three times larger.
    const QPixmap line = headline->grab();
    line.scaled(line.size() * 3).save(QString(file).replace(QLatin1String(".png"), QLatin1String("-headline.png")));
    editor->findChild<QTabWidget *>(QStringLiteral("pagesTabs"))->setCurrentIndex(1);
    auto *body = editor->findChild<QTextEdit *>(QStringLiteral("bodyTextEdit"));
    body->setPlainText(QStringLiteral("The ministers of labor agreed today on a regional plan to protect migrant "
                                      "wokers and their families, acording to the organization."));
    QTest::qWait(300);
    QTextCursor cursor(body->document());
    cursor.setPosition(static_cast<int>(body->toPlainText().indexOf(QLatin1String("wokers"))) + 2);
    const QPoint pos = body->cursorRect(cursor).center();
    QTimer::singleShot(300, &window, [&window, file] {
        QImage image = window.grab().toImage();
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            QPainter painter(&image);
            painter.drawPixmap(window.mapFromGlobal(menu->pos()), menu->grab());
            menu->close();
        }
        image.save(file);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, body->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(body->viewport(), &event);
    window.editorArea()->discardEditor(editor);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PressdeskScreenshots"));
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(app, argc > 2 ? QLocale(QString::fromLocal8Bit(argv[2])) : QLocale(QLocale::English));
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    test::TestDatabase fixture;
    DemoNewsroom(fixture.db()).install();
    const qint64 release = ReleaseRepository(fixture.db()).summaries({}).constFirst().id;
    const qint64 speaker = SpeakerRepository(fixture.db()).list(1).constFirst().id;
    const qint64 event = EventRepository(fixture.db()).list(1).constFirst().id;
    const qint64 organization = OrganizationRepository(fixture.db()).ours()->id;

    for (const QSize size : { QSize(1280, 800), QSize(1024, 700) }) {
        MainWindow window(fixture.db());
        window.resize(size);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
        auto shoot = [&](const QString &name) {
            QTest::qWait(500);
            window.grab().save(out.filePath(name + suffix));
        };
        shoot(QStringLiteral("main"));
        EditorPage *editor = window.editorArea()->open(Entity::Release, release);
        auto *pages = editor->findChild<QTabWidget *>(QStringLiteral("pagesTabs"));
        const QStringList names { QStringLiteral("release-general"), QStringLiteral("release-text"),
            QStringLiteral("release-quotes"), QStringLiteral("release-links"), QStringLiteral("release-closing") };
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            shoot(names.at(page));
        }
        // Problems listed and marked: a published release without a body.
        window.editorArea()->createNew(Entity::Release)->save();
        shoot(QStringLiteral("release-problems"));
        shootSpelling(window, out.filePath(QStringLiteral("release-spelling") + suffix));
        window.editorArea()->open(Entity::Speaker, speaker);
        shoot(QStringLiteral("speaker"));
        EditorPage *eventEditor = window.editorArea()->open(Entity::Event, event);
        shoot(QStringLiteral("event"));
        eventEditor->findChild<QTabWidget *>(QStringLiteral("pagesTabs"))->setCurrentIndex(1);
        shoot(QStringLiteral("event-participants"));
        window.editorArea()->open(Entity::Organization, organization);
        shoot(QStringLiteral("organization"));
        PreferencesDialog preferences(fixture.db(), &window);
        preferences.show();
        QTest::qWait(300);
        preferences.grab().save(out.filePath(QStringLiteral("preferences") + suffix));
        for (EditorPage *open : window.editorArea()->editors())
            window.editorArea()->discardEditor(open);
    }
    return 0;
}
