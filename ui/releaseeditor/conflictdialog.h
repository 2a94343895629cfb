#pragma once

#include "domain/release.h"

#include <QDialog>

class QButtonGroup;

namespace pressdesk {

// Shown when a release was saved elsewhere (another window, another Pressdesk on the same
// file) since this editor loaded it. Lists every text field the two versions disagree on,
// side by side, and lets the user keep theirs, take the other, or pick field by field.
// Nothing is lost either way: the other version stays in the release's history.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, TakeTheirs, Merge };

    ConflictDialog(const Release &mine, const Release &theirs, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // Mine, with each field chosen as "theirs" taken from their version, and their version
    // number, so that saving it makes a new revision on top of theirs.
    Release merged() const;

private:
    struct Field
    {
        const char *key;
        QString label;
        QString Release::*member;
    };
    static QList<Field> fields();

    Release m_mine;
    Release m_theirs;
    QList<QPair<QString, QButtonGroup *>> m_choices;
    Choice m_choice = Choice::KeepMine;
};

} // namespace pressdesk
