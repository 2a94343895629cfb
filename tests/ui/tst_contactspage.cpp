#include "contacteditor/contacteditor.h"
#include "contacts/contactimport.h"
#include "contacts/contactspage.h"
#include "import/csvmappingdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationlist.h"
#include "medialisteditor/medialisteditor.h"
#include "storage/contactrepository.h"
#include "storage/medialistrepository.h"
#include "testdatabase.h"
#include "testsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pressdesk;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Non-ASCII text goes in as key events carrying the text (QTest::keyClicks aborts on it).
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Invented people and outlets.
void addContacts(Database &database)
{
    ContactRepository repository(database);
    const struct
    {
        const char *name;
        const char *outlet;
        const char *email;
        QStringList languages;
        const char *country;
        const char *beats;
        bool doNotContact;
    } people[] = {
        { "Lucía Ordóñez Vela", "Diario del Istmo", "lucia.ordonez@istmo.example", { QStringLiteral("es") }, "Panamá",
            "economy, trade", false },
        { "Tomás Ixcot", "Radio Altiplano", "tixcot@altiplano.example", { QStringLiteral("es"), QStringLiteral("en") },
            "Guatemala", "economy", false },
        { "Pilar Quesada", "Semanario Sur", "pilar@sur.example", { QStringLiteral("es") }, "Honduras", "economy",
            true },
        { "Owen Barrow", "Northern Ledger", "owen@ledger.example", { QStringLiteral("en") }, "Belize", "migration",
            false },
    };
    for (const auto &person : people) {
        MediaContact contact;
        contact.name = QString::fromUtf8(person.name);
        contact.outlet = QString::fromUtf8(person.outlet);
        contact.email = QString::fromUtf8(person.email);
        contact.languages = person.languages;
        contact.country = QString::fromUtf8(person.country);
        contact.beats = MediaContact::splitList(QString::fromUtf8(person.beats));
        contact.doNotContact = person.doNotContact;
        if (!repository.save(contact))
            qFatal("%s", qPrintable(repository.errorString()));
    }
}

} // namespace

class TestContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useTestSettingsInEnglish(); }

    void searchAndEditContacts()
    {
        test::TestDatabase fixture;
        addContacts(fixture.db());
        ContactsPage page(fixture.db());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = child<QTableWidget>(&page, "contactTable");
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(child<QLabel>(&page, "contactsCount")->text(), QStringLiteral("4 contacts"));

        type(child<QLineEdit>(&page, "contactSearch"), QStringLiteral("lang:es beat:economy country:Panamá"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Lucía Ordóñez Vela"));
        type(child<QLineEdit>(&page, "contactSearch"), QStringLiteral("status:draft"));
        QVERIFY(child<QLabel>(&page, "contactSearchNotes")->isVisibleTo(&page));
        child<QLineEdit>(&page, "contactSearch")->clear();
        QCOMPARE(table->rowCount(), 4);

        // Picking a row opens it in the form; an edit is saved and listed.
        table->setCurrentCell(3, 0);
        auto *editor = page.contactEditor();
        QCOMPARE(child<QLineEdit>(editor, "contactName")->text(), QStringLiteral("Tomás Ixcot"));
        type(child<QLineEdit>(editor, "contactOutlet"), QStringLiteral("Radio Altiplano Noticias"));
        type(child<QLineEdit>(editor, "contactLanguages"), QStringLiteral("EN; es"));
        child<QCheckBox>(editor, "contactRespectsEmbargoes")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(editor, "contactSave"), Qt::LeftButton);
        const MediaContact saved = *ContactRepository(fixture.db()).load(editor->contactId());
        QCOMPARE(saved.outlet, QStringLiteral("Radio Altiplano Noticias"));
        QCOMPARE(saved.languages, (QStringList { QStringLiteral("en"), QStringLiteral("es") }));
        QVERIFY(saved.respectsEmbargoes);

        // A new contact with an address another has is refused, and says why.
        QTest::mouseClick(child<QPushButton>(&page, "newContact"), Qt::LeftButton);
        type(child<QLineEdit>(editor, "contactName"), QStringLiteral("Otra Persona"));
        type(child<QLineEdit>(editor, "contactEmail"), QStringLiteral("OWEN@ledger.example"));
        QTest::mouseClick(child<QPushButton>(editor, "contactSave"), Qt::LeftButton);
        QVERIFY(child<QLabel>(editor, "contactError")->isVisibleTo(editor));
        QVERIFY(child<QLabel>(editor, "contactError")->text().contains(QLatin1String("Owen Barrow")));
        type(child<QLineEdit>(editor, "contactEmail"), QStringLiteral("otra@prensa.example"));
        QTest::mouseClick(child<QPushButton>(editor, "contactSave"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 5);
    }

    void listWithFilterAndMembers()
    {
        test::TestDatabase fixture;
        addContacts(fixture.db());
        ContactsPage page(fixture.db());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = child<QTableWidget>(&page, "contactTable");

        // Owen picked in the table becomes a member of the new list.
        table->selectRow(1);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Owen Barrow"));
        QTest::mouseClick(child<QPushButton>(&page, "newMediaList"), Qt::LeftButton);
        auto *editor = page.listEditor();
        QVERIFY(editor->isVisible());
        QCOMPARE(child<QListWidget>(editor, "listMembers")->count(), 1);
        type(child<QLineEdit>(editor, "listName"), QStringLiteral("Economía regional"));
        type(child<QLineEdit>(editor, "listFilter"), QStringLiteral("lang:es beat:economy"));
        // The preview follows the filter as it is typed: Lucía, Tomás and Owen; Pilar left out.
        auto *preview = child<QTreeWidget>(editor, "listPreview");
        QCOMPARE(preview->topLevelItemCount(), 4);
        QCOMPARE(child<QLabel>(editor, "listCounts")->text(), QStringLiteral("3 recipients now \u00B7 1 left out"));
        QCOMPARE(preview->topLevelItem(3)->text(0), QStringLiteral("Pilar Quesada"));
        QCOMPARE(preview->topLevelItem(3)->text(3), QStringLiteral("marked \"do not contact\""));

        if (const QString folder = qEnvironmentVariable("PRESSDESK_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(page.grab().save(folder + QStringLiteral("/media-lists.png")));

        QTest::mouseClick(child<QPushButton>(editor, "listSave"), Qt::LeftButton);
        const std::optional<MediaList> saved =
            MediaListRepository(fixture.db()).loadByName(QStringLiteral("economía REGIONAL"));
        QVERIFY(saved);
        QCOMPARE(saved->filter, QStringLiteral("lang:es beat:economy"));
        QCOMPARE(saved->memberIds.size(), 1);
        auto *lists = child<QListWidget>(&page, "mediaLists");
        QCOMPARE(lists->count(), 1);
        QCOMPARE(lists->item(0)->text(), QStringLiteral("Economía regional (3 recipients)"));

        // Removing the hand-added member: the preview and, once saved, the list follow.
        child<QListWidget>(editor, "listMembers")->item(0)->setSelected(true);
        QTest::mouseClick(child<QPushButton>(editor, "listRemoveMember"), Qt::LeftButton);
        QCOMPARE(preview->topLevelItemCount(), 3);
        QTest::mouseClick(child<QPushButton>(editor, "listSave"), Qt::LeftButton);
        QCOMPARE(lists->item(0)->text(), QStringLiteral("Economía regional (2 recipients)"));
    }

    void importsCsvAndVCardFindingDuplicatesByEmail()
    {
        test::TestDatabase fixture;
        addContacts(fixture.db());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return file.fileName();
        };
        // Spanish headers; Owen is already here under another case of his address.
        const QString csv = write(QStringLiteral("prensa.csv"),
            QStringLiteral("Nombre,Medio,Correo electrónico,Idiomas,País\n"
                           "Marta Chacón,La Voz del Valle,marta@voz.example,es,Costa Rica\n"
                           "Owen Barrow,Northern Ledger Weekly,OWEN@ledger.example,en,Belize\n")
                .toUtf8());
        const QString vcard = write(QStringLiteral("card.vcf"),
            QByteArrayLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Lemus\r\nORG:Canal 9\r\n"
                              "EMAIL:ana@canal9.example\r\nEND:VCARD\r\n"));
        ContactsPage page(fixture.db());
        ContactImport *import = page.contactImport();
        import->setFileChooser([&] { return QStringList { csv, vcard };
    });
    QStringList dialogs;
    QString target;
        import->setDialogRunner([&](QDialog &dialog) {
            dialogs.append(dialog.objectName());
        if (auto *mapping = qobject_cast<CsvMappingDialog *>(&dialog))
            target = child<QComboBox>(mapping, "csvTargetCombo")->currentText();
        return int(QDialog::Accepted);
        });
        QList<std::pair<int, int>> asked;
        ContactImporter::OnDuplicate answer = ContactImporter::OnDuplicate::Skip;
        import->setDuplicateQuestion([&](int fresh, int duplicates) {
            asked.append({ fresh, duplicates });
        return std::optional(answer);
        });
        QStringList notices;
        import->setNotice([&notices](const QString &text, bool) { notices.append(text);
        });

        QTest::mouseClick(child<QPushButton>(&page, "importContacts"), Qt::LeftButton);
        QCOMPARE(dialogs, QStringList { QStringLiteral("csvMappingDialog") });
        QCOMPARE(target, QStringLiteral("Media contacts"));
        QCOMPARE(asked, (QList<std::pair<int, int>> { { 2, 1 } }));
        QVERIFY2(notices.last().contains(QStringLiteral("2 new, 0 updated, 1 already there")),
            qPrintable(notices.join(u'|')));
        QCOMPARE(child<QTableWidget>(&page, "contactTable")->rowCount(), 6);
        ContactRepository contacts(fixture.db());
        QStringList outlets;
        for (const MediaContact &contact : contacts.list())
            outlets.append(contact.email.toLower() + QLatin1Char('=') + contact.outlet);
        QVERIFY(outlets.contains(QStringLiteral("owen@ledger.example=Northern Ledger")));
        QVERIFY(outlets.contains(QStringLiteral("marta@voz.example=La Voz del Valle")));
        QVERIFY(outlets.contains(QStringLiteral("ana@canal9.example=Canal 9")));

        // Again, updating: nobody is added twice, Owen's outlet is the file's.
        answer = ContactImporter::OnDuplicate::Update;
        QTest::mouseClick(child<QPushButton>(&page, "importContacts"), Qt::LeftButton);
        QCOMPARE(asked.last(), (std::pair<int, int> { 0, 3 }));
        QVERIFY2(notices.last().contains(QStringLiteral("0 new, 3 updated")), qPrintable(notices.last()));
        QCOMPARE(child<QTableWidget>(&page, "contactTable")->rowCount(), 6);
        outlets.clear();
        for (const MediaContact &contact : contacts.list())
            outlets.append(contact.email.toLower() + QLatin1Char('=') + contact.outlet);
        QVERIFY2(outlets.contains(QStringLiteral("owen@ledger.example=Northern Ledger Weekly")),
            qPrintable(outlets.join(u',')));
        }

        void sectionInTheMainWindow()
        {
            test::TestDatabase fixture;
            addContacts(fixture.db());
            MainWindow window(fixture.db());
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showSection(Section::Contacts);
            auto *stack = child<QStackedWidget>(&window, "sectionStack");
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("contactsPage"));
            QCOMPARE(child<NavigationList>(&window, "navigation")->currentSection(), Section::Contacts);
            QCOMPARE(child<QTableWidget>(&window, "contactTable")->rowCount(), 4);
            // The detail pane steps aside: the page has the room.
            QVERIFY(!child<QWidget>(&window, "detailPane")->isVisible());
            QCoreApplication::processEvents();
            if (const QString folder = qEnvironmentVariable("PRESSDESK_SCREENSHOTS"); !folder.isEmpty())
                QVERIFY(window.grab().save(folder + QStringLiteral("/media-contacts.png")));
            // Other sections still work after it.
            window.showSection(Section::Trash);
            QVERIFY(stack->currentWidget()->objectName() != QStringLiteral("contactsPage"));
            QVERIFY(child<QWidget>(&window, "detailPane")->isVisible());
        }
        }
        ;

        QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
