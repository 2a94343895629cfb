#pragma once

#include "domain/event.h"
#include "repository.h"

#include <QList>

#include <optional>

namespace pressdesk {

class EventRepository final : public Repository
{
public:
    explicit EventRepository(Database &database);

    std::optional<Event> load(qint64 id);
    QList<Event> list(int limit = -1);
    // Inserts when id is 0, updates otherwise (row, organizations, speakers); refuses
    // invalid values.
    bool save(Event &event);

protected:
    QString usedBy(qint64 id) override;
    void afterLifecycleChange(qint64 id) override;

private:
    Event fromRow(const Query &query) const;
    void loadLinks(Event &event);
};

} // namespace pressdesk
