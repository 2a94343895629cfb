#include "releaseplan.h"

namespace pressdesk {

void ReleasePlan::assign(qsizetype index, Field field)
{
    if (index < 0 || index >= items.size())
        return;
    Item &item = items[index];
    if (item.field != field)
        item.text = item.block.text;
    item.field = field;
    item.manual = true;
    item.confidence = 1.0;
}

double ReleasePlan::confidence(Field field) const
{
    double lowest = -1.0;
    for (const Item &item : items) {
        if (item.field == field)
            lowest = lowest < 0 ? item.confidence : qMin(lowest, item.confidence);
    }
    return lowest;
}

QString ReleasePlan::key(Field field)
{
    switch (field) {
    case Field::Headline:
        return QStringLiteral("headline");
    case Field::Subheadline:
        return QStringLiteral("subheadline");
    case Field::Lead:
        return QStringLiteral("lead");
    case Field::Body:
        return QStringLiteral("body");
    case Field::Quote:
        return QStringLiteral("quote");
    case Field::Notes:
        return QStringLiteral("notes");
    case Field::Boilerplate:
        return QStringLiteral("boilerplate");
    case Field::Ignored:
        break;
    }
    return QStringLiteral("ignored");
}

} // namespace pressdesk
