#include "actormatch.h"

#include <QCoreApplication>
#include <algorithm>

namespace Entente::Duplicates {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Duplicates)
};

struct FormMatch
{
    double score = 0;
    NameEvidence evidence = NameEvidence::None;
    bool conflict = false; // the same family name with given names that cannot be one person's
};

QStringList sorted(QStringList parts)
{
    parts.sort();
    return parts;
}

bool initialFits(const QString& a, const QString& b)
{
    return (a.size() == 1 && b.startsWith(a)) || (b.size() == 1 && a.startsWith(b));
}

// Whether every part of shorter is found in longer, in order (equal, or an initial that fits).
// usedInitial tells whether an initial was needed.
bool fitsInOrder(const QStringList& shorter, const QStringList& longer, bool* usedInitial)
{
    qsizetype next = 0;
    for (const QString& part : shorter) {
        bool found = false;
        for (; next < longer.size() && !found; ++next) {
            if (longer.at(next) == part) {
                found = true;
            } else if (initialFits(part, longer.at(next))) {
                found = true;
                *usedInitial = true;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool containsRun(const QStringList& longer, const QStringList& shorter)
{
    for (qsizetype i = 0; i + shorter.size() <= longer.size(); ++i) {
        if (std::equal(shorter.begin(), shorter.end(), longer.begin() + i))
            return true;
    }
    return false;
}

FormMatch sameParts(const Names::NameForm& a, const Names::NameForm& b, double exact)
{
    if (a.spelled != b.spelled)
        return { exact - 0.07, NameEvidence::Variant, false };
    if (!a.fromId && !b.fromId && a.text.trimmed().compare(b.text.trimmed(), Qt::CaseInsensitive) == 0)
        return { exact, NameEvidence::SameName, false };
    return { exact - 0.03, NameEvidence::SameNormalised, false };
}

FormMatch comparePeople(const Names::NameForm& a, const Names::NameForm& b)
{
    const QStringList& pa = a.parts;
    const QStringList& pb = b.parts;
    if (pa.size() == 1 && pb.size() == 1)
        return pa == pb ? sameParts(a, b, 0.8) : FormMatch {};
    if (pa.size() == 1 || pb.size() == 1) {
        const QString& single = pa.size() == 1 ? pa.first() : pb.first();
        const QStringList& full = pa.size() == 1 ? pb : pa;
        if (single == full.last())
            return { 0.55, NameEvidence::FamilyName, false };
        if (single == full.first())
            return { 0.4, NameEvidence::FirstPart, false };
        return {};
    }
    if (pa == pb)
        return sameParts(a, b, 1.0);
    if (sorted(pa) == sorted(pb))
        return { 0.85, NameEvidence::Reordered, false };
    const QStringList& shorter = pa.size() <= pb.size() ? pa : pb;
    const QStringList& longer = pa.size() <= pb.size() ? pb : pa;
    bool usedInitial = false;
    if (pa.last() == pb.last()) {
        if (fitsInOrder(shorter.mid(0, shorter.size() - 1), longer.mid(0, longer.size() - 1), &usedInitial))
            return usedInitial ? FormMatch { 0.72, NameEvidence::Initial, false }
                               : FormMatch { 0.85, NameEvidence::MoreParts, false };
        return { 0, NameEvidence::None, true };
    }
    // "Mohammed bin Salman" within "Mohammed bin Salman Al Saud".
    if (shorter.size() >= 2 && containsRun(longer, shorter))
        return { 0.7, NameEvidence::MoreParts, false };
    return {};
}

// "Boeing and Lockheed Martin", "Launch Systems, Launch Services and Delta": several organisations,
// none of which is the whole.
bool namesSeveral(const Names::NameForm& form)
{
    const QString text = u' ' + Names::fold(form.text) + u' ';
    return text.contains(u" and ") || form.text.contains(u'&') || form.text.contains(u',');
}

FormMatch compareOrganisations(const Names::NameForm& a, const Names::NameForm& b)
{
    const QStringList& pa = a.parts;
    const QStringList& pb = b.parts;
    if (pa == pb)
        return sameParts(a, b, 1.0);
    if (pa.size() > 1 && sorted(pa) == sorted(pb))
        return { 0.85, NameEvidence::Reordered, false };
    const bool aShorter = pa.size() <= pb.size();
    const QStringList& shorter = aShorter ? pa : pb;
    const QStringList& longer = aShorter ? pb : pa;
    if (shorter.size() == 1 && shorter.first().size() >= 2 && shorter.first() == Names::initials(longer))
        return { 0.8, NameEvidence::Initials, false };
    if (namesSeveral(aShorter ? b : a))
        return {};
    // A name within a longer one is weak evidence: "China Eastern" is China Eastern Airlines, but the
    // Air Force is not always the Royal Air Force, and Apple is not Apple Corps.
    if (shorter.size() >= 2 && containsRun(longer, shorter))
        return { 0.6, NameEvidence::PartOf, false };
    if (shorter.size() == 1 && (shorter.first() == longer.first() || shorter.first() == longer.last()))
        return { 0.45, NameEvidence::PartOf, false };
    return {};
}

QString shown(const Names::NameForm& form)
{
    return form.fromId ? Text::tr("the id %1").arg(form.text) : Text::tr("“%1”").arg(form.text.trimmed());
}

} // namespace

QList<ActorProfile> actorProfiles(const Corpus& corpus, const std::function<bool()>& cancelled,
                                  const Names::Tables& tables)
{
    // What every definition adds to its actor. Definitions are read article by article, in memory
    // order, and one that repeats the actor's previous definition (most do) only adds its article.
    struct Gathered
    {
        QStringList texts;
        QSet<QString> seen;
        QSet<QString> sides;
        QSet<QString> roles;
        const Actor* last = nullptr;
    };
    QList<ActorProfile> profiles(corpus.actors.size());
    QList<Gathered> gathered(corpus.actors.size());
    for (int document = 0; document < corpus.documents.size(); ++document) {
        if (document % 256 == 0 && cancelled && cancelled())
            return {};
        for (const Actor& definition : corpus.documents.at(document).actors) {
            const int row = corpus.actorRows.value(definition.id, -1);
            if (row < 0)
                continue;
            QList<int>& documents = profiles[row].documents;
            if (documents.isEmpty() || documents.constLast() != document)
                documents.append(document);
            Gathered& g = gathered[row];
            if (g.last && g.last->name == definition.name && g.last->aliases == definition.aliases
                && g.last->side == definition.side && g.last->role == definition.role)
                continue;
            g.last = &definition;
            for (const QString& text : QStringList { definition.name } + definition.aliases) {
                if (!g.seen.contains(text)) {
                    g.seen.insert(text);
                    if (!text.trimmed().isEmpty())
                        g.texts.append(text);
                }
            }
            if (!definition.side.trimmed().isEmpty())
                g.sides.insert(definition.side);
            if (!definition.role.trimmed().isEmpty())
                g.roles.insert(definition.role);
        }
    }
    for (int row = 0; row < profiles.size(); ++row) {
        const Actor& actor = corpus.actors.at(row);
        ActorProfile& profile = profiles[row];
        Gathered& g = gathered[row];
        profile.row = row;
        profile.id = actor.id;
        profile.name = actor.name;
        profile.kind = actor.kind;
        profile.side = actor.side.trimmed();
        profile.meetings = corpus.meetingCount(actor.id);
        if (g.texts.isEmpty() && !actor.name.trimmed().isEmpty())
            g.texts.append(actor.name);
        for (const QString& side : std::as_const(g.sides)) {
            profile.sides.insert(Names::fold(side));
            if (profile.side.isEmpty())
                profile.side = side.trimmed();
        }
        for (const QString& role : std::as_const(g.roles))
            profile.roles.insert(Names::fold(role));
        QSet<QString> keys;
        const auto addForm = [&](Names::NameForm form) {
            if (!form.isEmpty() && !keys.contains(form.key())) {
                keys.insert(form.key());
                profile.forms.append(std::move(form));
            }
        };
        const bool person = actor.kind == ActorKind::Person;
        for (const QString& text : std::as_const(g.texts))
            addForm(person ? Names::personName(text, tables) : Names::organisationName(text, tables));
        const QString idText = Names::textFromId(actor.id);
        if (!idText.isEmpty()) {
            Names::NameForm form
                = person ? Names::personName(idText, tables) : Names::organisationName(idText, tables);
            form.text = actor.id;
            form.fromId = true;
            addForm(std::move(form));
        }
        g = {};
    }
    return profiles;
}

ActorMatch compareActors(const ActorProfile& a, const ActorProfile& b)
{
    ActorMatch match;
    if (a.isPerson() != b.isPerson()) {
        match.different = true;
        return match;
    }
    if (!a.sides.isEmpty() && !b.sides.isEmpty()) {
        match.sameSide = a.sides.intersects(b.sides);
        if (!match.sameSide) {
            match.different = true;
            return match;
        }
    }
    FormMatch best;
    for (qsizetype i = 0; i < a.forms.size(); ++i) {
        for (qsizetype j = 0; j < b.forms.size(); ++j) {
            const FormMatch m = a.isPerson() ? comparePeople(a.forms.at(i), b.forms.at(j))
                                             : compareOrganisations(a.forms.at(i), b.forms.at(j));
            // Ids are often shortened ("mbar-al-thani"): only names written out tell people apart.
            if (m.conflict && !a.forms.at(i).fromId && !b.forms.at(j).fromId) {
                match.different = true;
                return match;
            }
            if (m.score > best.score) {
                best = m;
                match.formA = int(i);
                match.formB = int(j);
            }
        }
    }
    if (best.score <= 0)
        return match;
    match.evidence = best.evidence;
    double score = best.score;
    if (match.sameSide)
        score += 0.05;
    // "Blinken", Secretary of State, is more likely Antony Blinken, Secretary of State.
    if (best.evidence == NameEvidence::FamilyName && a.roles.intersects(b.roles))
        score += 0.1;
    if (a.kind != b.kind)
        score *= 0.85; // an organisation and a state of one name
    match.score = std::min(1.0, score);
    return match;
}

QString describe(const ActorMatch& match, const ActorProfile& a, const ActorProfile& b)
{
    if (match.formA < 0 || match.formB < 0)
        return {};
    const Names::NameForm& fa = a.forms.at(match.formA);
    const Names::NameForm& fb = b.forms.at(match.formB);
    // Single-part and shorter forms read first: "“Blinken” is the family name of “Antony Blinken”".
    const bool aShorter = fa.parts.size() <= fb.parts.size();
    const Names::NameForm& shorter = aShorter ? fa : fb;
    const Names::NameForm& longer = aShorter ? fb : fa;
    QString reason;
    switch (match.evidence) {
    case NameEvidence::SameName:
        reason = Text::tr("Both are named %1").arg(shown(fa));
        break;
    case NameEvidence::SameNormalised:
        reason
            = Text::tr("%1 and %2 are the same name once case, accents, punctuation and titles are set aside")
                  .arg(shown(fa), shown(fb));
        break;
    case NameEvidence::Variant: {
        QString from;
        QString to;
        for (qsizetype i = 0; i < std::min(fa.spelled.size(), fb.spelled.size()) && from.isEmpty(); ++i) {
            if (fa.spelled.at(i) != fb.spelled.at(i)) {
                from = fa.spelled.at(i);
                to = fb.spelled.at(i);
            }
        }
        const auto capitalised = [](QString part) {
            if (!part.isEmpty())
                part[0] = part.at(0).toUpper();
            return part;
        };
        reason = Text::tr("%1 and %2 are the same name: “%3” and “%4” are forms of one name")
                     .arg(shown(fa), shown(fb), capitalised(from), capitalised(to));
        break;
    }
    case NameEvidence::Reordered:
        reason = Text::tr("%1 and %2 have the same name parts in another order").arg(shown(fa), shown(fb));
        break;
    case NameEvidence::MoreParts:
        reason = Text::tr("%1 has every part of %2 and more").arg(shown(longer), shown(shorter));
        break;
    case NameEvidence::Initial:
        reason
            = Text::tr("%1 and %2 have the same family name, and the initials fit").arg(shown(fa), shown(fb));
        break;
    case NameEvidence::Initials:
        reason = Text::tr("%1 is the initials of %2").arg(shown(shorter), shown(longer));
        break;
    case NameEvidence::PartOf:
        reason = Text::tr("%1 is part of %2").arg(shown(shorter), shown(longer));
        break;
    case NameEvidence::FamilyName:
        reason = Text::tr("%1 is the family name of %2").arg(shown(shorter), shown(longer));
        break;
    case NameEvidence::FirstPart:
        reason = Text::tr("%1 is the first part of %2").arg(shown(shorter), shown(longer));
        break;
    case NameEvidence::None:
        return {};
    }
    if (match.sameSide)
        reason = Text::tr("%1; both %2").arg(reason, a.side.isEmpty() ? b.side : a.side);
    return reason;
}

} // namespace Entente::Duplicates
