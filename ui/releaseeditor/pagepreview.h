#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>
#include <QStringList>

class QVBoxLayout;

namespace pressdesk {

// The pages of the exported PDF, one under the other on a grey desk, as the PDF engine
// draws them (PdfExporter::pages): what the officer sees is what the journalist gets. Each
// page is a label whose accessible description is the page's text, so a screen reader
// reads the preview as well.
class PagePreview final : public QScrollArea
{
    Q_OBJECT

public:
    explicit PagePreview(QWidget *parent = nullptr);

    // pages drawn at the screen's device pixel ratio; texts: each page's text.
    void setPages(const QList<QImage> &pages, const QStringList &texts);
    int pageCount() const { return static_cast<int>(m_texts.size()); }
    QString pageText(int page) const { return m_texts.value(page); }
    // Every page's text, pages apart by a blank line.
    QString text() const { return m_texts.join(QStringLiteral("\n\n")); }
    // The width, in device-independent pixels, a page is drawn at to fit beside the editor.
    int pageWidth() const;

Q_SIGNALS:
    // The width pages should be drawn at has changed (the panel was resized).
    void widthChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *m_desk = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QStringList m_texts;
    int m_drawnWidth = 0;
};

} // namespace pressdesk
