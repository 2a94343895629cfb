#include "importreviewdialog.h"

#include "domain/domainjson.h"
#include "import/releasetextparser.h"
#include "importblockview.h"
#include "widgets/themecolors.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

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

// One move of a block to another field: the blocks as they were and as they are after.
class ReassignCommand final : public QUndoCommand
{
public:
    ReassignCommand(const QString &text, QList<ReleasePlan::Item> before, QList<ReleasePlan::Item> after,
        std::function<void(const QList<ReleasePlan::Item> &)> apply)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    { }
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    QList<ReleasePlan::Item> m_before;
    QList<ReleasePlan::Item> m_after;
    std::function<void(const QList<ReleasePlan::Item> &)> m_apply;
};

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const ImportRecord &record, const QList<Speaker> &knownSpeakers, QWidget *parent)
    : QDialog(parent)
    , m_record(record)
    , m_known(knownSpeakers)
{
    setObjectName(QStringLiteral("importReviewDialog"));
    setWindowTitle(tr("Review Import"));
    resize(980, 740);
    const Release &release = record.release;
    const std::optional<ImportFormat> format = ImportFormats::fromKey(record.originalFormat);
    if (!record.originalText.isEmpty() && format && ImportFormats::isReleaseText(*format)) {
        m_plan = ReleaseTextParser::plan(record.originalText, *format, knownSpeakers);
        m_derived = m_plan.record;
    }

    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("importReviewTabs"));
    if (!m_plan.items.isEmpty())
        tabs->addTab(blocksPage(tabs), tr("Blocks"));

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

    m_quotes = new QTableWidget(0, ColumnCount, tabs);
    m_quotes->setObjectName(QStringLiteral("quotesTable"));
    m_quotes->setHorizontalHeaderLabels(
        { tr("Quote"), tr("Attribution"), tr("Speaker"), tr("Name"), tr("Title"), tr("Organization") });
    m_quotes->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_quotes->setWordWrap(true);
    fillQuotes(record.quotes);
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

QWidget *ImportReviewDialog::blocksPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("Each block of the pasted text is tinted by the field it went to. To move one, "
                               "right-click it or select it and press H (headline), S (subheadline), L (lead), "
                               "B (body), Q (quote), N (notes), A (about) or I (ignore); %1 undoes.")
                                .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *legend = new QHBoxLayout;
    legend->setSpacing(4);
    for (int f = 0; f < ReleasePlan::fieldCount; ++f) {
        const auto field = static_cast<ReleasePlan::Field>(f);
        auto *chip = new QLabel(page);
        chip->setObjectName(QStringLiteral("confidence_") + ReleasePlan::key(field));
        chip->setAutoFillBackground(true);
        chip->setMargin(3);
        chip->setAlignment(Qt::AlignCenter);
        QPalette tint = chip->palette();
        tint.setColor(
            QPalette::Window, ThemeColors::mix(palette().color(QPalette::Base), ImportBlockView::fieldHue(field), 0.5));
        tint.setColor(QPalette::WindowText, palette().color(QPalette::Text));
        chip->setPalette(tint);
        // As wide as its longest text, so the row does not shift when a figure changes.
        chip->setMinimumWidth(
            chip->fontMetrics().horizontalAdvance(tr("%1: %2 %").arg(ImportBlockView::fieldName(field)).arg(100))
            + 2 * chip->margin() + 8);
        legend->addWidget(chip);
        m_confidence.append(chip);
    }
    legend->addStretch(1);
    layout->addLayout(legend);
    m_dateSource = new QLabel(page);
    m_dateSource->setObjectName(QStringLiteral("dateSourceLabel"));
    m_dateSource->setWordWrap(true);
    layout->addWidget(m_dateSource);
    m_blocks = new ImportBlockView(page);
    m_blocks->setPlan(m_plan);
    layout->addWidget(m_blocks, 1);
    m_undo = new QUndoStack(this);
    QAction *undo = m_undo->createUndoAction(m_blocks, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoReassignAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(m_blocks, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoReassignAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(undo);
    page->addAction(redo);
    connect(m_blocks, &ImportBlockView::reassignRequested, this, &ImportReviewDialog::reassign);
    showConfidence();
    return page;
}

void ImportReviewDialog::reassign(int row, ReleasePlan::Field field)
{
    if (row < 0 || row >= m_plan.items.size() || !m_undo)
        return;
    const ReleasePlan::Item &item = m_plan.items.at(row);
    if (item.field == field && item.manual)
        return;
    ReleasePlan moved = m_plan;
    moved.assign(row, field);
    m_undo->push(new ReassignCommand(tr("Move a Block to %1").arg(ImportBlockView::fieldName(field)), m_plan.items,
        moved.items, [this](const QList<ReleasePlan::Item> &items) { setItems(items); }));
}

void ImportReviewDialog::setItems(const QList<ReleasePlan::Item> &items)
{
    m_plan.items = items;
    ReleaseTextParser::build(&m_plan, m_known);
    showDerived(m_plan.record);
    m_blocks->setPlan(m_plan);
    showConfidence();
}

void ImportReviewDialog::showConfidence()
{
    for (int f = 0; f < m_confidence.size(); ++f) {
        const auto field = static_cast<ReleasePlan::Field>(f);
        const double sure = m_plan.confidence(field);
        m_confidence.at(f)->setText(sure < 0
                ? tr("%1: none").arg(ImportBlockView::fieldName(field))
                : tr("%1: %2 %").arg(ImportBlockView::fieldName(field)).arg(qRound(sure * 100)));
    }
    QString date;
    switch (m_plan.dateSource) {
    case ReleasePlan::DateSource::Dateline:
        date = tr("Date: from the dateline.");
        break;
    case ReleasePlan::DateSource::Stamp:
        date = tr("Date: printed above the lead.");
        break;
    case ReleasePlan::DateSource::Page:
        date = tr("Date: as the page declares it.");
        break;
    case ReleasePlan::DateSource::None:
        date = tr("Date: none found, so none is set. Enter it on the Fields page if you know it.");
        break;
    }
    m_dateSource->setText(date);
}

// Only the fields the blocks now give differently change: edits elsewhere stay.
void ImportReviewDialog::showDerived(const ImportRecord &derived)
{
    const Release &was = m_derived.release;
    const Release &now = derived.release;
    const auto line = [](QLineEdit *edit, const QString &before, const QString &after) {
        if (before != after)
            edit->setText(after);
    };
    const auto text = [](QPlainTextEdit *edit, const QString &before, const QString &after) {
        if (before != after)
            edit->setPlainText(after);
    };
    line(m_headline, was.headline, now.headline);
    line(m_subheadline, was.subheadline, now.subheadline);
    line(m_city, was.datelineCity, now.datelineCity);
    line(m_country, was.datelineCountry, now.datelineCountry);
    line(m_language, was.language, now.language);
    if (was.releaseDate != now.releaseDate) {
        m_hasDate->setChecked(now.releaseDate.isValid());
        if (now.releaseDate.isValid())
            m_date->setDate(now.releaseDate);
    }
    text(m_lead, was.lead, now.lead);
    text(m_body, was.body, now.body);
    text(m_boilerplate, was.boilerplate, now.boilerplate);
    text(m_notes, was.notesToEditors, now.notesToEditors);
    const auto sameQuotes = [](const QList<ProposedQuote> &a, const QList<ProposedQuote> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).text != b.at(i).text || a.at(i).attribution != b.at(i).attribution
                || a.at(i).speaker.fullName != b.at(i).speaker.fullName
                || a.at(i).speaker.existingId != b.at(i).speaker.existingId)
                return false;
        }
        return true;
    };
    if (!sameQuotes(m_derived.quotes, derived.quotes))
        fillQuotes(derived.quotes);
    m_derived = derived;
}

void ImportReviewDialog::fillQuotes(const QList<ProposedQuote> &proposed)
{
    // A quote still there after a block moved keeps what the user chose for it.
    QList<ProposedQuote> quotes = proposed;
    const QList<ProposedQuote> shown = m_quotes->rowCount() > 0 ? record().quotes : QList<ProposedQuote>();
    for (ProposedQuote &quote : quotes) {
        for (qsizetype row = 0; row < shown.size(); ++row) {
            if (shown.at(row).text == quote.text && row < m_derived.quotes.size()
                && m_derived.quotes.at(row).text == quote.text) {
                quote = shown.at(row);
                if (quote.speaker.existingId > 0) {
                    quote.speaker.title = m_derived.quotes.at(row).speaker.title;
                }
                break;
            }
        }
    }
    // The old rows' choosers are deleted later; their names go now, for the new rows.
    for (int row = 0; row < m_quotes->rowCount(); ++row) {
        if (QWidget *old = m_quotes->cellWidget(row, SpeakerColumn))
            old->setObjectName(QString());
    }
    m_quotes->clearContents();
    m_quotes->setRowCount(static_cast<int>(quotes.size()));
    for (int row = 0; row < quotes.size(); ++row) {
        const ProposedQuote &quote = quotes.at(row);
        m_quotes->setItem(row, TextColumn, new QTableWidgetItem(quote.text));
        m_quotes->setItem(row, AttributionColumn, new QTableWidgetItem(quote.attribution));
        auto *speaker = new QComboBox(m_quotes);
        speaker->setObjectName(QStringLiteral("speakerCombo%1").arg(row));
        speaker->addItem(tr("None (keep in the body)"), noSpeaker);
        speaker->addItem(tr("New speaker"), newSpeaker);
        for (const Speaker &known : std::as_const(m_known))
            speaker->addItem(
                known.title.isEmpty() ? known.fullName : QStringLiteral("%1 (%2)").arg(known.fullName, known.title),
                known.id);
        const qint64 chosen =
            quote.speaker.existingId > 0 ? quote.speaker.existingId : (quote.speaker.isNone() ? noSpeaker : newSpeaker);
        speaker->setCurrentIndex(qMax(0, speaker->findData(chosen)));
        m_quotes->setCellWidget(row, SpeakerColumn, speaker);
        m_quotes->setItem(row, NameColumn, new QTableWidgetItem(quote.speaker.fullName));
        auto *title = new QTableWidgetItem(quote.speaker.title);
        title->setData(Qt::UserRole, quote.speaker.title); // as printed in this release
        m_quotes->setItem(row, TitleColumn, title);
        m_quotes->setItem(row, OrganizationColumn, new QTableWidgetItem(quote.speaker.organization));
        connect(speaker, &QComboBox::currentIndexChanged, this, [this, row] { updateRow(row); });
        updateRow(row);
    }
    if (m_tabs) {
        const int index = m_tabs->indexOf(m_quotes);
        if (index >= 0)
            m_tabs->setTabText(index, tr("Quotes (%1)").arg(quotes.size()));
    }
    fitColumns();
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
    const qint64 chosen = speaker ? speaker->currentData().toLongLong() : noSpeaker;
    const bool isNew = chosen == newSpeaker;
    for (int column : { NameColumn, TitleColumn, OrganizationColumn }) {
        QTableWidgetItem *item = m_quotes->item(row, column);
        if (item)
            item->setFlags(isNew ? (item->flags() | Qt::ItemIsEditable | Qt::ItemIsEnabled)
                                 : (item->flags() & ~Qt::ItemIsEditable & ~Qt::ItemIsEnabled));
    }
    // An existing speaker: the title printed here beside the one on file, when they differ.
    QTableWidgetItem *title = m_quotes->item(row, TitleColumn);
    if (!title)
        return;
    const QString printed = title->data(Qt::UserRole).toString();
    const auto known = std::find_if(
        m_known.cbegin(), m_known.cend(), [chosen](const Speaker &speaker) { return speaker.id == chosen; });
    if (chosen > 0 && known != m_known.cend() && !printed.isEmpty() && folded(printed) != folded(known->title)) {
        title->setText(tr("%1 (on file: %2)").arg(printed, known->title.isEmpty() ? tr("no title") : known->title));
        title->setToolTip(tr("Printed in this release: %1\nOn file for %2: %3\nThe quote keeps the printed title as "
                             "its attribution; the speaker's record is not changed.")
                              .arg(printed, known->fullName, known->title));
        title->setForeground(ThemeColors::warningText(m_quotes->palette()));
        title->setData(Qt::UserRole + 1, known->title);
    } else {
        if (title->data(Qt::UserRole + 1).isValid())
            title->setText(printed);
        title->setToolTip(QString());
        title->setData(Qt::ForegroundRole, QVariant());
        title->setData(Qt::UserRole + 1, QVariant());
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
