#include "importreviewdialog.h"

#include "domain/domainjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pressdesk {

namespace {

QPlainTextEdit *textEdit(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    return edit;
}

QLineEdit *lineEdit(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const ImportRecord &record, const QList<Speaker> &knownSpeakers, QWidget *parent)
    : QDialog(parent)
    , m_record(record)
{
    setObjectName(QStringLiteral("importReviewDialog"));
    setWindowTitle(tr("Review Import"));
    resize(900, 700);
    const Release &release = record.release;

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("importReviewTabs"));

    auto *fields = new QWidget(tabs);
    auto *form = new QFormLayout(fields);
    m_headline = lineEdit(QStringLiteral("headlineEdit"), release.headline, fields);
    m_headline->setMaxLength(Release::maxHeadlineLength);
    m_subheadline = lineEdit(QStringLiteral("subheadlineEdit"), release.subheadline, fields);
    m_city = lineEdit(QStringLiteral("datelineCityEdit"), release.datelineCity, fields);
    m_country = lineEdit(QStringLiteral("datelineCountryEdit"), release.datelineCountry, fields);
    m_hasDate = new QCheckBox(tr("Release date"), fields);
    m_hasDate->setObjectName(QStringLiteral("hasReleaseDateCheck"));
    m_hasDate->setChecked(release.releaseDate.isValid());
    m_date = new QDateEdit(release.releaseDate.isValid() ? release.releaseDate : QDate::currentDate(), fields);
    m_date->setObjectName(QStringLiteral("releaseDateEdit"));
    m_date->setAccessibleName(tr("Release date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setEnabled(m_hasDate->isChecked());
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    // The embargo as the release prints it: its wall-clock time in its zone.
    m_hasEmbargo = new QCheckBox(tr("Embargoed until"), fields);
    m_hasEmbargo->setObjectName(QStringLiteral("hasEmbargoCheck"));
    m_hasEmbargo->setChecked(release.embargoUntil.isValid());
    const QTimeZone shownZone(
        release.embargoTimeZone.isEmpty() ? QByteArrayLiteral("UTC") : release.embargoTimeZone.toUtf8());
    m_embargo = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(9, 0)), fields);
    if (release.embargoUntil.isValid()) {
        const QDateTime local = release.embargoUntil.toTimeZone(shownZone);
        m_embargo->setDateTime(QDateTime(local.date(), local.time()));
    }
    m_embargo->setObjectName(QStringLiteral("embargoEdit"));
    m_embargo->setAccessibleName(tr("Embargo time"));
    m_embargo->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_embargo->setCalendarPopup(true);
    m_embargoZone = new QComboBox(fields);
    m_embargoZone->setObjectName(QStringLiteral("embargoZoneCombo"));
    m_embargoZone->setAccessibleName(tr("Embargo time zone"));
    m_embargoZone->setEditable(true);
    m_embargoZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_embargoZone->addItem(QString::fromUtf8(zone));
    m_embargoZone->setCurrentText(release.embargoTimeZone.isEmpty() ? QStringLiteral("UTC") : release.embargoTimeZone);
    auto *embargoRow = new QHBoxLayout;
    embargoRow->addWidget(m_embargo);
    embargoRow->addWidget(m_embargoZone, 1);
    const auto enableEmbargo = [this](bool on) {
        m_embargo->setEnabled(on);
        m_embargoZone->setEnabled(on);
    };
    enableEmbargo(m_hasEmbargo->isChecked());
    connect(m_hasEmbargo, &QCheckBox::toggled, this, enableEmbargo);
    m_language = lineEdit(QStringLiteral("languageEdit"), release.language, fields);
    m_lead = textEdit(QStringLiteral("leadEdit"), release.lead, fields);
    m_body = textEdit(QStringLiteral("bodyEdit"), release.body, fields);
    m_boilerplate = textEdit(QStringLiteral("boilerplateEdit"), release.boilerplate, fields);
    m_notes = textEdit(QStringLiteral("notesEdit"), release.notesToEditors, fields);
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("&Subheadline:"), m_subheadline);
    form->addRow(tr("Dateline &city:"), m_city);
    form->addRow(tr("Dateline c&ountry:"), m_country);
    form->addRow(m_hasDate, m_date);
    form->addRow(m_hasEmbargo, embargoRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("L&ead:"), m_lead);
    form->addRow(tr("&Body:"), m_body);
    m_body->setToolTip(tr("The body as it will be saved: **bold**, *italic*, lines starting with - are a list."));
    form->addRow(tr("&About:"), m_boilerplate);
    form->addRow(tr("&Notes to editors:"), m_notes);
    tabs->addTab(fields, tr("Fields"));

    m_quotes = new QTableWidget(static_cast<int>(record.quotes.size()), ColumnCount, tabs);
    m_quotes->setObjectName(QStringLiteral("quotesTable"));
    m_quotes->setHorizontalHeaderLabels(
        { tr("Quote"), tr("Attribution"), tr("Speaker"), tr("Name"), tr("Title"), tr("Organization") });
    m_quotes->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_quotes->setWordWrap(true);
    for (int row = 0; row < record.quotes.size(); ++row) {
        const ProposedQuote &quote = record.quotes.at(row);
        m_quotes->setItem(row, TextColumn, new QTableWidgetItem(quote.text));
        m_quotes->setItem(row, AttributionColumn, new QTableWidgetItem(quote.attribution));
        auto *speaker = new QComboBox(m_quotes);
        speaker->setObjectName(QStringLiteral("speakerCombo%1").arg(row));
        speaker->addItem(tr("None (keep in the body)"), noSpeaker);
        speaker->addItem(tr("New speaker"), newSpeaker);
        for (const Speaker &known : knownSpeakers)
            speaker->addItem(
                known.title.isEmpty() ? known.fullName : QStringLiteral("%1 (%2)").arg(known.fullName, known.title),
                known.id);
        const qint64 chosen =
            quote.speaker.existingId > 0 ? quote.speaker.existingId : (quote.speaker.isNone() ? noSpeaker : newSpeaker);
        speaker->setCurrentIndex(qMax(0, speaker->findData(chosen)));
        m_quotes->setCellWidget(row, SpeakerColumn, speaker);
        m_quotes->setItem(row, NameColumn, new QTableWidgetItem(quote.speaker.fullName));
        m_quotes->setItem(row, TitleColumn, new QTableWidgetItem(quote.speaker.title));
        m_quotes->setItem(row, OrganizationColumn, new QTableWidgetItem(quote.speaker.organization));
        connect(speaker, &QComboBox::currentIndexChanged, this, [this, row] { updateRow(row); });
        updateRow(row);
    }
    tabs->addTab(m_quotes, tr("Quotes (%1)").arg(record.quotes.size()));

    auto *original = new QPlainTextEdit(record.originalText, tabs);
    original->setObjectName(QStringLiteral("originalTextView"));
    original->setReadOnly(true);
    tabs->addTab(original, tr("Original text"));

    auto *note =
        new QLabel(tr("Nothing is saved until you choose Import. The original text is kept with the release."), this);
    note->setObjectName(QStringLiteral("importReviewNote"));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_headline, &QLineEdit::textChanged, import,
        [import](const QString &text) { import->setEnabled(!text.trimmed().isEmpty()); });
    import->setEnabled(!m_headline->text().trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(note);
    layout->addWidget(buttons);
    fitColumns();
    m_initial = fingerprint();
}

void ImportReviewDialog::fitColumns()
{
    // The quote takes the room that is left; the other five columns show their header and
    // their words up to a seventh of the dialog each, wrapping beyond that.
    m_quotes->resizeColumnsToContents();
    const int widest = std::max(120, width() / 7);
    QHeaderView *header = m_quotes->horizontalHeader();
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == TextColumn)
            continue;
        const int headerWidth = header->sectionSizeHint(column);
        header->resizeSection(column, std::clamp(header->sectionSize(column), headerWidth, widest));
    }
    m_quotes->resizeRowsToContents();
}

QString ImportReviewDialog::fingerprint() const
{
    const ImportRecord edited = record();
    QStringList parts { QString::fromUtf8(
        QJsonDocument(json::release(edited.release)).toJson(QJsonDocument::Compact)) };
    for (const ProposedQuote &quote : edited.quotes) {
        parts << quote.text << quote.attribution << QString::number(quote.speaker.existingId) << quote.speaker.fullName
              << quote.speaker.title << quote.speaker.organization;
    }
    return parts.join(QChar(0x1F));
}

void ImportReviewDialog::reject()
{
    if (fingerprint() != m_initial) {
        const auto answer = QMessageBox::question(this, tr("Discard Your Edits?"),
            tr("You changed what will be imported. Throw those changes away? Nothing is imported."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void ImportReviewDialog::updateRow(int row)
{
    const auto *speaker = qobject_cast<QComboBox *>(m_quotes->cellWidget(row, SpeakerColumn));
    const bool isNew = speaker && speaker->currentData().toLongLong() == newSpeaker;
    for (int column : { NameColumn, TitleColumn, OrganizationColumn }) {
        QTableWidgetItem *item = m_quotes->item(row, column);
        if (item)
            item->setFlags(isNew ? (item->flags() | Qt::ItemIsEditable | Qt::ItemIsEnabled)
                                 : (item->flags() & ~Qt::ItemIsEditable & ~Qt::ItemIsEnabled));
    }
}

ImportRecord ImportReviewDialog::record() const
{
    ImportRecord record = m_record;
    Release &release = record.release;
    release.headline = m_headline->text().trimmed();
    release.subheadline = m_subheadline->text().trimmed();
    release.datelineCity = m_city->text().trimmed();
    release.datelineCountry = m_country->text().trimmed();
    release.releaseDate = m_hasDate->isChecked() ? m_date->date() : QDate();
    if (m_hasEmbargo->isChecked()) {
        const QString zone = m_embargoZone->currentText().trimmed();
        const QTimeZone timeZone(zone.toUtf8());
        const QDateTime shown = m_embargo->dateTime();
        release.embargoTimeZone = zone;
        release.embargoUntil = timeZone.isValid() ? QDateTime(shown.date(), shown.time(), timeZone).toUTC()
                                                  : QDateTime(shown.date(), shown.time(), QTimeZone::utc()).toUTC();
    } else {
        release.embargoUntil = QDateTime();
        release.embargoTimeZone.clear();
    }
    release.language = m_language->text().trimmed();
    release.lead = m_lead->toPlainText().trimmed();
    release.body = m_body->toPlainText().trimmed();
    release.boilerplate = m_boilerplate->toPlainText().trimmed();
    release.notesToEditors = m_notes->toPlainText().trimmed();
    record.quotes.clear();
    for (int row = 0; row < m_quotes->rowCount(); ++row) {
        ProposedQuote quote;
        quote.text = m_quotes->item(row, TextColumn)->text().trimmed();
        quote.attribution = m_quotes->item(row, AttributionColumn)->text().trimmed();
        const auto *speaker = qobject_cast<QComboBox *>(m_quotes->cellWidget(row, SpeakerColumn));
        const qint64 chosen = speaker ? speaker->currentData().toLongLong() : noSpeaker;
        if (chosen > 0) {
            quote.speaker.existingId = chosen;
        } else if (chosen == newSpeaker) {
            quote.speaker.fullName = m_quotes->item(row, NameColumn)->text().trimmed();
            quote.speaker.title = m_quotes->item(row, TitleColumn)->text().trimmed();
            quote.speaker.organization = m_quotes->item(row, OrganizationColumn)->text().trimmed();
        }
        record.quotes.append(quote);
    }
    return record;
}

} // namespace pressdesk
