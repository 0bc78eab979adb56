#include "brattypes.h"

#include <QCoreApplication>

namespace Entente::Exchange::Brat {

namespace {

// Translated strings of this file (lupdate reads the context from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Exchange::Brat)
};

} // namespace

QList<Target> targets()
{
    return { Target::Person, Target::Organisation, Target::State, Target::Meeting,
             Target::Issue,  Target::Date,         Target::Ignore };
}

QString targetName(Target target)
{
    switch (target) {
    case Target::Ignore:
        return QStringLiteral("ignore");
    case Target::Person:
        return QStringLiteral("actor:person");
    case Target::Organisation:
        return QStringLiteral("actor:organisation");
    case Target::State:
        return QStringLiteral("actor:state");
    case Target::Meeting:
        return QStringLiteral("meeting");
    case Target::Issue:
        return QStringLiteral("issue");
    case Target::Date:
        return QStringLiteral("date");
    }
    return {};
}

std::optional<Target> targetFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"actor:organization")
        return Target::Organisation;
    for (Target target : targets()) {
        if (targetName(target) == lower)
            return target;
    }
    return std::nullopt;
}

QString entityType(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Person:
        return QStringLiteral("Person");
    case ActorKind::Organisation:
        return QStringLiteral("Organisation");
    case ActorKind::State:
        return QStringLiteral("State");
    }
    return {};
}

QByteArray annotationConf()
{
    return QByteArrayLiteral(
        "# Written by Entente: the types of its brat standoff export (docs/data-formats.md).\n"
        "[entities]\n"
        "Person\n"
        "Organisation\n"
        "State\n"
        "Issue\n"
        "Date\n"
        "Article\n"
        "\n"
        "[relations]\n"
        "Discusses\tArg1:Meeting, Arg2:Issue\n"
        "\n"
        "[events]\n"
        "Meeting\tParticipant*:Person|Organisation|State, Date?:Date\n"
        "\n"
        "[attributes]\n"
        "Status\tArg:Meeting, Value:planned|held|cancelled|failed\n"
        "IssueStatus\tArg:Issue, Value:open|in-dialogue|stalled|escalating|resolved\n");
}

TypeMap TypeMap::defaults()
{
    TypeMap map;
    const auto add = [&map](std::initializer_list<const char16_t*> types, Target target) {
        for (const char16_t* type : types)
            map.m_entries.append({ QString::fromUtf16(type), target });
    };
    // Matching ignores case: "PERSON" is "Person", "DATE" is "Date".
    add({ u"Person", u"PER" }, Target::Person);
    add({ u"Organisation", u"Organization", u"ORG" }, Target::Organisation);
    add({ u"State", u"GPE", u"Country" }, Target::State);
    add({ u"Meeting", u"Meet", u"Contact:Meet", u"Contact-Meet" }, Target::Meeting);
    add({ u"Issue", u"Topic" }, Target::Issue);
    add({ u"Date", u"TIME", u"Timex", u"TIMEX3" }, Target::Date);
    add({ u"Article", u"LOC", u"Location" }, Target::Ignore);
    return map;
}

TypeMap TypeMap::parse(const QString& text, const QString& fileName, QList<Diagnostic>* problems)
{
    TypeMap map;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString type = eq < 0 ? QString() : line.first(eq).trimmed();
        const std::optional<Target> target
            = eq < 0 ? std::nullopt : targetFromName(QStringView(line).sliced(eq + 1));
        if (type.isEmpty() || type.contains(u' ') || !target) {
            problems->append({ fileName, int(i + 1), 1, Severity::Error,
                               Text::tr("expected 'brat type = %1'")
                                   .arg(QStringLiteral("actor:person|actor:organisation|actor:state|"
                                                       "meeting|issue|date|ignore")) });
            continue;
        }
        map.set(type, *target);
    }
    return map;
}

QString TypeMap::toText() const
{
    QString text = QStringLiteral(
        "# brat type = actor:person | actor:organisation | actor:state | meeting | issue | date | ignore\n");
    for (const auto& [type, target] : m_entries)
        text += type + QStringLiteral(" = ") + targetName(target) + u'\n';
    return text;
}

std::optional<Target> TypeMap::target(const QString& type) const
{
    for (const auto& [name, target] : m_entries) {
        if (name.compare(type, Qt::CaseInsensitive) == 0)
            return target;
    }
    return std::nullopt;
}

void TypeMap::set(const QString& type, Target target)
{
    for (auto& entry : m_entries) {
        if (entry.first.compare(type, Qt::CaseInsensitive) == 0) {
            entry.second = target;
            return;
        }
    }
    m_entries.append({ type, target });
}

} // namespace Entente::Exchange::Brat
