#pragma once

#include <QPushButton>

namespace pressdesk {

class Database;

// Below the navigation: "For My Review (N)", the releases in review that this person is asked
// to review (TeamRepository::requestReview). Counted again whenever releases change; hidden
// while there are none. Clicking it shows them in the release list (reviewer: filter).
class ReviewQueueButton final : public QPushButton
{
    Q_OBJECT

public:
    explicit ReviewQueueButton(Database &database, QWidget *parent = nullptr);

    int count() const { return m_count; }
    void recount();
    // The release list's search for these releases: status:in_review reviewer:NAME.
    QString searchText() const;

private:
    Database &m_database;
    QString m_person;
    int m_count = 0;
};

} // namespace pressdesk
