// brat standoff annotation types and how they map to Entente: the entity types Entente writes, the
// annotation.conf that declares them, and the editable mapping an import reads other projects'
// types through ("PER = actor:person", "GPE = actor:state", "TIMEX3 = date").
#pragma once

#include "types.h"

#include <optional>

namespace Entente::Exchange::Brat {

enum class Target { Ignore, Person, Organisation, State, Meeting, Issue, Date };

QString targetName(Target target); // "actor:person", "meeting", "ignore", ...
std::optional<Target> targetFromName(QStringView name);
QList<Target> targets();

// The types Entente writes.
QString entityType(ActorKind kind); // Person, Organisation, State
inline constexpr QStringView meetingType = u"Meeting";
inline constexpr QStringView issueType = u"Issue";
inline constexpr QStringView dateType = u"Date";
// An entity over the article's first words that carries the article record and the records no mark
// names (as notes); an import never turns it into a mark.
inline constexpr QStringView articleType = u"Article";
// Normalisation databases of N lines: record ids and date values.
inline constexpr QStringView recordDb = u"Entente";
inline constexpr QStringView dateDb = u"Date";
// Notes (AnnotatorNotes) that carry Entente records and anchors start with this.
inline constexpr QStringView notePrefix = u"entente: ";

// The annotation.conf of an export: entities, the Meeting event, the Discusses relation and the
// status attributes.
QByteArray annotationConf();

class TypeMap
{
public:
    // Entente's own types and the usual ones of NER and event corpora (PER, ORG, GPE, DATE, ...).
    static TypeMap defaults();
    // "Type = target" lines; '#' starts a comment. Bad lines are reported (file:line) and skipped.
    static TypeMap parse(const QString& text, const QString& fileName, QList<Diagnostic>* problems);
    QString toText() const;

    // Matching ignores case; nullopt for a type the map does not name.
    std::optional<Target> target(const QString& type) const;
    void set(const QString& type, Target target);
    QList<std::pair<QString, Target>> entries() const { return m_entries; }

private:
    QList<std::pair<QString, Target>> m_entries;
};

} // namespace Entente::Exchange::Brat
