#include "learnedlexicon.h"

#include "ids.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

const QString header = u"# Entente lexicon: what the pre-tagger learned from the tagging in this folder. The next suggestion\n"
                       "# run reads it. Edit, add or delete lines freely: deleting a line forgets it. Columns are\n"
                       "# separated by tabs:\n"
                       "#   actor <TAB> name <TAB> kind <TAB> side <TAB> role <TAB> aliases (comma-separated) <TAB> id\n"
                       "#   cue <TAB> meeting phrasing <TAB> status <TAB> kind\n"
                       "#   reject <TAB> mark kind <TAB> words <TAB> record id (never suggested so again; no id: as any)"_s;

QString field(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text.trimmed();
}

} // namespace

LearnedLexicon LearnedLexicon::read(const QString& path, QStringList* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LearnedLexicon empty;
        empty.m_path = path;
        return empty;
    }
    return parse(QString::fromUtf8(file.readAll()), path, problems);
}

LearnedLexicon LearnedLexicon::parse(QStringView text, const QString& path, QStringList* problems)
{
    LearnedLexicon lexicon;
    lexicon.m_path = path;
    for (QStringView line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        lexicon.m_lines.append(line.toString());
    }
    while (!lexicon.m_lines.isEmpty() && lexicon.m_lines.constLast().isEmpty())
        lexicon.m_lines.removeLast();
    lexicon.reparse();
    if (problems) {
        for (int k = 0; k < lexicon.m_lines.size(); ++k) {
            const QString& line = lexicon.m_lines[k];
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString type = line.section(u'\t', 0, 0);
            if (type != u"actor" && type != u"cue" && type != u"reject")
                problems->append(u"%1:%2: not an actor, cue or reject line; kept as it is"_s.arg(path).arg(k + 1));
        }
    }
    return lexicon;
}

void LearnedLexicon::reparse()
{
    m_actors.clear();
    m_cues.clear();
    m_rejections.clear();
    m_rejectionLines.clear();
    for (int k = 0; k < m_lines.size(); ++k) {
        const QStringList columns = m_lines[k].split(u'\t');
        const QString type = columns.value(0).trimmed();
        if (type == u"actor" && columns.size() >= 2 && !columns[1].trimmed().isEmpty()) {
            Actor actor;
            actor.name = columns[1].trimmed();
            if (!fromString(columns.value(2).trimmed(), &actor.kind))
                actor.kind = ActorKind::Person;
            actor.side = columns.value(3).trimmed();
            actor.role = columns.value(4).trimmed();
            for (const QString& alias : columns.value(5).split(u',', Qt::SkipEmptyParts))
                actor.aliases.append(alias.trimmed());
            actor.id = columns.value(6).trimmed();
            if (!isValidId(actor.id))
                actor.id = idFromText(actor.name);
            m_actors.append({ actor, k + 1 });
        } else if (type == u"cue" && columns.size() >= 2 && !columns[1].trimmed().isEmpty()) {
            CueEntry cue;
            cue.phrase = columns[1].trimmed();
            if (!fromString(columns.value(2).trimmed(), &cue.status))
                cue.status = MeetingStatus::Held;
            cue.kind = columns.value(3).trimmed().isEmpty() ? u"talks"_s : columns.value(3).trimmed();
            cue.line = k + 1;
            m_cues.append(cue);
        } else if (type == u"reject" && columns.size() >= 3) {
            MarkKind kind;
            if (fromString(columns[1].trimmed(), &kind)) {
                m_rejections.append(rejectionKey(kind, columns[2].trimmed(), columns.value(3).trimmed()));
                m_rejectionLines.append(k + 1);
            }
        }
    }
}

QString LearnedLexicon::rejectionKey(MarkKind kind, QStringView words, QStringView ref)
{
    return toString(kind) + u'|' + words.toString().simplified().toLower() + u'|' + ref.toString();
}

QString LearnedLexicon::toText() const
{
    QString text;
    for (const QString& line : m_lines)
        text += line + u'\n';
    return text;
}

bool LearnedLexicon::write(QString* error) const
{
    QSaveFile file(m_path);
    const QByteArray bytes = toText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool LearnedLexicon::isRejected(MarkKind kind, QStringView words, QStringView ref) const
{
    if (m_rejections.isEmpty())
        return false;
    return m_rejections.contains(rejectionKey(kind, words, {})) || (!ref.isEmpty() && m_rejections.contains(rejectionKey(kind, words, ref)));
}

int LearnedLexicon::lineOfActor(const QString& id) const
{
    for (const ActorEntry& entry : m_actors) {
        if (entry.actor.id == id)
            return entry.line - 1;
    }
    return -1;
}

bool LearnedLexicon::learnActor(const Actor& actor)
{
    if (actor.name.trimmed().isEmpty() || !isValidId(actor.id))
        return false;
    const QString line = u"actor\t"_s + field(actor.name) + u'\t' + toString(actor.kind) + u'\t' + field(actor.side) + u'\t'
        + field(actor.role) + u'\t' + field(actor.aliases.join(u',')) + u'\t' + actor.id;
    const int existing = lineOfActor(actor.id);
    if (existing >= 0) {
        if (m_lines[existing] == line)
            return false;
        m_lines[existing] = line;
    } else {
        if (m_lines.isEmpty())
            m_lines = header.split(u'\n');
        m_lines.append(line);
    }
    reparse();
    return true;
}

bool LearnedLexicon::forgetActor(const QString& id)
{
    const int existing = lineOfActor(id);
    if (existing < 0)
        return false;
    m_lines.removeAt(existing);
    reparse();
    return true;
}

bool LearnedLexicon::reject(MarkKind kind, const QString& words, const QString& ref)
{
    if (m_rejections.contains(rejectionKey(kind, words, ref)) || words.trimmed().isEmpty())
        return false;
    if (m_lines.isEmpty())
        m_lines = header.split(u'\n');
    m_lines.append(u"reject\t"_s + toString(kind) + u'\t' + field(words) + (ref.isEmpty() ? QString() : u'\t' + field(ref)));
    reparse();
    return true;
}

bool LearnedLexicon::unreject(MarkKind kind, const QString& words, const QString& ref)
{
    const QString key = rejectionKey(kind, words, ref);
    for (qsizetype k = 0; k < m_rejections.size(); ++k) {
        if (m_rejections[k] == key) {
            m_lines.removeAt(m_rejectionLines[k] - 1);
            reparse();
            return true;
        }
    }
    return false;
}

bool LearnedLexicon::learnCue(const QString& phrase, MeetingStatus status, const QString& kind)
{
    const QString cleaned = field(phrase);
    if (cleaned.isEmpty())
        return false;
    for (const CueEntry& cue : std::as_const(m_cues)) {
        if (cue.phrase.compare(cleaned, Qt::CaseInsensitive) == 0)
            return false;
    }
    if (m_lines.isEmpty())
        m_lines = header.split(u'\n');
    m_lines.append(u"cue\t"_s + cleaned + u'\t' + toString(status) + u'\t' + field(kind));
    reparse();
    return true;
}

bool LearnedLexicon::forgetCue(const QString& phrase)
{
    for (const CueEntry& cue : std::as_const(m_cues)) {
        if (cue.phrase.compare(phrase.trimmed(), Qt::CaseInsensitive) == 0) {
            m_lines.removeAt(cue.line - 1);
            reparse();
            return true;
        }
    }
    return false;
}

} // namespace Entente::Suggest
