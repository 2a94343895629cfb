#pragma once

#include "import/importproblem.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pressdesk {

// Before an import writes anything: the records that will be left out (with the file, the
// line and why) and the warnings about records that come in changed (a guessed time zone, a
// line that could not be read). Import the Others accepts, Cancel imports nothing; when no
// record can be imported there is only Close. Copy List puts the list on the clipboard.
class ImportProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportProblemsDialog(const ImportProblems &problems, int importable, QWidget *parent = nullptr);

private:
    QString listText() const;

    ImportProblems m_problems;
    QTableWidget *m_list = nullptr;
};

} // namespace pressdesk
