#include "csvmappingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pressdesk {

CsvMappingDialog::CsvMappingDialog(const CsvReader::Result &csv, const CsvMapping &initial, QWidget *parent)
    : QDialog(parent)
    , m_csv(csv)
{
    setObjectName(QStringLiteral("csvMappingDialog"));
    setWindowTitle(tr("Import CSV"));
    resize(820, 560);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("csvTargetCombo"));
    if (initial.target == CsvTarget::Contacts) {
        // Importing into the media contacts: the rows can be nothing else.
        m_target->addItem(tr("Media contacts"), static_cast<int>(CsvTarget::Contacts));
        m_target->setEnabled(false);
    } else {
        m_target->addItem(tr("Speakers"), static_cast<int>(CsvTarget::Speakers));
        m_target->addItem(tr("Events"), static_cast<int>(CsvTarget::Events));
        m_target->setCurrentIndex(initial.target == CsvTarget::Events ? 1 : 0);
    }

    m_columns = new QTableWidget(static_cast<int>(csv.header.size()), 3, this);
    m_columns->setObjectName(QStringLiteral("csvColumnsTable"));
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->setHorizontalHeaderLabels({ tr("Column"), tr("Imports as"), tr("First value") });
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    for (int column = 0; column < csv.header.size(); ++column) {
        auto *name = new QTableWidgetItem(csv.header.at(column));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_columns->setItem(column, 0, name);
        auto *field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("csvFieldCombo%1").arg(column));
        m_columns->setCellWidget(column, 1, field);
        auto *first =
            new QTableWidgetItem(csv.rows.isEmpty() ? QString() : csv.rows.constFirst().value(column).left(200));
        first->setFlags(first->flags() & ~Qt::ItemIsEditable);
        m_columns->setItem(column, 2, first);
        connect(field, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updatePreview);
    }
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("csvPreviewTable"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("csvMappingProblem"));

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("The rows are:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Columns (%1 rows, %2):").arg(csv.rows.size()).arg(csv.encoding), this));
    layout->addWidget(m_columns, 1);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    fillFieldCombos(initial);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        CsvMapping guessed = CsvImporter::guessMapping(m_csv.header);
        guessed.target = static_cast<CsvTarget>(m_target->currentData().toInt());
        if (guessed.target != CsvImporter::guessMapping(m_csv.header).target)
            guessed.fields = QStringList(m_csv.header.size(), QString());
        fillFieldCombos(guessed);
    });
}

void CsvMappingDialog::fillFieldCombos(const CsvMapping &mapping)
{
    const auto target = static_cast<CsvTarget>(m_target->currentData().toInt());
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        auto *field = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 1));
        const QSignalBlocker blocker(field);
        field->clear();
        field->addItem(tr("(leave out)"), QString());
        for (const QString &key : CsvImporter::fieldKeys(target))
            field->addItem(CsvImporter::fieldLabel(target, key), key);
        field->setCurrentIndex(qMax(0, field->findData(mapping.fields.value(column))));
    }
    updatePreview();
}

CsvMapping CsvMappingDialog::mapping() const
{
    CsvMapping mapping;
    mapping.target = static_cast<CsvTarget>(m_target->currentData().toInt());
    for (int column = 0; column < m_columns->rowCount(); ++column) {
        const auto *field = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 1));
        mapping.fields.append(field ? field->currentData().toString() : QString());
    }
    return mapping;
}

void CsvMappingDialog::updatePreview()
{
    const CsvMapping current = mapping();
    QStringList keys;
    QList<int> columns;
    for (int column = 0; column < current.fields.size(); ++column) {
        if (!current.fields.at(column).isEmpty()) {
            keys.append(CsvImporter::fieldLabel(current.target, current.fields.at(column)));
            columns.append(column);
        }
    }
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(keys.size()));
    m_preview->setHorizontalHeaderLabels(keys);
    const int rows = static_cast<int>(qMin<qsizetype>(previewRows, m_csv.rows.size()));
    m_preview->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        for (int i = 0; i < columns.size(); ++i)
            m_preview->setItem(row, i, new QTableWidgetItem(m_csv.rows.at(row).value(columns.at(i)).left(200)));
    }
    const bool valid = current.isValid();
    m_import->setEnabled(valid);
    m_problem->setText(valid
            ? QString()
            : tr("Choose the column that holds the %1.")
                  .arg(CsvImporter::fieldLabel(current.target, CsvImporter::requiredField(current.target)).toLower()));
}

} // namespace pressdesk
