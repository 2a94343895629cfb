#pragma once

#include "domain/release.h"
#include "editor/editorpage.h"
#include "releasechangewatch.h"
#include "storage/releaserepository.h"

#include <QJsonArray>

#include <functional>
#include <memory>

namespace pressdesk {

class ConflictDialog;
class ProblemPresenter;
class ReleaseComments;
class ReleaseFields;
class ReleaseLinks;
class ReleaseAccess;
class ReleasePresence;
class ReleasePreview;
class ReleaseQuotes;
class SentRecordView;

namespace Ui {
class ReleaseEditor;
}

// The release form: headline to notes, the body in rich text stored as Markdown, ordered
// quotes with inline speaker creation, linked events and contacts, a live preview rendered
// as the release will be exported, and the status rules. Holds a Release value; saves through
// ReleaseService. Its parts: ReleaseFields, ReleaseQuotes, ReleaseLinks, ReleasePreview.
class ReleaseEditor final : public EditorPage
{
    Q_OBJECT

public:
    explicit ReleaseEditor(Database &database, QWidget *parent = nullptr);
    ~ReleaseEditor() override;

    // A new draft in the default language, dated today, with our organization's boilerplate.
    void startNew() override;
    bool load(qint64 id) override;

    qint64 recordId() const override { return m_release.id; }
    QString title() const override;
    bool save() override;
    QJsonObject state() const override;
    void restoreState(const QJsonObject &state) override;
    QString statusText() const override;

    // The release as the form shows it now.
    Release current() const;
    // Replaceable for tests: asks the language of a translation (empty: cancelled).
    void setLanguageChooser(std::function<QString()> chooser) { m_languageChooser = std::move(chooser); }
    // Who is asked to review when a save moves the release to In Review on a team newsroom
    // (candidates: the editors and up); empty cancels the save. Replaced by tests.
    void setReviewerChooser(std::function<QStringList(const QStringList &candidates)> chooser)
    {
        m_reviewerChooser = std::move(chooser);
    }
    // On a team newsroom: who may change the release and the bars above the form
    // (ReleaseAccess), the edit lock among them (ReleasePresence), and whether the form is
    // read-only (the person's role, or someone else editing it when it opened).
    ReleaseAccess *access() const { return m_access; }
    ReleasePresence *presence() const;
    bool isReadOnly() const { return m_readOnly; }
    // The release was saved elsewhere (the "Changed by …" bar): Reload shows the stored
    // version, asking first when there are unsaved changes (chooser replaced by tests);
    // Compare opens the conflict dialog with the stored version.
    using ReloadChoice = ReleaseChangeWatch::ReloadChoice;
    void setReloadChooser(std::function<ReloadChoice()> chooser) { m_reloadChooser = std::move(chooser); }
    void reloadFromStore();
    void compareWithStore();
    // Creates, saves and opens a translation in another language (Create translation…).
    void createTranslation();
    void duplicate();
    void showHistory();
    // The comments beside the form (Comments, Ctrl+Alt+M).
    ReleaseComments *comments() const { return m_comments.get(); }
    void showComments();

Q_SIGNALS:
    // Opens an unsaved copy (Duplicate) in a new editor.
    void newReleaseRequested(const QJsonObject &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupFields();
    void setupTeamBars();
    void setReadOnly(bool readOnly);
    void settleWith(const Release &theirs, const ConflictDialog &dialog);
    void setRelease(const Release &release);
    void fieldChanged();
    void updateSpellingLanguage();
    void updateStateLabel();
    void updatePreviewSources();
    void validateLive();

    // Quotes, events and contacts: structural edits go through the undo stack.
    QJsonObject structure() const;
    void applyStructure(const QJsonValue &value);
    void pushStructure(const QString &text, const std::function<void()> &change);
    QString organizationBoilerplate() const;

    std::unique_ptr<Ui::ReleaseEditor> m_ui;
    Release m_release; // as loaded or last saved: id, uuid, version and the rest the form does not show
    ProblemPresenter *m_problems = nullptr;
    SentRecordView *m_sentRecord = nullptr;
    std::function<QString()> m_languageChooser;
    std::function<QStringList(const QStringList &)> m_reviewerChooser;
    std::function<ReloadChoice()> m_reloadChooser;
    ReleaseAccess *m_access = nullptr;
    bool m_readOnly = false;
    // Destroyed before the form's widgets, so none of them signals into a part that is gone.
    std::unique_ptr<ReleaseFields> m_fields;
    std::unique_ptr<ReleaseQuotes> m_quotes;
    std::unique_ptr<ReleaseLinks> m_links;
    std::unique_ptr<ReleasePreview> m_preview;
    std::unique_ptr<ReleaseComments> m_comments;
};

} // namespace pressdesk
