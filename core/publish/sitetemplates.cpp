#include "sitetemplates.h"

#include <QCoreApplication>
#include <QFile>

namespace pressdesk {

SiteTemplates::SiteTemplates(QString overrideFolder)
    : m_overrideFolder(std::move(overrideFolder))
{ }

QString SiteTemplates::pathOf(const QString &name) const
{
    if (!m_overrideFolder.isEmpty()) {
        const QString own = m_overrideFolder + QLatin1Char('/') + name;
        if (QFile::exists(own))
            return own;
    }
    return builtInFolder() + QLatin1Char('/') + name;
}

QByteArray SiteTemplates::file(const QString &name)
{
    QFile file(pathOf(name));
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("Publish", "Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return {};
    }
    return file.readAll();
}

std::string SiteTemplates::render(const QString &name, const kainjow::mustache::data &data)
{
    auto found = m_parsed.find(name);
    if (found == m_parsed.end()) {
        const QString fileName = name + QStringLiteral(".mustache");
        const QByteArray text = file(fileName);
        if (text.isEmpty())
            return {};
        auto engine = std::make_unique<kainjow::mustache::mustache>(text.toStdString());
        if (!engine->is_valid()) {
            m_error = QCoreApplication::translate("Publish", "The template %1 is not valid Mustache: %2")
                          .arg(pathOf(fileName), QString::fromStdString(engine->error_message()));
            return {};
        }
        found = m_parsed.emplace(name, std::move(engine)).first;
    }
    kainjow::mustache::mustache &engine = *found->second;
    std::string text = engine.render(data);
    if (!engine.is_valid()) {
        m_error = QString::fromStdString(engine.error_message());
        return {};
    }
    return text;
}

} // namespace pressdesk
