#pragma once

#include <QString>

namespace pressdesk {

class Database;

// The built-in fictional newsroom (resources/demo/newsroom.json): our regional office, its
// partners, speakers, three events and releases in every status. Added at most once per
// database file.
class DemoNewsroom final
{
public:
    enum class Result { Added, AlreadyPresent, Failed };

    explicit DemoNewsroom(Database &database);
    Result install();
    QString errorString() const { return m_error; }

private:
    Database &m_database;
    QString m_error;
};

} // namespace pressdesk
