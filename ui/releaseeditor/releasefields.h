#pragma once

#include "domain/release.h"

#include <QObject>

#include <functional>

class QWidget;

namespace pressdesk {

class Database;
class ProblemPresenter;
class SpellCheckGroup;

namespace Ui {
class ReleaseEditor;
}

// The release form's own fields, headline to notes to editors: their choices and completion,
// a release shown in them and read back, the headline counter and the embargo line. Quotes,
// events and contacts are not fields (ReleaseQuotes, ReleaseLinks).
class ReleaseFields final : public QObject
{
    Q_OBJECT

public:
    ReleaseFields(Ui::ReleaseEditor &ui, Database &database, QWidget *editor);

    // Names the fields for the problems reported against them.
    void addProblemFields(ProblemPresenter &problems) const;
    void show(const Release &release);
    // Fills release from the fields.
    void read(Release &release) const;
    void updateHeadlineCount();
    // Offers in the status control only the moves this person's role allows from the
    // release's stored status; the others stay listed, unavailable, with the reason.
    void limitStatusMoves(const Release &release);
    void updateEmbargo();
    // Every field's edits reach changed; a new embargo starts on the release date at 09:00
    // where the dateline is, unless keepEmbargo says the form is being filled or the release
    // had one.
    void connectEdits(const std::function<void()> &changed, const std::function<bool()> &keepEmbargo);
    // Spell checking in the release's language ("en" as British or American English by the
    // organization's country of stored, the release as saved).
    void setupSpelling();
    void updateSpellingLanguage(const Release &stored);

private:
    void setupTagCompletion();

    Ui::ReleaseEditor &m_ui;
    Database &m_database;
    QString m_person; // who this connection is and their role, asked once
    QString m_role;
    QWidget *m_editor = nullptr;
    SpellCheckGroup *m_spelling = nullptr;
    QString m_languageToolTip;
};

} // namespace pressdesk
