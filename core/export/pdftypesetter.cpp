#include "pdftypesetter.h"

#include "hyphenator.h"
#include "hyphenranges.h"
#include "pdfpaginator.h"
#include "svglogo.h"

#include <QImage>

#include <algorithm>
#include <cairo-pdf.h>
#include <functional>
#include <hb.h>
#include <memory>
#include <pango/pangocairo.h>
#include <vector>

namespace pressdesk {

namespace {

constexpr double logoHeight = 40;
constexpr double logoGap = 12;
constexpr double ruleGap = 9; // between the letterhead and its rule

double points(int pangoUnits)
{
    return static_cast<double>(pangoUnits) / PANGO_SCALE;
}

void setColor(cairo_t *cr, QRgb color)
{
    cairo_set_source_rgb(cr, qRed(color) / 255.0, qGreen(color) / 255.0, qBlue(color) / 255.0);
}

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
    return CAIRO_STATUS_SUCCESS;
}

// cairo reads attribute values in single quotes, with backslash escapes.
QByteArray quoted(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace("\\", "\\\\").replace("'", "\\'");
    return "'" + bytes + "'";
}

cairo_surface_t *imageSurface(const QByteArray &png)
{
    const QImage source = QImage::fromData(png);
    if (source.isNull())
        return nullptr;
    const bool alpha = source.hasAlphaChannel();
    const QImage image = source.convertToFormat(alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    cairo_surface_t *surface =
        cairo_image_surface_create(alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, image.width(), image.height());
    cairo_surface_flush(surface);
    unsigned char *data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < image.height(); ++y)
        std::copy_n(image.constScanLine(y), image.width() * 4, data + static_cast<qsizetype>(y) * stride);
    cairo_surface_mark_dirty(surface);
    return surface;
}

// Pango keeps the space at which a line breaks as an empty glyph, which cairo writes as a
// marked-content span with only /ActualText: poppler's structure reader stops there and
// the element's text is cut short. Drawn as the font's own space glyph (of no width), the
// space is plain text, and a reader of the structure tree gets "agreed on water", not
// "agreed onwater".
void showWithSpaceAtLineEnd(cairo_t *cr, const char *text, PangoGlyphItem *run, PangoLayoutLine *line)
{
    const int end = run->item->offset + run->item->length;
    if (end != line->start_index + line->length || run->item->length == 0 || !g_ascii_isspace(text[end - 1])) {
        pango_cairo_show_glyph_item(cr, text, run);
        return;
    }
    hb_codepoint_t space = 0;
    if (!hb_font_get_nominal_glyph(pango_font_get_hb_font(run->item->analysis.font), ' ', &space)) {
        pango_cairo_show_glyph_item(cr, text, run);
        return;
    }
    PangoGlyphItem *copy = pango_glyph_item_copy(run);
    PangoGlyphString *glyphs = copy->glyphs;
    for (int i = 0; i < glyphs->num_glyphs; ++i) {
        const int byte = run->item->offset + glyphs->log_clusters[i];
        if (glyphs->glyphs[i].glyph == PANGO_GLYPH_EMPTY && g_ascii_isspace(text[byte])) {
            glyphs->glyphs[i].glyph = space;
            glyphs->glyphs[i].geometry.width = 0;
        }
    }
    pango_cairo_show_glyph_item(cr, text, copy);
    pango_glyph_item_free(copy);
}

const QByteArray softHyphenUtf8 = QStringLiteral("\u00AD").toUtf8();

bool hasSoftHyphen(const char *text, const PangoItem *item)
{
    return QByteArrayView(text + item->offset, item->length).contains(softHyphenUtf8);
}

// Whether Pango gives a character of the run other than a space an empty glyph: a soft
// hyphen where the line does not break, a zero-width or a bidi control character (U+200B,
// U+202C). cairo writes each as a span of only /ActualText, where poppler's structure
// reader stops (see showWithSpaceAtLineEnd).
bool hasInvisibleCharacter(const char *text, const PangoGlyphItem *run)
{
    for (int i = 0; i < run->glyphs->num_glyphs; ++i) {
        if (run->glyphs->glyphs[i].glyph == PANGO_GLYPH_EMPTY
            && !g_ascii_isspace(text[run->item->offset + run->glyphs->log_clusters[i]]))
            return true;
    }
    return false;
}

// A run drawn with its own text for cairo, cluster by cluster in logical order (right to
// left runs too, each glyph at its place), for runs with soft hyphens or invisible
// characters. An invisible character (a soft hyphen where the line does not break, a
// zero-width or bidi control) is neither drawn nor text. The hyphen Pango draws where the
// line breaks at a soft hyphen is the text U+00AD SOFT HYPHEN (PDF 1.7, 14.8.2.2.3), in
// the font's own glyph for it: poppler's structure tree reads "accountability" where the
// line shows "ac-" / "countability", and pdftotext "ac\u00AD". The soft hyphen has a
// glyph of its own so that no glyph stands for both "-" and U+00AD: cairo would write the
// second as a span with /ActualText, and poppler 22's structure reader stops at a span
// nested in an element's content. A font with one glyph for both keeps the text "-".
// Runs with missing glyphs go the usual way.
void showOwnClusters(cairo_t *cr, const char *text, PangoGlyphItem *run)
{
    PangoGlyphString *glyphs = run->glyphs;
    PangoFont *font = run->item->analysis.font;
    bool plain = font != nullptr;
    for (int i = 0; plain && i < glyphs->num_glyphs; ++i)
        plain =
            (glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0 || glyphs->glyphs[i].glyph == PANGO_GLYPH_EMPTY;
    cairo_scaled_font_t *scaled = plain ? pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font)) : nullptr;
    if (!scaled) {
        pango_cairo_show_glyph_item(cr, text, run);
        return;
    }
    hb_font_t *shaping = pango_font_get_hb_font(font);
    hb_codepoint_t space = 0;
    const bool haveSpace = hb_font_get_nominal_glyph(shaping, ' ', &space);
    hb_codepoint_t minus = 0;
    const bool haveMinus = hb_font_get_nominal_glyph(shaping, '-', &minus);
    hb_codepoint_t soft = 0;
    const bool haveSoft = hb_font_get_nominal_glyph(shaping, 0x00AD, &soft) && !(haveMinus && soft == minus);
    double x0 = 0;
    double y0 = 0;
    cairo_get_current_point(cr, &x0, &y0);
    // Where each glyph is drawn, in Pango units from the run's start: glyphs are in visual order.
    std::vector<int> left(static_cast<size_t>(glyphs->num_glyphs));
    for (int i = 0, x = 0; i < glyphs->num_glyphs; x += glyphs->glyphs[i].geometry.width, ++i)
        left[static_cast<size_t>(i)] = x;
    const bool leftToRight = run->item->analysis.level % 2 == 0;
    std::vector<cairo_glyph_t> shown;
    std::vector<cairo_text_cluster_t> clusters;
    QByteArray utf8;
    PangoGlyphItemIter iter;
    // The iterator goes through the clusters in logical order, right to left in a
    // right-to-left run (from start_glyph down to end_glyph + 1).
    for (gboolean more = pango_glyph_item_iter_init_start(&iter, run, text); more;
         more = pango_glyph_item_iter_next_cluster(&iter)) {
        QByteArray bytes(text + iter.start_index, iter.end_index - iter.start_index);
        bytes.replace(softHyphenUtf8, QByteArray());
        const int first = leftToRight ? iter.start_glyph : iter.end_glyph + 1;
        const int last = leftToRight ? iter.end_glyph : iter.start_glyph + 1;
        int count = 0;
        for (int g = first; g < last; ++g) {
            const PangoGlyphInfo &info = glyphs->glyphs[g];
            const double gx = x0 + points(left[static_cast<size_t>(g)] + info.geometry.x_offset);
            const double gy = y0 + points(info.geometry.y_offset);
            if (info.glyph != PANGO_GLYPH_EMPTY) {
                shown.push_back({ info.glyph, gx, gy });
                ++count;
            } else if (haveSpace && !bytes.isEmpty() && g_ascii_isspace(bytes.at(0))) {
                // The space at a line end, as in showWithSpaceAtLineEnd: a space of no width.
                shown.push_back({ space, gx, gy });
                ++count;
            }
        }
        if (count == 0)
            continue; // an invisible character
        if (bytes.isEmpty()) {
            // The hyphen at a break.
            if (count == 1 && haveSoft)
                shown.back().index = soft;
            bytes = haveMinus && shown.back().index == minus ? QByteArray("-") : softHyphenUtf8;
        }
        clusters.push_back({ static_cast<int>(bytes.size()), count });
        utf8 += bytes;
    }
    cairo_set_scaled_font(cr, scaled);
    cairo_show_text_glyphs(cr, utf8.constData(), static_cast<int>(utf8.size()), shown.data(),
        static_cast<int>(shown.size()), clusters.data(), static_cast<int>(clusters.size()),
        static_cast<cairo_text_cluster_flags_t>(0));
}

// A line's text as read: soft hyphens out, "-" where the line breaks at one.
QString lineText(const char *text, PangoLayoutLine *line)
{
    QByteArray bytes(text + line->start_index, line->length);
    const bool hyphenated = bytes.endsWith(softHyphenUtf8);
    bytes.replace(softHyphenUtf8, QByteArray());
    QString result = QString::fromUtf8(bytes);
    while (!result.isEmpty() && result.back().isSpace())
        result.chop(1);
    return hyphenated ? result + QLatin1Char('-') : result;
}

// The text with soft hyphens at its words' hyphenation points, links and code left whole.
StyledText hyphenated(const StyledText &text, const QString &language)
{
    StyledText result;
    for (const StyledText::Span &span : text.spans()) {
        const QString piece = QString::fromUtf8(text.utf8().mid(span.start, span.end - span.start));
        if (!span.url.isEmpty())
            result.appendLink(piece, span.url, span.style, span.color);
        else if (span.style & StyledText::Mono)
            result.append(piece, span.style, span.color, span.size);
        else
            result.append(Hyphenator::hyphenate(piece, language), span.style, span.color, span.size);
    }
    return result;
}

bool isStretchableSpace(const char *text, const PangoGlyphItem *run, int glyph)
{
    return run->glyphs->glyphs[glyph].glyph != PANGO_GLYPH_EMPTY
        && text[run->item->offset + run->glyphs->log_clusters[glyph]] == ' ';
}

// How much wider, in Pango units, each space of a justified line is drawn so that the line
// ends at the margin; 0 for a paragraph's last line, a line before a hard break, or a line
// without spaces. The engine justifies, not Pango: Pango 1.50 leaves the hyphen it adds at
// a break out of the width it justifies to, and such lines stood out by the hyphen.
int justification(const char *text, PangoLayoutLine *line, double width, bool last)
{
    if (last || (line->length > 0 && text[line->start_index + line->length - 1] == '\n'))
        return 0;
    int spaces = 0;
    for (GSList *run = line->runs; run; run = run->next) {
        auto *item = static_cast<PangoGlyphItem *>(run->data);
        for (int i = 0; i < item->glyphs->num_glyphs; ++i)
            spaces += isStretchableSpace(text, item, i) ? 1 : 0;
    }
    if (spaces == 0)
        return 0;
    PangoRectangle logical;
    pango_layout_line_get_extents(line, nullptr, &logical);
    return (static_cast<int>(width * PANGO_SCALE) - logical.width) / spaces;
}

// A copy of the run with its spaces widened by extra; the caller frees it.
PangoGlyphItem *stretched(const char *text, PangoGlyphItem *run, int extra)
{
    PangoGlyphItem *copy = pango_glyph_item_copy(run);
    for (int i = 0; i < copy->glyphs->num_glyphs; ++i) {
        if (isStretchableSpace(text, copy, i))
            copy->glyphs->glyphs[i].geometry.width += extra;
    }
    return copy;
}

void add(PangoAttrList *list, PangoAttribute *attribute, int start, int end)
{
    attribute->start_index = static_cast<guint>(start);
    attribute->end_index = static_cast<guint>(end);
    pango_attr_list_insert(list, attribute);
}

// Pango attributes for the spans of a text, with hyphens drawn only in hyphenRanges (see
// HyphenRanges); the caller unrefs the list.
PangoAttrList *attributesOf(const StyledText &text, const QList<HyphenRanges::Range> &hyphenRanges)
{
    PangoAttrList *list = pango_attr_list_new();
    // No ligatures: text copied or extracted from the PDF must read "offices", not "o\uFB03ces".
    add(list, pango_attr_font_features_new("liga=0,clig=0,dlig=0"), 0, static_cast<int>(text.utf8().size()));
    // A hyphen only where a word breaks at a soft hyphen: a URL, an address or any other
    // word too long for the line breaks between characters without one.
    add(list, pango_attr_insert_hyphens_new(FALSE), 0, static_cast<int>(text.utf8().size()));
    for (const HyphenRanges::Range &range : hyphenRanges)
        add(list, pango_attr_insert_hyphens_new(TRUE), range.start, range.end);
    for (const StyledText::Span &span : text.spans()) {
        if (span.style & StyledText::Bold)
            add(list, pango_attr_weight_new(PANGO_WEIGHT_BOLD), span.start, span.end);
        if (span.style & StyledText::Italic)
            add(list, pango_attr_style_new(PANGO_STYLE_ITALIC), span.start, span.end);
        if (span.style & StyledText::Mono)
            add(list, pango_attr_family_new("Liberation Mono,DejaVu Sans Mono,monospace"), span.start, span.end);
        if (span.size > 0)
            add(list, pango_attr_size_new(static_cast<int>(span.size * PANGO_SCALE)), span.start, span.end);
        // The colour is drawn from the span itself; as an attribute it also makes Pango end a
        // run where a link or a coloured word ends, so each run has one span.
        if (span.color != 0 || !span.url.isEmpty()) {
            const auto channel = [](int value) {
                return static_cast<guint16>(value * 257);
            };
            add(list,
                pango_attr_foreground_new(
                    channel(qRed(span.color)), channel(qGreen(span.color)), channel(qBlue(span.color))),
                span.start, span.end);
        }
    }
    return list;
}

// How many characters surely fit on a line of the block: no glyph of a text face is wider
// than 1.2 em.
int lineCharacters(const PdfBlock &block, double width)
{
    double size = block.size;
    for (const StyledText::Span &span : block.text.spans())
        size = std::max(size, span.size);
    return static_cast<int>(width / (size * 1.2 + block.letterSpacing));
}

struct GObjectDeleter
{
    void operator()(gpointer object) const { g_object_unref(object); }
};
using Layout = std::unique_ptr<PangoLayout, GObjectDeleter>;

struct SurfaceDeleter
{
    void operator()(cairo_surface_t *surface) const { cairo_surface_destroy(surface); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

struct ContextDeleter
{
    void operator()(cairo_t *cr) const { cairo_destroy(cr); }
};
using Cairo = std::unique_ptr<cairo_t, ContextDeleter>;

// A run of a line as drawn: the run, or the copy of it with its spaces widened, and where.
struct ShownRun
{
    PangoGlyphItem *item = nullptr;
    PangoGlyphItem *copy = nullptr; // freed once drawn
    double x = 0;
};

// A line of a laid-out block, in points from the top of the block.
struct Line
{
    double top = 0;
    double bottom = 0;
    double baseline = 0;
    double x = 0;
    PangoLayoutLine *line = nullptr;
};

struct Measured
{
    StyledText text; // the block's, with soft hyphens when it is hyphenated
    Layout layout;
    Layout label;
    QList<Line> lines;
    Surface logo; // an image, or a recording of an SVG logo's vectors
    QSizeF logoSource; // the logo's own size (pixels or points)
    double logoWidth = 0;
    double textLeft = 0; // from the block's indent
    double width = 0; // of the text, points
};

using Placement = PdfPaginator::Placement;

class Engine
{
public:
    Engine(const QList<PdfBlock> &blocks, const PdfTypesetter::Setup &setup)
        : m_blocks(blocks)
        , m_setup(setup)
    { }

    PdfTypesetter::Output run();
    int rasterize(double dotsPerInch, const PdfTypesetter::PageDone &pageDone);

private:
    Layout layoutFor(PangoContext *context, const PdfBlock &block, const QByteArray &text, double width) const;
    void measure(PangoContext *context);
    void paginate();
    // Draws the content; startPage gives the cairo context of each page in turn.
    void draw(cairo_surface_t *pdf, const std::function<cairo_t *(int page)> &startPage);
    PangoContext *createContext(cairo_t *cr) const;
    void drawLines(cairo_t *cr, const Placement &placement);
    void drawArtifacts(cairo_t *cr, PangoContext *context, int page);
    QString pageText(int page) const;

    const QList<PdfBlock> &m_blocks;
    PdfTypesetter::Setup m_setup;
    std::vector<Measured> m_measured;
    QList<Placement> m_placements;
    int m_pages = 0;
    double m_width = 0;
};

Layout Engine::layoutFor(PangoContext *context, const PdfBlock &block, const QByteArray &text, double width) const
{
    Layout layout(pango_layout_new(context));
    PangoFontDescription *font = pango_font_description_from_string(block.family.constData());
    pango_font_description_set_size(font, static_cast<gint>(block.size * PANGO_SCALE));
    pango_font_description_set_weight(font, block.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, block.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_line_spacing(layout.get(), static_cast<float>(block.lineSpacing));
    pango_layout_set_alignment(
        layout.get(), block.align == PdfBlock::Align::Center ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
    pango_layout_set_text(layout.get(), text.constData(), static_cast<int>(text.size()));
    return layout;
}

void Engine::measure(PangoContext *context)
{
    m_width = m_setup.page.width() - m_setup.left - m_setup.right;
    for (const PdfBlock &block : m_blocks) {
        Measured measured;
        if (!block.logoPng.isEmpty()) {
            if (!block.logoSvg.isEmpty())
                measured.logo.reset(SvgLogo::record(block.logoSvg, &measured.logoSource));
            if (!measured.logo) {
                measured.logo.reset(imageSurface(block.logoPng));
                if (measured.logo)
                    measured.logoSource = QSizeF(cairo_image_surface_get_width(measured.logo.get()),
                        cairo_image_surface_get_height(measured.logo.get()));
            }
            if (measured.logo) {
                const double w = measured.logoSource.width();
                const double h = measured.logoSource.height();
                measured.logoWidth = std::min(logoHeight * w / std::max(h, 1.0), m_width / 3);
                measured.textLeft = measured.logoWidth + logoGap;
            }
        }
        const double width = m_width - block.indent - block.rightIndent - measured.textLeft;
        measured.width = width;
        measured.text = block.text;
        QList<HyphenRanges::Range> hyphenRanges;
        if (block.hyphenate) {
            const StyledText withHyphens =
                hyphenated(block.text, block.language.isEmpty() ? m_setup.language : block.language);
            const auto ranges = HyphenRanges::of(withHyphens.utf8(), lineCharacters(block, width));
            if (ranges) {
                measured.text = withHyphens;
                hyphenRanges = *ranges;
            }
        }
        measured.layout = layoutFor(context, block, measured.text.utf8(), width);
        PangoAttrList *attributes = attributesOf(measured.text, hyphenRanges);
        if (block.letterSpacing > 0) {
            PangoAttribute *spacing =
                pango_attr_letter_spacing_new(static_cast<int>(block.letterSpacing * PANGO_SCALE));
            pango_attr_list_insert(attributes, spacing);
        }
        pango_layout_set_attributes(measured.layout.get(), attributes);
        pango_attr_list_unref(attributes);
        if (!block.label.isEmpty())
            measured.label = layoutFor(context, block, block.label.toUtf8(), -1);

        PangoLayoutIter *iter = pango_layout_get_iter(measured.layout.get());
        do {
            int y0 = 0;
            int y1 = 0;
            pango_layout_iter_get_line_yrange(iter, &y0, &y1);
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            Line line;
            line.top = points(y0);
            line.bottom = points(y1);
            line.baseline = points(pango_layout_iter_get_baseline(iter));
            line.x = points(logical.x);
            line.line = pango_layout_iter_get_line_readonly(iter);
            measured.lines.append(line);
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);

        // The letterhead: text centred on the logo's height, then room for the rule.
        if (measured.logo || block.ruleBelow != 0) {
            const double textHeight = measured.lines.last().bottom;
            const double offset = measured.logo ? std::max(0.0, (logoHeight - textHeight) / 2) : 0;
            for (Line &line : measured.lines) {
                line.top += offset;
                line.bottom += offset;
                line.baseline += offset;
            }
            measured.lines.first().top = 0;
            measured.lines.last().bottom =
                std::max(measured.lines.last().bottom, measured.logo ? logoHeight : 0.0) + ruleGap;
        }
        m_measured.push_back(std::move(measured));
    }
}

void Engine::paginate()
{
    QList<QList<PdfPaginator::Line>> lines;
    for (const Measured &measured : m_measured) {
        QList<PdfPaginator::Line> blockLines;
        for (const Line &line : measured.lines)
            blockLines.append({ line.top, line.bottom });
        lines.append(blockLines);
    }
    const PdfPaginator::Result result =
        PdfPaginator::paginate(m_blocks, lines, m_setup.top, m_setup.page.height() - m_setup.bottom);
    m_placements = result.placements;
    m_pages = result.pages;
}

void Engine::drawLines(cairo_t *cr, const Placement &placement)
{
    const PdfBlock &block = m_blocks.at(placement.block);
    const Measured &measured = m_measured.at(static_cast<size_t>(placement.block));
    const char *text = pango_layout_get_text(measured.layout.get());
    const double offset = placement.y - measured.lines.at(placement.first).top;
    const double left = m_setup.left + block.indent + measured.textLeft;
    for (int i = placement.first; i < placement.last; ++i) {
        const Line &line = measured.lines.at(i);
        double x = left + line.x;
        const double baseline = offset + line.baseline;
        const int extra = block.align == PdfBlock::Align::Justify
            ? justification(text, line.line, measured.width, i + 1 == measured.lines.size())
            : 0;
        // Pango keeps a line's runs in visual order; they are drawn in logical order, each
        // at its place, so that the content stream, which poppler's structure reader
        // follows, reads as the text is written: in a right-to-left paragraph, or around a
        // right-to-left override, the runs come in the order typed, not the order seen.
        std::vector<ShownRun> runs;
        for (GSList *run = line.line->runs; run; run = run->next) {
            PangoGlyphItem *item = static_cast<PangoGlyphItem *>(run->data);
            PangoGlyphItem *copy = extra != 0 ? stretched(text, item, extra) : nullptr;
            runs.push_back({ copy ? copy : item, copy, x });
            x += points(pango_glyph_string_get_width(runs.back().item->glyphs));
        }
        std::stable_sort(runs.begin(), runs.end(),
            [](const ShownRun &a, const ShownRun &b) { return a.item->item->offset < b.item->item->offset; });
        for (const ShownRun &run : runs) {
            PangoGlyphItem *item = run.item;
            const StyledText::Span *span = measured.text.spanAt(item->item->offset);
            const bool link = span && !span->url.isEmpty();
            if (link)
                cairo_tag_begin(cr, CAIRO_TAG_LINK, ("uri=" + quoted(span->url)).constData());
            setColor(cr, span && span->color != 0 ? span->color : block.color);
            cairo_move_to(cr, run.x, baseline);
            if (hasSoftHyphen(text, item->item) || hasInvisibleCharacter(text, item))
                showOwnClusters(cr, text, item);
            else
                showWithSpaceAtLineEnd(cr, text, item, line.line);
            if (link)
                cairo_tag_end(cr, CAIRO_TAG_LINK);
            if (run.copy)
                pango_glyph_item_free(run.copy);
        }
    }
}

void Engine::drawArtifacts(cairo_t *cr, PangoContext *context, int page)
{
    const double left = m_setup.left;
    const double right = m_setup.page.width() - m_setup.right;
    // Decorations of the groups on this page, over the extent of their pieces here.
    QList<int> groups;
    for (const Placement &placement : std::as_const(m_placements)) {
        const PdfBlock &block = m_blocks.at(placement.block);
        if (placement.page == page && block.group >= 0 && !groups.contains(block.group))
            groups.append(block.group);
        if (placement.page == page && block.ruleBelow != 0) {
            setColor(cr, block.ruleBelow);
            cairo_rectangle(cr, left, placement.y + placement.height - 1.5, m_width, 1.5);
            cairo_fill(cr);
        }
    }
    for (const int group : std::as_const(groups)) {
        double top = 1e9;
        double bottom = -1e9;
        PdfBlock::Decoration decoration = PdfBlock::Decoration::None;
        for (const Placement &placement : std::as_const(m_placements)) {
            const PdfBlock &block = m_blocks.at(placement.block);
            if (placement.page != page || block.group != group)
                continue;
            top = std::min(top, placement.y);
            bottom = std::max(bottom, placement.y + placement.height);
            decoration = block.decoration;
        }
        if (decoration == PdfBlock::Decoration::QuoteRule) {
            setColor(cr, qRgb(0x1d, 0x4e, 0x89));
            cairo_rectangle(cr, left + 24, top + 1, 2.2, bottom - top - 2);
            cairo_fill(cr);
        } else if (decoration == PdfBlock::Decoration::EventBox) {
            cairo_rectangle(cr, left + 0.4, top - 9, m_width - 0.8, bottom - top + 17);
            setColor(cr, qRgb(0xf3, 0xf6, 0xfa));
            cairo_fill_preserve(cr);
            setColor(cr, qRgb(0xd5, 0xdb, 0xe3));
            cairo_set_line_width(cr, 0.75);
            cairo_stroke(cr);
        }
    }

    // The running footer: a rule, the headline and "Page x of y".
    const double ruleY = m_setup.page.height() - m_setup.bottom + 22.7;
    setColor(cr, qRgb(0xc8, 0xcf, 0xd8));
    cairo_rectangle(cr, left, ruleY, m_width, 0.7);
    cairo_fill(cr);
    PdfBlock style;
    style.family = "Liberation Sans,DejaVu Sans,Arial,sans-serif";
    style.size = 7.5;
    const QByteArray pageText = m_setup.pageOf.arg(page + 1).arg(m_pages).toUtf8();
    Layout pageLayout = layoutFor(context, style, pageText, -1);
    PangoRectangle pageExtent;
    pango_layout_get_extents(pageLayout.get(), nullptr, &pageExtent);
    const double pageWidth = points(pageExtent.width);
    Layout title = layoutFor(context, style, m_setup.footerTitle.toUtf8(), right - left - pageWidth - 22);
    pango_layout_set_ellipsize(title.get(), PANGO_ELLIPSIZE_END);
    pango_layout_set_height(title.get(), 0); // one line
    setColor(cr, qRgb(0x5b, 0x65, 0x73));
    cairo_move_to(cr, left, ruleY + 5);
    pango_cairo_show_layout(cr, title.get());
    cairo_move_to(cr, right - pageWidth, ruleY + 5);
    pango_cairo_show_layout(cr, pageLayout.get());
}

void Engine::draw(cairo_surface_t *pdf, const std::function<cairo_t *(int page)> &startPage)
{
    QList<QByteArray> open;
    int page = 0;
    cairo_t *cr = startPage(0);
    for (const Placement &placement : std::as_const(m_placements)) {
        while (placement.page > page)
            cr = startPage(++page);
        const PdfBlock &block = m_blocks.at(placement.block);
        const Measured &measured = m_measured.at(static_cast<size_t>(placement.block));
        if (placement.first == 0) {
            for (const QByteArray &tag : block.opens) {
                cairo_tag_begin(cr, tag.constData(), "");
                open.append(tag);
            }
            if (measured.logo) {
                const double scale = logoHeight / measured.logoSource.height();
                const double scaleX = measured.logoWidth / measured.logoSource.width();
                cairo_tag_begin(cr, "Figure", "");
                cairo_save(cr);
                cairo_translate(cr, m_setup.left + block.indent, placement.y);
                cairo_scale(cr, scaleX, scale);
                cairo_set_source_surface(cr, measured.logo.get(), 0, 0);
                // A bounded fill, not cairo_paint(): cairo 1.16 fails on a paint inside a
                // structure element (bad nesting, then a crash when it writes the outline).
                cairo_rectangle(cr, 0, 0, measured.logoSource.width(), measured.logoSource.height());
                cairo_fill(cr);
                cairo_restore(cr);
                cairo_tag_end(cr, "Figure");
            }
            if (measured.label) {
                PangoRectangle extent;
                pango_layout_get_extents(measured.label.get(), nullptr, &extent);
                cairo_tag_begin(cr, "Lbl", "");
                setColor(cr, block.color);
                cairo_move_to(cr, m_setup.left + block.indent - points(extent.width) - 6,
                    placement.y + measured.lines.first().baseline - measured.lines.first().top);
                pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(measured.label.get(), 0));
                cairo_tag_end(cr, "Lbl");
            }
            cairo_tag_begin(cr, block.tag.constData(), "");
            if (pdf && !block.outline.isEmpty()) {
                const QByteArray destination = "page=" + QByteArray::number(placement.page + 1) + " pos=["
                    + QByteArray::number(m_setup.left, 'f', 1) + " " + QByteArray::number(placement.y, 'f', 1) + "]";
                cairo_pdf_surface_add_outline(pdf, CAIRO_PDF_OUTLINE_ROOT, block.outline.toUtf8().constData(),
                    destination.constData(), static_cast<cairo_pdf_outline_flags_t>(0));
            }
        }
        drawLines(cr, placement);
        if (placement.last == measured.lines.size()) {
            cairo_tag_end(cr, block.tag.constData());
            for (int i = 0; i < block.closes && !open.isEmpty(); ++i)
                cairo_tag_end(cr, open.takeLast().constData());
        }
    }
    while (!open.isEmpty())
        cairo_tag_end(cr, open.takeLast().constData());
}

PdfTypesetter::Output Engine::run()
{
    PdfTypesetter::Output output;
    const double width = m_setup.page.width();
    const double height = m_setup.page.height();
    Surface content(cairo_pdf_surface_create_for_stream(appendTo, &output.content, width, height));
    Surface artifacts(cairo_pdf_surface_create_for_stream(appendTo, &output.artifacts, width, height));
    cairo_pdf_surface_set_metadata(content.get(), CAIRO_PDF_METADATA_TITLE, m_setup.title.toUtf8().constData());
    cairo_pdf_surface_set_metadata(content.get(), CAIRO_PDF_METADATA_AUTHOR, m_setup.author.toUtf8().constData());
    Cairo cr(cairo_create(content.get()));
    Cairo layer(cairo_create(artifacts.get()));

    PangoContext *context = createContext(cr.get());
    PangoContext *layerContext = createContext(layer.get());

    measure(context);
    paginate();
    draw(content.get(), [&](int page) {
        if (page > 0)
            cairo_show_page(cr.get());
        return cr.get();
    });
    for (int page = 0; page < m_pages; ++page) {
        drawArtifacts(layer.get(), layerContext, page);
        cairo_show_page(layer.get());
    }
    cr.reset();
    layer.reset();
    cairo_surface_finish(content.get());
    cairo_surface_finish(artifacts.get());
    m_measured.clear(); // the layouts hold the contexts' fonts, the pages the logo
    g_object_unref(context);
    g_object_unref(layerContext);
    if (cairo_surface_status(content.get()) != CAIRO_STATUS_SUCCESS
        || cairo_surface_status(artifacts.get()) != CAIRO_STATUS_SUCCESS) {
        output.error = QString::fromUtf8(cairo_status_to_string(cairo_surface_status(content.get())));
        return output;
    }
    output.pages = m_pages;
    return output;
}

PangoContext *Engine::createContext(cairo_t *cr) const
{
    PangoContext *context = pango_cairo_create_context(cr);
    // One unit of the PDF is a point: sizes in points, not at the screen's 96 dpi.
    pango_cairo_context_set_resolution(context, 72);
    pango_context_set_round_glyph_positions(context, FALSE);
    pango_context_set_language(context, pango_language_from_string(m_setup.language.toUtf8().constData()));
    return context;
}

QString Engine::pageText(int page) const
{
    QStringList lines;
    for (const Placement &placement : std::as_const(m_placements)) {
        if (placement.page != page)
            continue;
        const Measured &measured = m_measured.at(static_cast<size_t>(placement.block));
        const char *text = pango_layout_get_text(measured.layout.get());
        if (placement.first == 0 && measured.label)
            lines.append(QString::fromUtf8(pango_layout_get_text(measured.label.get())));
        for (int i = placement.first; i < placement.last; ++i)
            lines.append(lineText(text, measured.lines.at(i).line));
    }
    return lines.join(QLatin1Char('\n'));
}

int Engine::rasterize(double dotsPerInch, const PdfTypesetter::PageDone &pageDone)
{
    // Laid out exactly as for the PDF (a PDF surface's font options: no hinted metrics),
    // then drawn on images.
    QByteArray unused;
    const double width = m_setup.page.width();
    const double height = m_setup.page.height();
    Surface pdf(cairo_pdf_surface_create_for_stream(appendTo, &unused, width, height));
    Cairo measuring(cairo_create(pdf.get()));
    PangoContext *context = createContext(measuring.get());
    measure(context);
    paginate();

    const double scale = dotsPerInch / 72;
    QImage image;
    Surface surface;
    Cairo cr;
    int current = 0;
    const auto finishPage = [&] {
        if (!cr)
            return;
        cr.reset();
        cairo_surface_finish(surface.get());
        surface.reset();
        pageDone(image, pageText(current));
    };
    draw(nullptr, [&](int page) {
        finishPage();
        current = page;
        image = QImage(qRound(width * scale), qRound(height * scale), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        surface.reset(cairo_image_surface_create_for_data(
            image.bits(), CAIRO_FORMAT_ARGB32, image.width(), image.height(), static_cast<int>(image.bytesPerLine())));
        cr.reset(cairo_create(surface.get()));
        cairo_scale(cr.get(), scale, scale);
        drawArtifacts(cr.get(), context, page);
        return cr.get();
    });
    finishPage();
    m_measured.clear();
    g_object_unref(context);
    return m_pages;
}

} // namespace

int PdfTypesetter::paint(
    const QList<PdfBlock> &blocks, const Setup &setup, double dotsPerInch, const PageDone &pageDone)
{
    Engine engine(blocks, setup);
    return engine.rasterize(dotsPerInch, pageDone);
}

PdfTypesetter::Output PdfTypesetter::typeset(const QList<PdfBlock> &blocks, const Setup &setup)
{
    Engine engine(blocks, setup);
    return engine.run();
}

} // namespace pressdesk
