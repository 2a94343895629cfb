#pragma once

#include "domain/speaker.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace pressdesk {

class SpeakerRepository final : public Repository
{
public:
    explicit SpeakerRepository(Database &database);

    std::optional<Speaker> load(qint64 id);
    QList<Speaker> list(int limit = -1);
    // Inserts when id is 0, updates otherwise; refuses invalid values. A changed name is
    // re-indexed in every release that quotes the speaker, in the same transaction.
    bool save(Speaker &speaker);

protected:
    QString usedBy(qint64 id) override;
    void afterLifecycleChange(qint64 id) override;

private:
    Speaker fromRow(const Query &query) const;
};

} // namespace pressdesk
