#pragma once

#include "import/csvimporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pressdesk {

// The column-mapping step of a CSV import: what the rows are (speakers or events; media
// contacts when the import is into the contacts), which
// field each column fills, and a preview of the first rows with the mapping applied.
class CsvMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvMappingDialog(const CsvReader::Result &csv, const CsvMapping &initial, QWidget *parent = nullptr);

    CsvMapping mapping() const;
    static constexpr int previewRows = 8;

private:
    void fillFieldCombos(const CsvMapping &mapping);
    void updatePreview();

    CsvReader::Result m_csv;
    QComboBox *m_target = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace pressdesk
