#pragma once

#include "domain/organization.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace pressdesk {

class OrganizationRepository final : public Repository
{
public:
    explicit OrganizationRepository(Database &database);

    std::optional<Organization> load(qint64 id);
    // Ours: the letterhead, boilerplate and media contacts of new releases.
    std::optional<Organization> ours();
    std::optional<qint64> findByName(const QString &name);
    QList<Organization> list(int limit = -1);
    // Inserts when id is 0, updates otherwise; refuses invalid values. Marking one
    // organization as ours unmarks the others.
    bool save(Organization &organization);

protected:
    QString usedBy(qint64 id) override;

private:
    Organization fromRow(const Query &query) const;
};

} // namespace pressdesk
