#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pressdesk {

// The people a release introduces in its prose, with the title printed beside them:
//   "Meleane Tupou, Director of the Pacific Disaster Office, welcomed …"   (name, title)
//   "The Minister of Health of Panama, Roberto Chen, said …"                (title, name)
//   "… library president Maria Castellano announced today."                 (title name)
//   "De acordo com a coordenadora do observatório, professora Beatriz Lins, …"
// and who was mentioned last, so that a later "Okafor said", "she said", "agregó" or "the
// minister added" can be resolved to the person meant.
class PeopleIndex final
{
public:
    struct Person
    {
        QString name;
        QString title; // as printed, without its article
    };

    // Reads the introductions in a passage, in order; later passages come after it.
    void scan(const QString &text);
    // Records that a person was named (by an attribution); keeps a title already known
    // when none is given. Returns the person as the index now has them.
    Person mention(const QString &name, const QString &title);
    // A surname ("Okafor"), a title ("the minister") or, with pronoun set, the last person mentioned.
    std::optional<Person> resolve(const QString &reference, bool pronoun) const;
    std::optional<Person> find(const QString &name) const;
    const QList<Person> &people() const { return m_people; }

    // Whether words name a function: minister, directora, président, coordenadora, …
    static bool hasTitleWord(const QString &text);
    // "Dr. Jean-Paul Habimana" → "Jean-Paul Habimana".
    static QString withoutHonorific(const QString &name);
    // "the alliance's country director" → "alliance's country director".
    static QString withoutArticle(const QString &title);

private:
    QList<Person> m_people;
    qsizetype m_last = -1;
};

} // namespace pressdesk
