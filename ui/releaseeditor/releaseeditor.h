#pragma once

#include "domain/release.h"
#include "editor/editorpage.h"
#include "storage/releaserepository.h"

#include <QJsonArray>

#include <functional>
#include <memory>

class QTextDocument;
class QTimer;

namespace pressdesk {

class EventListModel;
class ProblemPresenter;
class SpeakerListModel;
class QuoteMarkers;
class SpellCheckGroup;

namespace Ui {
class ReleaseEditor;
}

// The release form: headline to notes, the body in rich text stored as Markdown, ordered
// quotes with inline speaker creation, linked events and contacts, a live preview rendered
// as the release will be exported, and the status rules. Holds a Release value; writes only
// through ReleaseRepository.
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
    // Creates, saves and opens a translation in another language (Create translation…).
    void createTranslation();
    void duplicate();
    void showHistory();

Q_SIGNALS:
    // Opens an unsaved copy (Duplicate) in a new editor.
    void newReleaseRequested(const QJsonObject &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Another writer saved this release since it was loaded: ask which version to keep.
    // True when release now holds what is saved.

    void setupFields();
    void setRelease(const Release &release);
    void fieldChanged();
    void schedulePreview();
    void renderPreview();
    void updateHeadlineCount();
    void updateEmbargo();
    void updateSpellingLanguage();
    void updateStateLabel();
    void updatePreviewSources();
    void validateLive();
    void applyLiveIssues(const ValidationIssues &issues);

    // Quotes, events and contacts: structural edits go through the undo stack.
    QJsonObject structure() const;
    void applyStructure(const QJsonValue &value);
    void pushStructure(const QString &text, const std::function<void()> &change);
    void refreshQuoteList();
    void showQuote(int row);
    void quoteDetailEdited();
    void addQuote();
    void removeQuote();
    void moveQuote(int delta);
    void quotesReordered();
    // Quote places in the body (Quote::placement): resolved against the body now.
    int resolvedSlot(const Quote &quote) const;
    int bodyBlockCount() const;
    void syncPlacements();
    void sortQuotesByPlace();
    void placeQuote(int index, int slot);
    void addQuoteAt(int slot);
    QString placeText(int slot) const;
    void speakerPicked(qint64 id, const QString &name);
    void createSpeaker();
    void refreshLinkLists();
    QString organizationBoilerplate() const;

    std::unique_ptr<Ui::ReleaseEditor> m_ui;
    Release m_release; // as loaded or last saved: id, uuid, version and the rest the form does not show
    QList<Quote> m_quotes;
    QList<EventRef> m_events;
    QList<ContactRef> m_contacts;
    int m_currentQuote = -1;
    ProblemPresenter *m_problems = nullptr;
    SpeakerListModel *m_quoteSpeakers = nullptr;
    SpeakerListModel *m_contactSpeakers = nullptr;
    EventListModel *m_eventsModel = nullptr;
    SpellCheckGroup *m_spelling = nullptr;
    QuoteMarkers *m_markers = nullptr;
    QString m_languageToolTip;
    QTimer *m_previewTimer = nullptr;
    QTextDocument *m_previewDocument = nullptr;
    std::function<QString()> m_languageChooser;
    bool m_applyingStructure = false;
};

} // namespace pressdesk
