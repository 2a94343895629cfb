#include "contactimport.h"

#include "import/csvmappingdialog.h"
#include "import/csvreader.h"
#include "import/importproblemsdialog.h"
#include "import/importreader.h"
#include "preferences/preferences.h"
#include "widgets/filedialogs.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace pressdesk {

ContactImport::ContactImport(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
    m_chooseFiles = [this] {
        return FileDialogs::openFileNames(m_window, tr("Import Media Contacts"), Preferences::exportFolder(),
            tr("Contacts (*.csv *.vcf *.vcard);;CSV (*.csv);;vCard (*.vcf *.vcard)"));
    };
    m_runDialog = [](QDialog &dialog) {
        return dialog.exec();
    };
    m_askDuplicates = [this](int fresh, int duplicates) -> std::optional<ContactImporter::OnDuplicate> {
        QMessageBox box(QMessageBox::Question, tr("Import Media Contacts"),
            tr("%n new contact(s).", nullptr, fresh) + QLatin1Char(' ')
                + tr("%n contact(s) already in the newsroom (the same e-mail address).", nullptr, duplicates),
            QMessageBox::Cancel, m_window);
        QPushButton *update = box.addButton(tr("&Update Them"), QMessageBox::AcceptRole);
        QPushButton *skip = box.addButton(tr("&Keep Them as They Are"), QMessageBox::AcceptRole);
        box.setDefaultButton(skip);
        box.exec();
        if (box.clickedButton() == update)
            return ContactImporter::OnDuplicate::Update;
        if (box.clickedButton() == skip)
            return ContactImporter::OnDuplicate::Skip;
        return std::nullopt;
    };
    m_notify = [this](const QString &text, bool problem) {
        if (problem)
            QMessageBox::warning(m_window, tr("Import Media Contacts"), text);
        else
            QMessageBox::information(m_window, tr("Import Media Contacts"), text);
    };
}

std::optional<ContactImporter::Reading> ContactImport::read(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!ImportReader::readFile(path, &bytes, &error)) {
        m_notify(error, true);
        return std::nullopt;
    }
    const QString name = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    ContactImporter::Reading reading;
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")
        || bytes.trimmed().startsWith("BEGIN:VCARD")) {
        reading = ContactImporter::readVCard(bytes, name);
    } else {
        const CsvReader::Result csv = CsvReader::read(bytes);
        if (!csv.error.isEmpty()) {
            m_notify(QStringLiteral("%1:%2: %3").arg(name).arg(csv.errorLine).arg(csv.error), true);
            return std::nullopt;
        }
        CsvMappingDialog dialog(csv, CsvImporter::guessMapping(csv.header, CsvTarget::Contacts), m_window);
        if (m_runDialog(dialog) != QDialog::Accepted)
            return std::nullopt;
        reading = ContactImporter::readCsv(csv, dialog.mapping(), name);
    }
    if (!reading.error.isEmpty()) {
        m_notify(QStringLiteral("%1:%2: %3").arg(name).arg(std::max(1, reading.line)).arg(reading.error), true);
        return std::nullopt;
    }
    return reading;
}

std::optional<ContactImporter::Outcome> ContactImport::run()
{
    const QStringList paths = m_chooseFiles();
    if (paths.isEmpty())
        return std::nullopt;
    QList<ContactImporter::Row> rows;
    ImportProblems problems;
    for (const QString &path : paths) {
        const std::optional<ContactImporter::Reading> reading = read(path);
        if (!reading)
            return std::nullopt;
        rows.append(reading->rows);
        problems.append(reading->problems);
    }
    // Rows left out, and rows changed on the way, are shown before anything is written.
    if (!problems.isEmpty()) {
        ImportProblemsDialog dialog(problems, static_cast<int>(rows.size()), m_window);
        if (m_runDialog(dialog) != QDialog::Accepted)
            return std::nullopt;
    }
    if (rows.isEmpty()) {
        m_notify(tr("No contact could be read from these files."), true);
        return std::nullopt;
    }
    // A dry run counts who is new and who is already there.
    const ContactImporter::Outcome counted =
        ContactImporter::write(m_database, rows, ContactImporter::OnDuplicate::Skip, QString(), true);
    if (!counted.ok) {
        m_notify(tr("Nothing was imported: %1").arg(counted.error), true);
        return std::nullopt;
    }
    ContactImporter::OnDuplicate onDuplicate = ContactImporter::OnDuplicate::Skip;
    if (counted.skipped > 0) {
        const std::optional<ContactImporter::OnDuplicate> choice = m_askDuplicates(counted.created, counted.skipped);
        if (!choice)
            return std::nullopt;
        onDuplicate = *choice;
    }
    const ContactImporter::Outcome outcome = ContactImporter::write(m_database, rows, onDuplicate, QString(), false);
    if (!outcome.ok) {
        m_notify(tr("Nothing was imported: %1").arg(outcome.error), true);
        return std::nullopt;
    }
    m_notify(tr("Imported media contacts: %1 new, %2 updated, %3 already there and kept as they were.")
                 .arg(outcome.created)
                 .arg(outcome.updated)
                 .arg(outcome.skipped),
        false);
    return outcome;
}

} // namespace pressdesk
