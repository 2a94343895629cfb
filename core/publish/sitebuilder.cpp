#include "sitebuilder.h"

#include "atomfeed.h"
#include "export/exportfile.h"
#include "export/exportsource.h"
#include "export/icalendarexporter.h"
#include "export/mustachebody.h"
#include "export/pdfexporter.h"
#include "export/releaselabels.h"
#include "export/releaseparts.h"
#include "export/vcardexporter.h"
#include "quotelanguage.h"
#include "sitecontent.h"
#include "sitelabels.h"
#include "sitemap.h"
#include "sitetemplates.h"
#include "sitewriter.h"
#include "storage/organizationrepository.h"
#include "storage/publicationstamps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <thread>
#include <vector>

namespace pressdesk {

// QT_LOGGING_RULES="pressdesk.publish.timing.debug=true" times a publish's phases.
Q_LOGGING_CATEGORY(publishTiming, "pressdesk.publish.timing", QtWarningMsg)

namespace {

namespace mustache = kainjow::mustache;
using Item = SiteContent::Item;

constexpr int latestOnHome = 10;
constexpr int entriesInFeed = 50;
constexpr int summaryLength = 240;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString shortHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

QString summaryOf(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= summaryLength)
        return simplified;
    QString cut = simplified.left(summaryLength);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > summaryLength / 2)
        cut.truncate(space);
    return cut + QStringLiteral("…");
}

mustache::data paragraphs(const QString &text)
{
    mustache::data list(mustache::data::type::list);
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            list.push_back(utf8(part.trimmed()));
    }
    return list;
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString name = QLocale::languageToString(locale.language());
    const QString native = locale.nativeLanguageName();
    if (!native.isEmpty() && !code.contains(QLatin1Char('-')))
        name = QLocale(locale.language()).nativeLanguageName();
    else if (!native.isEmpty())
        name = native;
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

// JSON inside <script>: no "<", ">" or "&", so no text can close the element.
QByteArray scriptSafeJson(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return json;
}

QDateTime publishedOf(const Release &release)
{
    if (release.publishedAt.isValid())
        return release.publishedAt.toUTC();
    return QDateTime(release.releaseDate, QTime(0, 0), Qt::UTC);
}

QDateTime modifiedOf(const Release &release)
{
    return release.updatedAt.isValid() ? release.updatedAt.toUTC() : publishedOf(release);
}

struct Crumb
{
    QString name;
    QString path;
};

// One page's frame: what the layout needs around the content.
struct Frame
{
    QString lang;
    QString path;
    QString title;
    QString description;
    QString ogType = QStringLiteral("website");
    QByteArray jsonld;
    QList<QPair<QString, QString>> alternates; // hreflang, path
    QList<Crumb> crumbs;
    QString navKey;
    QDate lastModified;
};

struct ListEntry
{
    QString title;
    QString path;
    QString meta;
    QString datetime;
    QString summary;
    QString lang;
    bool archived = false;
};

struct ListSection
{
    QString heading;
    QList<ListEntry> entries;
    QString empty;
};

// What a list page is made from, hashed as it is gathered (strings as their UTF-16 bytes).
class InputKey final
{
public:
    InputKey &operator<<(const QString &text)
    {
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()), text.size() * 2));
        m_hash.addData(QByteArrayView("\x1f", 1));
        return *this;
    }
    InputKey &operator<<(const QByteArray &bytes)
    {
        m_hash.addData(bytes);
        m_hash.addData(QByteArrayView("\x1e", 1));
        return *this;
    }
    InputKey &operator<<(const QList<ListSection> &sections)
    {
        for (const ListSection &section : sections) {
            *this << section.heading << section.empty;
            for (const ListEntry &entry : section.entries)
                *this << entry.title << entry.path << entry.meta << entry.datetime << entry.summary << entry.lang
                      << (entry.archived ? QStringLiteral("a") : QString());
        }
        return *this;
    }
    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash { QCryptographicHash::Sha1 };
};

using Sections = std::function<QList<ListSection>()>;

// One publish: the content, the paths and the pages.
class SitePass final
{
public:
    SitePass(Database &database, const SiteOptions &options, SiteReport &report, QString &error)
        : m_database(database)
        , m_options(options)
        , m_report(report)
        , m_error(error)
        , m_templates(options.templateFolder)
        , m_writer(options.folder)
        , m_source(database)
        , m_base(options.normalizedBaseUrl())
    {
        for (int t = 1; t < QThread::idealThreadCount(); ++t)
            m_workerTemplates.push_back(std::make_unique<SiteTemplates>(options.templateFolder));
    }

    bool run();

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    QString absolute(const QString &path) const
    {
        if (path.endsWith(QLatin1String("index.html")))
            return m_base + path.chopped(10);
        return m_base + path;
    }
    static QString root(const QString &path) { return QStringLiteral("../").repeated(path.count(QLatin1Char('/'))); }
    QString home(const QString &lang) const
    {
        return SiteBuilder::languageFolder(lang) + QStringLiteral("/index.html");
    }
    QString feedPath(const QString &lang) const
    {
        return SiteBuilder::languageFolder(lang) + QStringLiteral("/feed.atom");
    }

    bool writeFile(const QString &path, const QByteArray &bytes);
    void addToSitemap(const Frame &frame);
    // A list page whose frame and content key are those of the last publish is kept without
    // being made: sections() (which may be costly, and runs on any thread) is called only
    // when the page has to be made again. contentKey stands for everything sections() returns.
    bool writeList(const Frame &frame, const QString &heading, const QByteArray &contentKey, Sections sections,
        const QString &intro = {});
    // A small list, keyed on its entries.
    bool writeList(
        const Frame &frame, const QString &heading, const QList<ListSection> &sections, const QString &intro = {})
    {
        return writeList(
            frame, heading, (InputKey() << sections).result(), [sections] { return sections; }, intro);
    }
    // Our organization's short name when it has one ("UN-MIGEN"): the header and page titles.
    QString brand() const { return m_ours.shortName.trimmed().isEmpty() ? m_ours.name : m_ours.shortName.trimmed(); }
    mustache::data releaseData(const Item &item, const ReleaseParts &parts, const QString &path) const;
    // A release's page and its redirects, made without touching the pass (any thread).
    struct Rendered
    {
        struct File
        {
            QString path;
            QByteArray bytes;
            QByteArray sha256;
        };
        QString path;
        Frame frame;
        QList<File> files;
        QString error;
    };
    Rendered renderRelease(SiteTemplates &templates, const Item &item) const;
    std::string layoutPage(SiteTemplates &templates, const Frame &frame, const std::string &content) const;
    bool writeRelease(const Item &item, Rendered *rendered = nullptr);
    // Runs work(templates, i) for i in [0, count) on every core, each thread with its own templates.
    template<typename Work>
    void onAllCores(qsizetype count, const Work &work);
    struct ListJob
    {
        Frame frame;
        QString heading;
        Sections sections;
        QString intro;
        QString inputKey;
        QByteArray bytes;
        QByteArray sha256;
        QString error;
    };
    void renderList(SiteTemplates &templates, ListJob &job) const;
    bool flushLists();
    bool writeReleases(const QList<const Item *> &items);
    bool writeLanguage(const QString &lang);
    bool writeEvents(const QString &lang, const QList<const Item *> &items);
    bool writeFeed(const QString &lang, const QList<const Item *> &items);
    bool writeRoot();
    ListEntry entryFor(const Item &item, bool withSummary) const;
    QString tagPath(const QString &lang, const QString &tag);
    QString speakerPath(const QString &lang, qint64 speakerId, const QString &name) const;
    QString eventIcsPath(const Event &event) const;
    QString contactVcfPath(const ContactRef &contact) const;
    QList<QPair<QString, QString>> translationsOf(const Release &release) const;
    // What a release's files depend on besides the release row: the templates, the options
    // and every organization, event and speaker (their versions). Changes rarely; when it
    // does, every release is made again.
    QByteArray globalFingerprint();
    QByteArray fingerprint(const Release &release) const;
    // An unchanged release from the manifest's note, without reading it.
    std::optional<Item> reuse(const Release &summary);
    std::optional<Item> loadFull(qint64 id);
    const Speaker &speakerOf(qint64 id)
    {
        auto found = m_speakers.constFind(id);
        if (found == m_speakers.constEnd())
            found = m_speakers.insert(id, m_source.speaker(id).value_or(Speaker {}));
        return *found;
    }
    void collectLinks(const Item &item);

    Database &m_database;
    const SiteOptions &m_options;
    SiteReport &m_report;
    QString &m_error;
    SiteTemplates m_templates;
    std::vector<std::unique_ptr<SiteTemplates>> m_workerTemplates; // one per extra core
    QString m_generator = QStringLiteral("Pressdesk ") + QCoreApplication::applicationVersion();
    SiteWriter m_writer;
    ExportSource m_source;
    QString m_base;
    SiteContent m_content;
    Organization m_ours;
    QString m_logoPath;
    QStringList m_languages; // most releases first
    QHash<QString, QList<QPair<QString, QString>>> m_versions; // translation group → public (language, path)
    QByteArray m_global;
    QHash<QString, QString> m_tagPaths; // lang + tag → path
    QSet<QString> m_takenTagPaths;
    Sitemap m_sitemap;
    std::vector<ListJob> m_lists; // list pages to make (writeList queues, flushLists makes)
    QHash<qint64, Event> m_events;
    QHash<qint64, Speaker> m_speakers; // speakerOf's
    QHash<qint64, ContactRef> m_contacts;
};

QString SitePass::tagPath(const QString &lang, const QString &tag)
{
    const QString key = lang + QLatin1Char('\n') + tag.toLower();
    if (const auto found = m_tagPaths.constFind(key); found != m_tagPaths.constEnd())
        return *found;
    QString slug = ExportFile::slug(tag, 40);
    const QString folder = SiteBuilder::languageFolder(lang) + QStringLiteral("/tags/");
    if (slug.isEmpty() || slug == QLatin1String("index")
        || m_takenTagPaths.contains(folder + slug + QStringLiteral(".html")))
        slug = (slug.isEmpty() ? QStringLiteral("topic") : slug) + QLatin1Char('-') + shortHash(tag.toLower());
    const QString path = folder + slug + QStringLiteral(".html");
    m_takenTagPaths.insert(path);
    m_tagPaths.insert(key, path);
    return path;
}

QString SitePass::speakerPath(const QString &lang, qint64 speakerId, const QString &name) const
{
    QString slug = ExportFile::slug(name, 40);
    if (slug.isEmpty())
        slug = QStringLiteral("speaker");
    return SiteBuilder::languageFolder(lang) + QStringLiteral("/speakers/%1-%2.html").arg(slug).arg(speakerId);
}

QString SitePass::eventIcsPath(const Event &event) const
{
    QString slug = ExportFile::slug(event.name, 40);
    if (slug.isEmpty())
        slug = QStringLiteral("event");
    return QStringLiteral("events/%1-%2.ics").arg(slug).arg(event.id);
}

QString SitePass::contactVcfPath(const ContactRef &contact) const
{
    QString slug = ExportFile::slug(contact.name, 40);
    if (slug.isEmpty())
        slug = QStringLiteral("contact");
    return QStringLiteral("contacts/%1-%2.vcf").arg(slug).arg(contact.id);
}

QList<QPair<QString, QString>> SitePass::translationsOf(const Release &release) const
{
    if (release.translationGroup.isEmpty())
        return {};
    return m_versions.value(release.translationGroup);
}

QByteArray SitePass::globalFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList parts { QStringLiteral("site-2"), QCoreApplication::applicationVersion(), m_base,
        m_options.pdfs ? QStringLiteral("pdf") : QStringLiteral("no-pdf"), m_languages.join(QLatin1Char(',')) };
    hash.addData(parts.join(QLatin1Char('\n')).toUtf8());
    for (const char *name : { "layout.mustache", "list.mustache", "release.mustache", "redirect.mustache",
             "feedentry.mustache", "style.css" })
        hash.addData(m_templates.file(QString::fromLatin1(name)));
    // The organizations, events and speakers by their versions, without reading them.
    hash.addData(PublicationStamps(m_database).surroundings());
    return hash.result().toHex();
}

QByteArray SitePass::fingerprint(const Release &release) const
{
    // Numbers rather than formatted dates: this runs for every public release at every publish.
    InputKey key;
    key << m_global << release.uuid << QString::number(release.id) << QString::number(release.version)
        << QString::number(release.updatedAt.toMSecsSinceEpoch()) << statusKey(release.status) << release.language
        << release.headline << QString::number(release.releaseDate.toJulianDay())
        << QString::number(release.publishedAt.isValid() ? release.publishedAt.toMSecsSinceEpoch() : -1)
        << QString::number(release.embargoUntil.isValid() ? release.embargoUntil.toMSecsSinceEpoch() : -1);
    for (const auto &[language, path] : translationsOf(release))
        key << language << path;
    return key.result();
}

std::optional<Item> SitePass::reuse(const Release &summary)
{
    const QHash<QString, SiteNote> &notes = m_writer.previousReleases();
    const auto found = notes.constFind(summary.uuid);
    if (found == notes.constEnd() || found->fingerprint != fingerprint(summary))
        return std::nullopt;
    const SiteNote &note = *found;
    Item item;
    item.release = summary;
    item.reused = true;
    item.listSummary = note.summary;
    item.release.tags = note.tags;
    item.release.quotes.reserve(note.quotes.size());
    for (const SiteNote::Quote &noted : note.quotes) {
        Quote quote;
        quote.speakerId = noted.speakerId;
        quote.speakerName = noted.speakerName;
        quote.attribution = noted.attribution;
        // The person is looked up when the speakers' pages need them (speakerOf), not copied
        // into every reused release: a hash of speakers per release is most of a quick publish.
        item.release.quotes.append(quote);
    }
    for (const qint64 id : note.events) {
        const auto event = m_source.event(id);
        if (!event)
            return std::nullopt;
        item.context.events.append(*event);
        item.release.events.append({ event->id, event->name });
    }
    for (const SiteNote::Contact &contact : note.contacts)
        item.release.contacts.append({ contact.id, contact.name, contact.title, contact.email, contact.phone });
    item.files = note.files;
    item.fingerprint = note.fingerprint;
    // Its page is its first file (the same headline, so the same address).
    item.path = note.files.value(0);
    return item;
}

std::optional<Item> SitePass::loadFull(qint64 id)
{
    std::optional<Release> release = m_source.release(id);
    if (!release)
        return std::nullopt;
    ExportContext context = m_source.contextFor(*release);
    context.generatedAt = m_options.now;
    const QString listSummary = SiteContent::summaryOf(release->lead);
    return Item { std::move(*release), std::move(context), listSummary, false, {}, {}, {} };
}

void SitePass::collectLinks(const Item &item)
{
    for (const Event &event : item.context.events)
        m_events.insert(event.id, event);
    for (const ContactRef &contact : item.release.contacts) {
        ContactRef ref = contact;
        if (const auto speaker = item.context.speakers.constFind(contact.id);
            speaker != item.context.speakers.constEnd() && ref.name.isEmpty())
            ref.name = speaker->fullName;
        m_contacts.insert(contact.id, ref);
    }
}

bool SitePass::writeFile(const QString &path, const QByteArray &bytes)
{
    if (!m_writer.write(path, bytes))
        return fail(m_writer.errorString());
    return true;
}

void SitePass::addToSitemap(const Frame &frame)
{
    Sitemap::Url url { absolute(frame.path), frame.lastModified, {} };
    for (const auto &[language, path] : frame.alternates)
        url.alternates.append({ language, absolute(path) });
    m_sitemap.urls.append(url);
}

std::string SitePass::layoutPage(SiteTemplates &templates, const Frame &frame, const std::string &content) const
{
    const SiteLabels labels = SiteLabels::forLanguage(frame.lang);
    const QString rootPath = root(frame.path);
    mustache::data data;
    data.set("lang", utf8(frame.lang));
    data.set("og_locale", utf8(QLocale(frame.lang).name()));
    data.set("generator", utf8(m_generator));
    data.set("title", utf8(frame.title + QStringLiteral(" — ") + brand()));
    data.set("site_name", utf8(brand() + QStringLiteral(" — ") + labels.pressRoom()));
    data.set("has_description", !frame.description.isEmpty());
    data.set("description", utf8(summaryOf(frame.description)));
    data.set("has_canonical", true);
    data.set("canonical", utf8(absolute(frame.path)));
    mustache::data alternates(mustache::data::type::list);
    for (const auto &[language, path] : frame.alternates) {
        mustache::data alternate;
        alternate.set("hreflang", utf8(language));
        alternate.set("href", utf8(absolute(path)));
        alternates.push_back(alternate);
    }
    data.set("alternates", alternates);
    data.set("og_type", utf8(frame.ogType));
    data.set("has_image", !m_logoPath.isEmpty());
    data.set("image", utf8(absolute(m_logoPath)));
    data.set("has_jsonld", !frame.jsonld.isEmpty());
    data.set("jsonld", frame.jsonld.toStdString());
    data.set("root", utf8(rootPath));
    data.set("feed_path", utf8(feedPath(frame.lang)));
    data.set("feed_title", utf8(labels.feed()));
    data.set("skip_label", utf8(labels.skipToContent()));
    data.set("home_path", utf8(home(frame.lang)));
    data.set("has_logo", !m_logoPath.isEmpty());
    data.set("logo_path", utf8(m_logoPath));
    data.set("org_name", utf8(m_ours.name));
    data.set("brand", utf8(brand()));
    data.set("press_room", utf8(labels.pressRoom()));
    data.set("nav_label", utf8(labels.mainNavigation()));
    const QString folder = SiteBuilder::languageFolder(frame.lang);
    const QList<QPair<QString, QString>> navigation { { QStringLiteral("home"), labels.home() },
        { QStringLiteral("archive"), labels.archive() }, { QStringLiteral("events"), labels.events() },
        { QStringLiteral("tags"), labels.tags() }, { QStringLiteral("speakers"), labels.speakers() } };
    const QHash<QString, QString> navPaths { { QStringLiteral("home"), folder + QStringLiteral("/index.html") },
        { QStringLiteral("archive"), folder + QStringLiteral("/archive/index.html") },
        { QStringLiteral("events"), folder + QStringLiteral("/events.html") },
        { QStringLiteral("tags"), folder + QStringLiteral("/tags/index.html") },
        { QStringLiteral("speakers"), folder + QStringLiteral("/speakers/index.html") } };
    mustache::data nav(mustache::data::type::list);
    for (const auto &[key, label] : navigation) {
        mustache::data link;
        link.set("path", utf8(navPaths.value(key)));
        link.set("label", utf8(label));
        link.set("current", navPaths.value(key) == frame.path);
        nav.push_back(link);
    }
    data.set("nav", nav);
    data.set("has_breadcrumb", !frame.crumbs.isEmpty());
    data.set("breadcrumb_label", utf8(labels.breadcrumb()));
    mustache::data crumbs(mustache::data::type::list);
    for (qsizetype i = 0; i < frame.crumbs.size(); ++i) {
        mustache::data crumb;
        crumb.set("name", utf8(frame.crumbs.at(i).name));
        crumb.set("path", utf8(frame.crumbs.at(i).path));
        crumb.set("last", i + 1 == frame.crumbs.size());
        crumbs.push_back(crumb);
    }
    data.set("crumbs", crumbs);
    mustache::data languages(mustache::data::type::list);
    for (const QString &language : std::as_const(m_languages)) {
        if (language == frame.lang)
            continue;
        mustache::data link;
        link.set("path", utf8(home(language)));
        link.set("code", utf8(language));
        link.set("name", utf8(languageName(language)));
        languages.push_back(link);
    }
    data.set("languages", languages);
    data.set("content", content);
    return templates.render(QStringLiteral("layout"), data);
}

bool SitePass::writeList(
    const Frame &frame, const QString &heading, const QByteArray &contentKey, Sections sections, const QString &intro)
{
    // A list page is a function of what it lists and its frame (and of the templates,
    // options and organizations in the global fingerprint): when they are the same as at the
    // last publish, the page is kept without being rendered.
    InputKey input;
    input << m_global << frame.lang << frame.path << frame.title << frame.description
          << frame.lastModified.toString(Qt::ISODate) << heading << intro;
    for (const auto &[language, path] : frame.alternates)
        input << language << path;
    for (const Crumb &crumb : frame.crumbs)
        input << crumb.name << crumb.path;
    input << contentKey;
    const QString inputKey = QStringLiteral("list:") + QString::fromLatin1(input.result().toHex());
    ++m_report.pages;
    addToSitemap(frame);
    if (m_writer.keepIfCurrent(frame.path, inputKey))
        return true;
    // Made later with the other lists of the language, on every core (flushLists).
    m_lists.push_back({ frame, heading, std::move(sections), intro, inputKey, {}, {}, {} });
    return true;
}

void SitePass::renderList(SiteTemplates &templates, ListJob &job) const
{
    const Frame &frame = job.frame;
    const QString &heading = job.heading;
    const QString &intro = job.intro;
    const QList<ListSection> sections = job.sections();
    const QString rootPath = root(frame.path);
    const SiteLabels labels = SiteLabels::forLanguage(frame.lang);
    mustache::data data;
    data.set("heading", utf8(heading));
    data.set("has_intro", !intro.isEmpty());
    data.set("intro", utf8(intro));
    mustache::data list(mustache::data::type::list);
    int index = 0;
    for (const ListSection &section : sections) {
        mustache::data part;
        part.set("id", utf8(QStringLiteral("section-%1").arg(++index)));
        part.set("heading", utf8(section.heading));
        part.set("has_items", !section.entries.isEmpty());
        part.set("empty", utf8(section.empty));
        mustache::data items(mustache::data::type::list);
        for (const ListEntry &entry : section.entries) {
            mustache::data item;
            item.set("root", utf8(rootPath));
            item.set("path", utf8(entry.path));
            item.set("title", utf8(entry.title));
            item.set("archived", entry.archived);
            item.set("archived_label", utf8(labels.archived()));
            item.set("has_meta", !entry.meta.isEmpty());
            item.set("meta", utf8(entry.meta));
            item.set("has_time", !entry.datetime.isEmpty());
            item.set("datetime", utf8(entry.datetime));
            item.set("has_summary", !entry.summary.isEmpty());
            item.set("summary", utf8(entry.summary));
            item.set("has_lang", !entry.lang.isEmpty() && entry.lang != frame.lang);
            item.set("lang", utf8(entry.lang));
            items.push_back(item);
        }
        part.set("items", items);
        list.push_back(part);
    }
    data.set("sections", list);
    const std::string content = templates.render(QStringLiteral("list"), data);
    const std::string page = content.empty() ? std::string() : layoutPage(templates, frame, content);
    if (page.empty()) {
        job.error = templates.errorString();
        return;
    }
    job.bytes = QByteArray::fromStdString(page);
    job.sha256 = SiteWriter::hashOf(job.bytes);
}

bool SitePass::flushLists()
{
    std::vector<ListJob> jobs;
    jobs.swap(m_lists);
    onAllCores(static_cast<qsizetype>(jobs.size()),
        [&](SiteTemplates &templates, qsizetype i) { renderList(templates, jobs[static_cast<size_t>(i)]); });
    for (ListJob &job : jobs) {
        if (!job.error.isEmpty())
            return fail(job.error);
        if (!m_writer.writeWithSource(job.frame.path, job.bytes, job.inputKey, job.sha256))
            return fail(m_writer.errorString());
    }
    return true;
}

ListEntry SitePass::entryFor(const Item &item, bool withSummary) const
{
    const ReleaseLabels labels = ReleaseLabels::forLanguage(item.release.language);
    ListEntry entry;
    entry.title = item.release.headline;
    entry.path = item.path;
    entry.meta = labels.date(item.release.releaseDate);
    entry.datetime = item.release.releaseDate.toString(Qt::ISODate);
    entry.archived = item.release.status == ReleaseStatus::Archived;
    entry.lang = item.release.language;
    if (withSummary)
        entry.summary = item.listSummary;
    return entry;
}

mustache::data SitePass::releaseData(const Item &item, const ReleaseParts &parts, const QString &path) const
{
    const Release &release = item.release;
    const ReleaseLabels &labels = parts.labels;
    const SiteLabels site = SiteLabels::forLanguage(release.language);
    const QString rootPath = root(path);
    mustache::data data;
    data.set("root", utf8(rootPath));
    data.set("lang", utf8(parts.language));
    data.set("date", utf8(parts.date.isEmpty() ? labels.date(release.releaseDate) : parts.date));
    data.set("date_iso", utf8(release.releaseDate.toString(Qt::ISODate)));
    data.set("archived", release.status == ReleaseStatus::Archived);
    data.set("archived_label", utf8(site.archived()));
    data.set("headline", utf8(parts.headline));
    data.set("has_subheadline", !parts.subheadline.isEmpty());
    data.set("subheadline", utf8(parts.subheadline));
    data.set("dateline", utf8(parts.dateline));
    data.set("lead", utf8(parts.lead));

    data.set("body", mustacheBody(parts, [&](int index, mustache::data &piece) {
        const qint64 speakerId = release.quotes.value(index).speakerId;
        piece.set("root", utf8(rootPath));
        piece.set("has_speaker_page", speakerId != 0);
        piece.set("speaker_path", utf8(speakerPath(release.language, speakerId, parts.quotes.at(index).speaker)));
        const QString lang = quoteLanguage(release.language, parts.quotes.at(index).text);
        piece.set("has_lang", !lang.isEmpty());
        piece.set("lang", utf8(lang));
    }));

    mustache::data events(mustache::data::type::list);
    for (qsizetype i = 0; i < parts.events.size() && i < item.context.events.size(); ++i) {
        const ReleaseParts::EventPart &event = parts.events.at(i);
        mustache::data entry;
        entry.set("index", utf8(QString::number(i + 1)));
        entry.set("root", utf8(rootPath));
        entry.set("name", utf8(event.name));
        entry.set("when_label", utf8(labels.when()));
        entry.set("dates", utf8(event.dates));
        entry.set("format_label", utf8(labels.formatLabel()));
        entry.set("format", utf8(event.format));
        entry.set("where_label", utf8(labels.where()));
        entry.set("has_place", !event.place.isEmpty());
        entry.set("place", utf8(event.place));
        entry.set("link_label", utf8(labels.link()));
        entry.set("has_link", !event.link.isEmpty());
        entry.set("link", utf8(event.link));
        entry.set("ics_path", utf8(eventIcsPath(item.context.events.at(i))));
        entry.set("ics_label", utf8(site.addToCalendar()));
        events.push_back(entry);
    }
    data.set("events", events);

    data.set("has_notes", !parts.notesToEditors.isEmpty());
    data.set("notes_heading", utf8(labels.notesToEditors()));
    data.set("notes", paragraphs(parts.notesToEditors));
    data.set("has_boilerplate", !parts.boilerplate.isEmpty());
    data.set("about_heading", utf8(parts.aboutHeading));
    data.set("boilerplate", paragraphs(parts.boilerplate));

    mustache::data contacts(mustache::data::type::list);
    for (qsizetype i = 0; i < parts.contacts.size() && i < release.contacts.size(); ++i) {
        const ReleaseParts::ContactPart &contact = parts.contacts.at(i);
        mustache::data entry;
        entry.set("root", utf8(rootPath));
        entry.set("name", utf8(contact.name));
        entry.set("has_title", !contact.title.isEmpty());
        entry.set("title", utf8(contact.title));
        entry.set("has_email", !contact.email.isEmpty());
        entry.set("email", utf8(contact.email));
        entry.set("has_phone", !contact.phone.isEmpty());
        entry.set("phone", utf8(contact.phone));
        ContactRef ref = release.contacts.at(i);
        ref.name = contact.name;
        ref.title = contact.title;
        ref.email = contact.email;
        ref.phone = contact.phone;
        entry.set("vcf_path", utf8(contactVcfPath(ref)));
        entry.set("vcf_label", utf8(site.contactCard()));
        contacts.push_back(entry);
    }
    data.set("has_contacts", !parts.contacts.isEmpty());
    data.set("contacts_heading", utf8(labels.mediaContacts()));
    data.set("contacts", contacts);

    data.set("has_pdf", m_options.pdfs);
    data.set("pdf_path", utf8(path.chopped(5) + QStringLiteral(".pdf")));
    data.set("pdf_label", utf8(site.downloadPdf()));

    mustache::data translations(mustache::data::type::list);
    for (const auto &[language, otherPath] : translationsOf(release)) {
        if (otherPath == path)
            continue;
        mustache::data entry;
        entry.set("root", utf8(rootPath));
        entry.set("path", utf8(otherPath));
        entry.set("code", utf8(language));
        entry.set("name", utf8(languageName(language)));
        translations.push_back(entry);
    }
    data.set("has_translations", !translations.is_empty_list());
    data.set("translations_label", utf8(site.otherLanguages()));
    data.set("translations", translations);

    mustache::data tags(mustache::data::type::list);
    for (const QString &tag : release.tags) {
        mustache::data entry;
        entry.set("root", utf8(rootPath));
        entry.set("path", utf8(m_tagPaths.value(release.language + QLatin1Char('\n') + tag.toLower())));
        entry.set("name", utf8(tag));
        tags.push_back(entry);
    }
    data.set("has_tags", !release.tags.isEmpty());
    data.set("tags_label", utf8(site.tags()));
    data.set("tags", tags);
    return data;
}

SitePass::Rendered SitePass::renderRelease(SiteTemplates &templates, const Item &item) const
{
    Rendered rendered;
    const Release &release = item.release;
    rendered.path = SiteBuilder::releasePath(release);
    const QString &path = rendered.path;
    const ReleaseParts parts = ReleaseParts::build(release, item.context);
    const mustache::data data = releaseData(item, parts, path);
    const SiteLabels site = SiteLabels::forLanguage(release.language);
    const QString folder = SiteBuilder::languageFolder(release.language);

    Frame &frame = rendered.frame;
    frame.lang = release.language;
    frame.path = path;
    frame.title = release.headline;
    frame.description = release.lead;
    frame.ogType = QStringLiteral("article");
    frame.lastModified = modifiedOf(release).date();
    frame.alternates = translationsOf(release);
    if (frame.alternates.size() < 2)
        frame.alternates.clear();
    const QDate month(release.releaseDate.year(), release.releaseDate.month(), 1);
    frame.crumbs = { { site.home(), home(release.language) },
        { QLocale(release.language).toString(month, QStringLiteral("MMMM yyyy")),
            folder + QStringLiteral("/archive/") + month.toString(QStringLiteral("yyyy-MM"))
                + QStringLiteral(".html") },
        { release.headline, path } };

    const QJsonObject publisher { { QStringLiteral("@type"), QStringLiteral("Organization") },
        { QStringLiteral("name"), m_ours.name }, { QStringLiteral("url"), m_base } };
    QJsonObject article { { QStringLiteral("@context"), QStringLiteral("https://schema.org") },
        { QStringLiteral("@type"), QStringLiteral("NewsArticle") }, { QStringLiteral("headline"), release.headline },
        { QStringLiteral("datePublished"), publishedOf(release).toString(Qt::ISODate) },
        { QStringLiteral("dateModified"), modifiedOf(release).toString(Qt::ISODate) },
        { QStringLiteral("inLanguage"), release.language }, { QStringLiteral("dateline"), parts.dateline },
        { QStringLiteral("author"), publisher }, { QStringLiteral("publisher"), publisher },
        { QStringLiteral("url"), absolute(path) }, { QStringLiteral("mainEntityOfPage"), absolute(path) },
        { QStringLiteral("identifier"), release.uuid } };
    if (!release.lead.isEmpty())
        article.insert(QStringLiteral("description"), summaryOf(release.lead));
    if (!release.tags.isEmpty())
        article.insert(QStringLiteral("keywords"), release.tags.join(QStringLiteral(", ")));
    if (!m_logoPath.isEmpty())
        article.insert(QStringLiteral("image"), absolute(m_logoPath));
    frame.jsonld = scriptSafeJson(article);
    const std::string content = templates.render(QStringLiteral("release"), data);
    const std::string page = content.empty() ? std::string() : layoutPage(templates, frame, content);
    if (page.empty()) {
        rendered.error = templates.errorString();
        return rendered;
    }
    rendered.files.append({ path, QByteArray::fromStdString(page), {} });

    // Old addresses of this release (an edited headline) lead to the new one.
    const QStringList previous = m_writer.previousPaths(release.uuid);
    for (const QString &old : previous) {
        if (old == path)
            continue;
        const QString target = root(old) + path;
        const QStringList message = site.moved().split(QStringLiteral("%1"));
        mustache::data redirect;
        redirect.set("lang", utf8(release.language));
        redirect.set("title", utf8(release.headline));
        redirect.set("target", utf8(target));
        redirect.set("canonical", utf8(absolute(path)));
        redirect.set("message_before", utf8(message.value(0)));
        redirect.set("message_after", utf8(message.value(1)));
        const std::string moved = templates.render(QStringLiteral("redirect"), redirect);
        if (moved.empty()) {
            rendered.error = templates.errorString();
            return rendered;
        }
        rendered.files.append({ old, QByteArray::fromStdString(moved), {} });
    }
    // The hashes too are made here, on the worker, not on the thread that writes.
    for (Rendered::File &file : rendered.files)
        file.sha256 = SiteWriter::hashOf(file.bytes);
    return rendered;
}

bool SitePass::writeRelease(const Item &item, Rendered *given)
{
    const Release &release = item.release;
    const QString path = item.path.isEmpty() ? SiteBuilder::releasePath(release) : item.path;
    if (item.reused) {
        bool kept = true;
        for (const QString &file : item.files)
            kept = m_writer.keep(file) && kept;
        if (!kept) {
            // A file went missing from the folder: the release is made again.
            const std::optional<Item> full = loadFull(release.id);
            if (!full)
                return fail(m_source.errorString());
            return writeRelease(*full);
        }
        m_writer.recordPath(release.uuid, path);
        m_writer.keepRelease(release.uuid);
        Sitemap::Url url { absolute(path), modifiedOf(release).date(), {} };
        const QList<QPair<QString, QString>> versions = translationsOf(release);
        if (versions.size() >= 2) {
            for (const auto &[language, other] : versions)
                url.alternates.append({ language, absolute(other) });
        }
        m_sitemap.urls.append(url);
        ++m_report.pages;
        ++m_report.releases;
        collectLinks(item);
        return true;
    }
    Rendered own;
    if (!given)
        own = renderRelease(m_templates, item);
    Rendered &rendered = given ? *given : own;
    if (!rendered.error.isEmpty())
        return fail(rendered.error);
    QStringList files;
    for (const Rendered::File &file : std::as_const(rendered.files)) {
        if (!m_writer.write(file.path, file.bytes, file.sha256))
            return fail(m_writer.errorString());
        m_writer.recordPath(release.uuid, file.path);
        files.append(file.path);
    }
    ++m_report.pages;
    addToSitemap(rendered.frame);
    ++m_report.releases;

    if (m_options.pdfs) {
        const QString pdfPath = path.chopped(5) + QStringLiteral(".pdf");
        // The release's version and what its PDF prints around it (the letterhead and
        // "About", the events, the people quoted and the contacts).
        QStringList around {
            QStringLiteral("o%1:%2").arg(item.context.organization.id).arg(item.context.organization.version)
        };
        for (const Event &event : item.context.events)
            around.append(QStringLiteral("e%1:%2").arg(event.id).arg(event.version));
        QList<qint64> people = item.context.speakers.keys();
        std::sort(people.begin(), people.end());
        for (const qint64 id : std::as_const(people))
            around.append(QStringLiteral("s%1:%2").arg(id).arg(item.context.speakers.value(id).version));
        const QString sourceKey =
            QStringLiteral("%1:%2:%3:%4")
                .arg(release.uuid)
                .arg(release.version)
                .arg(modifiedOf(release).toString(Qt::ISODate), shortHash(around.join(QLatin1Char(','))));
        if (!m_writer.keepIfCurrent(pdfPath, sourceKey)) {
            QString error;
            const QByteArray pdf = PdfExporter::render(release, item.context, &error);
            if (pdf.isEmpty())
                return fail(error);
            if (!m_writer.writeWithSource(pdfPath, pdf, sourceKey))
                return fail(m_writer.errorString());
            ++m_report.pdfsMade;
        }
        files.append(pdfPath);
    }
    SiteNote note;
    note.fingerprint = item.fingerprint.isEmpty() ? fingerprint(release) : item.fingerprint;
    note.stamp = m_content.stampOf(release.id);
    note.row.id = release.id;
    note.row.uuid = release.uuid;
    note.row.language = release.language;
    note.row.translationGroup = release.translationGroup;
    note.row.status = release.status;
    note.row.headline = release.headline;
    note.row.releaseDate = release.releaseDate;
    note.row.embargoUntil = release.embargoUntil;
    note.row.updatedAt = release.updatedAt;
    note.row.publishedAt = release.publishedAt;
    note.row.version = release.version;
    note.summary = item.listSummary;
    note.tags = release.tags;
    for (const Quote &quote : release.quotes) {
        note.quotes.append({ quote.speakerId,
            quote.speakerName.isEmpty() ? item.context.speakers.value(quote.speakerId).fullName : quote.speakerName,
            quote.attribution });
    }
    for (const Event &event : item.context.events)
        note.events.append(event.id);
    for (const ContactRef &contact : release.contacts)
        note.contacts.append({ contact.id, contact.name, contact.title, contact.email, contact.phone });
    note.files = files;
    m_writer.recordRelease(release.uuid, note);
    collectLinks(item);
    return true;
}

template<typename Work>
void SitePass::onAllCores(qsizetype count, const Work &work)
{
    // Each thread has its own parsed templates (a Mustache engine keeps state while it renders).
    std::atomic<qsizetype> next { 0 };
    auto run = [&](SiteTemplates &templates) {
        for (qsizetype i = next++; i < count; i = next++)
            work(templates, i);
    };
    std::vector<std::thread> workers;
    for (size_t t = 0; t < m_workerTemplates.size() && qsizetype(t + 1) < count; ++t)
        workers.emplace_back([&, t] { run(*m_workerTemplates.at(t)); });
    run(m_templates);
    for (std::thread &worker : workers)
        worker.join();
}

bool SitePass::writeReleases(const QList<const Item *> &items)
{
    // The pages are made on every core in batches (rendering is most of a full publish);
    // the database was read before and the files are written here, on this thread, in order.
    const int threads = std::max(1, QThread::idealThreadCount());
    const qsizetype batch = 64 * threads;
    for (qsizetype start = 0; start < items.size(); start += batch) {
        const qsizetype end = std::min(items.size(), start + batch);
        QList<qsizetype> fresh;
        for (qsizetype i = start; i < end; ++i) {
            if (!items.at(i)->reused)
                fresh.append(i);
        }
        std::vector<Rendered> rendered(static_cast<size_t>(fresh.size()));
        onAllCores(fresh.size(), [&](SiteTemplates &templates, qsizetype k) {
            rendered[static_cast<size_t>(k)] = renderRelease(templates, *items.at(fresh.at(k)));
        });
        qsizetype k = 0;
        for (qsizetype i = start; i < end; ++i) {
            const bool isFresh = k < fresh.size() && fresh.at(k) == i;
            if (!writeRelease(*items.at(i), isFresh ? &rendered[static_cast<size_t>(k)] : nullptr))
                return false;
            if (isFresh)
                ++k;
        }
    }
    return true;
}

bool SitePass::writeEvents(const QString &lang, const QList<const Item *> &items)
{
    const SiteLabels site = SiteLabels::forLanguage(lang);
    const ReleaseLabels labels = ReleaseLabels::forLanguage(lang);
    struct Announced
    {
        Event event;
        const Item *item = nullptr;
    };
    QList<Announced> upcoming;
    QList<Announced> past;
    QSet<qint64> seen;
    for (const Item *item : items) {
        for (const Event &event : item->context.events) {
            if (seen.contains(event.id))
                continue;
            seen.insert(event.id);
            const QDateTime end = event.end.isValid() ? event.end : event.start;
            const bool isPast = end.isValid() && end.toUTC() < m_options.now;
            (isPast ? past : upcoming).append({ event, item });
        }
    }
    std::sort(upcoming.begin(), upcoming.end(),
        [](const Announced &a, const Announced &b) { return a.event.start < b.event.start; });
    std::sort(
        past.begin(), past.end(), [](const Announced &a, const Announced &b) { return a.event.start > b.event.start; });
    auto entries = [&](const QList<Announced> &list) {
        QList<ListEntry> result;
        for (const Announced &announced : list) {
            ListEntry entry;
            entry.title = announced.event.name;
            entry.path = announced.item->path;
            QStringList place { announced.event.city, announced.event.country };
            place.removeAll(QString());
            entry.meta = labels.eventDates(announced.event);
            if (!place.isEmpty())
                entry.meta += QStringLiteral(" · ") + place.join(QStringLiteral(", "));
            entry.summary = announced.item->release.headline;
            result.append(entry);
        }
        return result;
    };
    Frame frame;
    frame.lang = lang;
    frame.path = SiteBuilder::languageFolder(lang) + QStringLiteral("/events.html");
    frame.title = site.events();
    frame.crumbs = { { site.home(), home(lang) }, { site.events(), frame.path } };
    return writeList(frame, site.events(),
        { { site.upcoming(), entries(upcoming), site.noEvents() }, { site.past(), entries(past), site.noEvents() } });
}

bool SitePass::writeFeed(const QString &lang, const QList<const Item *> &items)
{
    const SiteLabels site = SiteLabels::forLanguage(lang);
    AtomFeed feed;
    feed.language = lang;
    feed.title = m_ours.name + QStringLiteral(" — ") + site.pressRoom();
    feed.id = absolute(home(lang));
    feed.selfUrl = absolute(feedPath(lang));
    feed.homeUrl = absolute(home(lang));
    feed.author = m_ours.name;
    feed.generator = QStringLiteral("Pressdesk");
    // The feed shows the latest releases in full: it is made again only when one of them
    // (or what is around them all) changed.
    InputKey input;
    input << m_global << lang;
    for (qsizetype i = 0; i < items.size() && i < entriesInFeed; ++i)
        input << items.at(i)->fingerprint;
    const QString inputKey = QStringLiteral("feed:") + QString::fromLatin1(input.result().toHex());
    if (m_writer.keepIfCurrent(feedPath(lang), inputKey))
        return true;
    for (qsizetype i = 0; i < items.size() && i < entriesInFeed; ++i) {
        std::optional<Item> full;
        if (items.at(i)->reused) {
            full = loadFull(items.at(i)->release.id);
            if (!full)
                return fail(m_source.errorString());
        }
        const Item &item = full ? *full : *items.at(i);
        const ReleaseParts parts = ReleaseParts::build(item.release, item.context);
        const QString path = items.at(i)->path;
        const std::string content = m_templates.render(QStringLiteral("feedentry"), releaseData(item, parts, path));
        if (content.empty())
            return fail(m_templates.errorString());
        feed.entries.append({ QStringLiteral("urn:uuid:") + item.release.uuid, item.release.headline, absolute(path),
            publishedOf(item.release), modifiedOf(item.release), summaryOf(item.release.lead),
            QString::fromStdString(content).trimmed(), item.release.tags });
    }
    if (!m_writer.writeWithSource(feedPath(lang), feed.toXml(), inputKey))
        return fail(m_writer.errorString());
    return true;
}

bool SitePass::writeLanguage(const QString &lang)
{
    QList<const Item *> items;
    for (const Item &item : m_content.items()) {
        if (item.release.language == lang)
            items.append(&item);
    }
    const SiteLabels site = SiteLabels::forLanguage(lang);
    const QString folder = SiteBuilder::languageFolder(lang);
    // Tag addresses are given in the order the releases use them (a clash takes a hash).
    for (const Item *item : std::as_const(items)) {
        for (const QString &tag : item->release.tags)
            tagPath(lang, tag);
    }
    QElapsedTimer timer;
    timer.start();
    if (!writeReleases(items))
        return false;
    qCDebug(publishTiming, "%s release pages: %lld ms", qPrintable(lang), timer.elapsed());

    // The archive by month, newest first. A month's page is keyed on its releases'
    // fingerprints: its entries are made only when the page is made again.
    std::map<int, QList<const Item *>, std::greater<>> months;
    for (const Item *item : std::as_const(items)) {
        const QDate date = item->release.releaseDate;
        months[date.year() * 100 + date.month()].append(item);
    }
    QList<ListEntry> monthEntries;
    const QLocale locale(lang);
    for (const auto &[month, members] : months) {
        const QDate first(month / 100, month % 100, 1);
        const QString name = locale.toString(first, QStringLiteral("MMMM yyyy"));
        const QString path =
            folder + QStringLiteral("/archive/") + first.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".html");
        ListEntry monthEntry;
        monthEntry.title = name;
        monthEntry.path = path;
        monthEntry.meta = QString::number(members.size());
        monthEntries.append(monthEntry);
        InputKey key;
        for (const Item *item : members)
            key << item->fingerprint;
        Frame frame;
        frame.lang = lang;
        frame.path = path;
        frame.title = name;
        frame.crumbs = { { site.home(), home(lang) },
            { site.archive(), folder + QStringLiteral("/archive/index.html") }, { name, path } };
        const bool written = writeList(frame, name, key.result(), [this, site, list = members] {
            QList<ListEntry> entries;
            entries.reserve(list.size());
            for (const Item *item : list)
                entries.append(entryFor(*item, true));
            return QList<ListSection> { { site.latest(), entries, site.noReleases() } };
        });
        if (!written)
            return false;
    }
    Frame archive;
    archive.lang = lang;
    archive.path = folder + QStringLiteral("/archive/index.html");
    archive.title = site.archive();
    archive.crumbs = { { site.home(), home(lang) }, { site.archive(), archive.path } };
    if (!writeList(archive, site.archive(), { { site.archive(), monthEntries, site.noReleases() } }))
        return false;

    // Home: the latest releases and the months.
    QList<ListEntry> latest;
    for (qsizetype i = 0; i < items.size() && i < latestOnHome; ++i)
        latest.append(entryFor(*items.at(i), true));
    Frame homeFrame;
    homeFrame.lang = lang;
    homeFrame.path = home(lang);
    homeFrame.title = site.pressRoom();
    homeFrame.description = m_ours.boilerplate;
    for (const QString &language : std::as_const(m_languages))
        homeFrame.alternates.append({ language, home(language) });
    if (homeFrame.alternates.size() < 2)
        homeFrame.alternates.clear();
    if (!items.isEmpty())
        homeFrame.lastModified = modifiedOf(items.first()->release).date();
    if (!writeList(homeFrame, site.pressRoom(),
            { { site.latest(), latest, site.noReleases() }, { site.archive(), monthEntries, site.noReleases() } },
            m_ours.name))
        return false;

    // Topics, keyed like the months.
    QMap<QString, QList<const Item *>> tagged;
    QHash<QString, QString> tagNames;
    for (const Item *item : std::as_const(items)) {
        for (const QString &tag : item->release.tags) {
            const QString lower = tag.toLower();
            tagged[lower].append(item);
            tagNames.insert(lower, tag);
        }
    }
    QList<ListEntry> tagEntries;
    for (auto it = tagged.constBegin(); it != tagged.constEnd(); ++it) {
        const QString name = tagNames.value(it.key());
        const QString path = tagPath(lang, name);
        tagEntries.append({ name, path, QString::number(it.value().size()), {}, {}, {}, false });
        InputKey key;
        for (const Item *item : it.value())
            key << item->fingerprint;
        Frame frame;
        frame.lang = lang;
        frame.path = path;
        frame.title = site.tag().arg(name);
        frame.crumbs = { { site.home(), home(lang) }, { site.tags(), folder + QStringLiteral("/tags/index.html") },
            { name, path } };
        const bool written = writeList(frame, site.tag().arg(name), key.result(), [this, site, list = it.value()] {
            QList<ListEntry> entries;
            entries.reserve(list.size());
            for (const Item *item : list)
                entries.append(entryFor(*item, false));
            return QList<ListSection> { { site.latest(), entries, site.noReleases() } };
        });
        if (!written)
            return false;
    }
    Frame tagsFrame;
    tagsFrame.lang = lang;
    tagsFrame.path = folder + QStringLiteral("/tags/index.html");
    tagsFrame.title = site.tags();
    tagsFrame.crumbs = { { site.home(), home(lang) }, { site.tags(), tagsFrame.path } };
    if (!writeList(tagsFrame, site.tags(), { { site.tags(), tagEntries, site.noReleases() } }))
        return false;

    // Speakers: everyone quoted, with the title as printed in each release.
    struct Quoted
    {
        QString name;
        QString sortName;
        QList<QPair<const Item *, QString>> entries; // release, attribution
    };
    std::map<qint64, Quoted> speakers;
    for (const Item *item : std::as_const(items)) {
        for (const Quote &quote : item->release.quotes) {
            if (quote.speakerId == 0)
                continue;
            Quoted &quoted = speakers[quote.speakerId];
            if (quoted.name.isEmpty()) {
                const Speaker speaker =
                    item->reused ? speakerOf(quote.speakerId) : item->context.speakers.value(quote.speakerId);
                quoted.name = quote.speakerName.isEmpty() ? speaker.fullName : quote.speakerName;
                quoted.sortName = speaker.sortName.isEmpty() ? quoted.name : speaker.sortName;
            }
            if (!quoted.entries.isEmpty() && quoted.entries.last().first == item)
                continue;
            quoted.entries.append({ item, quote.attribution });
        }
    }
    QList<QPair<QString, ListEntry>> speakerEntries;
    for (const auto &[id, quoted] : speakers) {
        const QString path = speakerPath(lang, id, quoted.name);
        speakerEntries.append({ quoted.sortName.toLower(),
            { quoted.name, path, QString::number(quoted.entries.size()), {}, {}, {}, false } });
        InputKey key;
        for (const auto &[item, attribution] : quoted.entries)
            key << item->fingerprint << attribution;
        Frame frame;
        frame.lang = lang;
        frame.path = path;
        frame.title = quoted.name;
        frame.crumbs = { { site.home(), home(lang) },
            { site.speakers(), folder + QStringLiteral("/speakers/index.html") }, { quoted.name, path } };
        const bool written =
            writeList(frame, quoted.name, key.result(), [this, site, name = quoted.name, list = quoted.entries] {
                QList<ListEntry> entries;
                entries.reserve(list.size());
                for (const auto &[item, attribution] : list) {
                    ListEntry entry = entryFor(*item, false);
                    if (!attribution.isEmpty())
                        entry.summary = attribution;
                    entries.append(entry);
                }
                return QList<ListSection> { { site.releasesQuoting().arg(name), entries, site.noReleases() } };
            });
        if (!written)
            return false;
    }
    std::sort(speakerEntries.begin(), speakerEntries.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    QList<ListEntry> speakerList;
    for (const auto &pair : std::as_const(speakerEntries))
        speakerList.append(pair.second);
    Frame speakersFrame;
    speakersFrame.lang = lang;
    speakersFrame.path = folder + QStringLiteral("/speakers/index.html");
    speakersFrame.title = site.speakers();
    speakersFrame.crumbs = { { site.home(), home(lang) }, { site.speakers(), speakersFrame.path } };
    if (!writeList(speakersFrame, site.speakers(), { { site.speakers(), speakerList, site.noReleases() } }))
        return false;

    return writeEvents(lang, items) && flushLists() && writeFeed(lang, items);
}

bool SitePass::writeRoot()
{
    // The calendar entries and contact cards the release pages link to.
    for (auto it = m_events.constBegin(); it != m_events.constEnd(); ++it) {
        const QList<Event> events { it.value() };
        ExportContext context = m_source.contextFor(events);
        // DTSTAMP from the event's last change, not the clock: an unchanged event is an
        // unchanged file.
        if (it.value().updatedAt.isValid())
            context.generatedAt = it.value().updatedAt.toUTC();
        if (!writeFile(eventIcsPath(it.value()), ICalendarExporter::render(events, context)))
            return false;
    }
    for (auto it = m_contacts.constBegin(); it != m_contacts.constEnd(); ++it) {
        // Only what the release prints: no notes, photo or biography.
        Speaker card;
        card.id = it.value().id;
        card.fullName = it.value().name;
        card.title = it.value().title;
        card.email = it.value().email;
        card.phone = it.value().phone;
        ExportContext context;
        context.organization = m_ours;
        if (!writeFile(contactVcfPath(it.value()), VCardExporter::render({ card }, context)))
            return false;
    }

    const QString primary = m_languages.value(0, QStringLiteral("en"));
    const SiteLabels site = SiteLabels::forLanguage(primary);
    QList<ListEntry> languages;
    for (const QString &language : std::as_const(m_languages)) {
        ListEntry entry;
        entry.title = languageName(language);
        entry.path = home(language);
        entry.lang = language;
        languages.append(entry);
    }
    Frame frame;
    frame.lang = primary;
    frame.path = QStringLiteral("index.html");
    frame.title = site.pressRoom();
    frame.description = m_ours.boilerplate;
    if (!writeList(frame, site.pressRoom(), { { site.languages(), languages, site.noReleases() } }, m_ours.name)
        || !flushLists())
        return false;

    const QByteArray css = m_templates.file(QStringLiteral("style.css"));
    if (css.isEmpty())
        return fail(m_templates.errorString());
    return writeFile(QStringLiteral("style.css"), css)
        && writeFile(QStringLiteral("robots.txt"),
            QStringLiteral("User-agent: *\nAllow: /\n\nSitemap: %1\n")
                .arg(absolute(QStringLiteral("sitemap.xml")))
                .toUtf8())
        && writeFile(QStringLiteral("sitemap.xml"), m_sitemap.toXml());
}

bool SitePass::run()
{
    QElapsedTimer timer;
    timer.start();
    auto phase = [&timer](const char *name) {
        qCDebug(publishTiming, "%s: %lld ms", name, timer.restart());
    };
    if (!m_writer.begin())
        return fail(m_writer.errorString());
    phase("manifest read");
    // The list rows of the releases that did not change since the last publish (the same row
    // stamp) are taken from its manifest; only the others are read.
    QHash<qint64, const SiteNote *> known;
    const QHash<QString, SiteNote> &notes = m_writer.previousReleases();
    known.reserve(notes.size());
    for (const SiteNote &note : notes)
        known.insert(note.row.id, &note);
    const auto knownRow = [&known](qint64 id, const QString &stamp) -> const Release * {
        const SiteNote *note = known.value(id);
        return note && note->stamp == stamp ? &note->row : nullptr;
    };
    if (!m_content.readList(m_database, m_options.now, m_options.languages, knownRow))
        return fail(m_content.errorString());
    phase("list read");
    OrganizationRepository organizations(m_database);
    m_ours = organizations.ours().value_or(Organization {});
    if (m_ours.name.isEmpty())
        m_ours.name = QCoreApplication::translate("Publish", "Press room");

    QHash<QString, int> counts;
    for (const Release &summary : m_content.summaries()) {
        ++counts[summary.language];
        if (!summary.translationGroup.isEmpty())
            m_versions[summary.translationGroup].append({ summary.language, SiteBuilder::releasePath(summary) });
    }
    m_languages = counts.keys();
    for (const QString &language : m_options.languages) {
        if (!m_languages.contains(language))
            m_languages.append(language); // an empty press room in that language
    }
    std::sort(m_languages.begin(), m_languages.end(), [&](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    if (m_languages.isEmpty())
        m_languages.append(QStringLiteral("en"));
    m_report.languages = m_languages;

    // An unchanged release is taken from the last publish's manifest instead of being read
    // and made again: that is what keeps a publish after one edit quick.
    m_global = globalFingerprint();
    phase("fingerprint");
    if (!m_content.loadItems(m_database, m_options.now, [this](const Release &summary) { return reuse(summary); }))
        return fail(m_content.errorString());
    for (Item &item : m_content.items()) {
        if (item.path.isEmpty())
            item.path = SiteBuilder::releasePath(item.release);
        if (item.fingerprint.isEmpty())
            item.fingerprint = fingerprint(item.release);
    }
    phase("releases read");

    Release letterhead;
    ExportContext context;
    context.organization = m_ours;
    const QByteArray logo = ReleaseParts::build(letterhead, context).logoPng;
    if (!logo.isEmpty()) {
        m_logoPath = QStringLiteral("logo.png");
        if (!writeFile(m_logoPath, logo))
            return false;
    }
    for (const QString &language : std::as_const(m_languages)) {
        if (!writeLanguage(language))
            return false;
        phase(qPrintable(language));
    }
    if (!writeRoot())
        return false;
    phase("root");
    if (!m_writer.finish())
        return fail(m_writer.errorString());
    phase("manifest written");
    const SiteWriter::Counts written = m_writer.counts();
    m_report.written = written.written;
    m_report.unchanged = written.unchanged;
    m_report.removed = written.removed;
    return true;
}

} // namespace

QString SiteOptions::normalizedBaseUrl() const
{
    QString url = baseUrl.trimmed();
    if (url.isEmpty())
        url = QStringLiteral("http://localhost/");
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    return url;
}

SiteBuilder::SiteBuilder(Database &database)
    : m_database(database)
{ }

QString SiteBuilder::languageFolder(const QString &language)
{
    QString folder;
    for (const QChar c : language.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            folder += c;
        else if (c == QLatin1Char('-') || c == QLatin1Char('_'))
            folder += QLatin1Char('-');
    }
    return folder.isEmpty() ? QStringLiteral("und") : folder;
}

QString SiteBuilder::releaseSlug(const Release &release)
{
    QString slug = ExportFile::slug(release.headline, 60);
    if (slug.isEmpty())
        slug = QStringLiteral("release");
    QString prefix = release.uuid;
    prefix.remove(QLatin1Char('-'));
    prefix.remove(QLatin1Char('{'));
    return slug + QLatin1Char('-') + ExportFile::slug(prefix.left(8), 8);
}

QString SiteBuilder::releasePath(const Release &release)
{
    return languageFolder(release.language) + QStringLiteral("/releases/") + releaseSlug(release)
        + QStringLiteral(".html");
}

bool SiteBuilder::publish(const SiteOptions &options)
{
    m_report = SiteReport {};
    m_error.clear();
    SitePass pass(m_database, options, m_report, m_error);
    return pass.run();
}

} // namespace pressdesk
