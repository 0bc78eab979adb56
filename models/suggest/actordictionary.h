// Actor dictionaries of the event-data field, in the PETRARCH/Phoenix (TABARI) format the analyst
// may already have: an entry's name in capitals with '_' between words, '+' lines for other names,
// and CAMEO codes, dated when a role held for a while ("[USAGOV 090120-170120]", "[USAELI >170120]").
// Recognised actors get the side and role their codes give on the article's date.
#pragma once

#include "phrasetable.h"
#include "types.h"

#include <QDate>
#include <memory>

namespace Entente::Suggest {

class ActorDictionary
{
public:
    struct Code
    {
        QString code; // "USAGOV", "IGOUNO"
        QDate from; // invalid: since always
        QDate until; // invalid: still
    };
    struct Entry
    {
        QString name; // "Barack Obama", from "BARACK_OBAMA"
        ActorKind kind = ActorKind::Person;
        QList<Code> codes;
        int line = 0;
    };

    // Reads a dictionary file once per process (later calls share it); null with *error when it
    // cannot be read or holds no entry.
    static std::shared_ptr<const ActorDictionary> load(const QString& path, QString* error);
    static std::shared_ptr<const ActorDictionary> parse(QStringView text, const QString& name);

    QString name() const { return m_name; } // the file's name, for reasons ("Phoenix.Countries.actors.txt")
    qsizetype size() const { return m_entries.size(); }
    const Entry& entry(int index) const { return m_entries[index]; }
    // Names and other names of every entry; payload: the entry.
    const PhraseTable& names() const { return m_names; }

    // The code valid on `date` (a dated one over an undated one); empty when none.
    static QString codeOn(const Entry& entry, QDate date);
    // The side ("USA", a state's label) and role ("Government") a code says.
    static QString sideOf(const QString& code);
    static QString roleOf(const QString& code);

private:
    QString m_name;
    QList<Entry> m_entries;
    PhraseTable m_names;
};

} // namespace Entente::Suggest
