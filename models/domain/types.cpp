#include "types.h"

namespace Entente {

namespace {

template<typename Enum, std::size_t N>
bool lookup(QStringView text, const std::array<QStringView, N>& names, Enum* value)
{
    for (std::size_t i = 0; i < N; ++i) { // the usual, exact spelling first: this runs once per mark
        if (text == names[i]) {
            *value = Enum(i);
            return true;
        }
    }
    for (std::size_t i = 0; i < N; ++i) {
        if (text.compare(names[i], Qt::CaseInsensitive) == 0) {
            *value = Enum(i);
            return true;
        }
    }
    return false;
}

// Index = enum value; these are the file format's words, never translated.
constexpr std::array<QStringView, 3> actorKinds { u"person", u"organisation", u"state" };
constexpr std::array<QStringView, 4> meetingStatuses { u"planned", u"held", u"cancelled", u"failed" };
constexpr std::array<QStringView, 5> issueStatuses { u"open", u"in-dialogue", u"stalled", u"escalating", u"resolved" };
constexpr std::array<QStringView, 4> markKinds { u"actor", u"meeting", u"issue", u"date" };

} // namespace

QString toString(ActorKind kind)
{
    return actorKinds[std::size_t(kind)].toString();
}

QString toString(MeetingStatus status)
{
    return meetingStatuses[std::size_t(status)].toString();
}

QString toString(IssueStatus status)
{
    return issueStatuses[std::size_t(status)].toString();
}

QString toString(MarkKind kind)
{
    return markKinds[std::size_t(kind)].toString();
}

bool fromString(QStringView text, ActorKind* kind)
{
    if (text.compare(u"organization", Qt::CaseInsensitive) == 0) {
        *kind = ActorKind::Organisation;
        return true;
    }
    return lookup(text, actorKinds, kind);
}

bool fromString(QStringView text, MeetingStatus* status)
{
    if (text.compare(u"canceled", Qt::CaseInsensitive) == 0) {
        *status = MeetingStatus::Cancelled;
        return true;
    }
    return lookup(text, meetingStatuses, status);
}

bool fromString(QStringView text, IssueStatus* status)
{
    return lookup(text, issueStatuses, status);
}

bool fromString(QStringView text, MarkKind* kind)
{
    return lookup(text, markKinds, kind);
}

bool isValidId(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t u = id[i].unicode();
        if (u < 128) { // ids are almost always ASCII: skip the Unicode tables
            if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
                    || u == u'_' || u == u'.'))
                return false;
        } else if (QChar::isHighSurrogate(u) && i + 1 < id.size() && id[i + 1].isLowSurrogate()) {
            // letters beyond the first plane (CJK extensions, historic scripts) are letters too
            if (!QChar::isLetterOrNumber(QChar::surrogateToUcs4(u, id[i + 1].unicode())))
                return false;
            ++i;
        } else if (!QChar::isLetterOrNumber(char32_t(u))) {
            return false;
        }
    }
    return true;
}

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    if (line <= 0) // the whole file: unreadable, missing, not text
        return QStringLiteral("%1: %2: %3").arg(file, kind, message);
    return QStringLiteral("%1:%2:%3: %4: %5").arg(file).arg(line).arg(column).arg(kind, message);
}

} // namespace Entente
