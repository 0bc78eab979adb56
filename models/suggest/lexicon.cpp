#include "lexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

using CaseRule = PhraseTable::CaseRule;

QStringList splitNames(const QString& field)
{
    QStringList names;
    for (const QString& name : field.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty())
            names.append(trimmed);
    }
    return names;
}

QString readResource(const QString& name, QString* errors)
{
    QFile file(u":/suggest/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *errors += u"cannot read "_s + file.fileName() + u'\n';
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon; // thread-safe initialisation
    return lexicon;
}

Lexicon::Lexicon()
{
    loadCountries();
    loadStates();
    loadDemonyms();
    loadPlaces();
    loadTitles();
    loadOrganisations();
    loadMeetingCues();
    loadIssues();
    loadDateWords();
    loadWordClasses();
    buildIndex();
}

int Lexicon::stateIndex(QStringView label) const
{
    const QString key = label.toString();
    if (const auto it = m_stateByLabel.constFind(key); it != m_stateByLabel.cend())
        return *it;
    return m_stateByCode.value(key, -1);
}

// Data files are TSV: one entry a line, '#' comments, columns separated by tabs.
QList<QStringList> Lexicon::readTable(const QString& name, int minimumColumns)
{
    QList<QStringList> rows;
    const QString text = readResource(name, &errors);
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList columns;
        for (QStringView column : line.split(u'\t'))
            columns.append(column.trimmed().toString());
        while (columns.size() < minimumColumns)
            columns.append(QString());
        rows.append(columns);
    }
    return rows;
}

void Lexicon::loadCountries()
{
    QFile file(u":/suggest/iso_3166-1.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        errors += u"cannot read the iso-codes country list\n"_s;
        return;
    }
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1"_s).toArray();
    for (const QJsonValue& value : countries) {
        const QJsonObject country = value.toObject();
        StateInfo state;
        state.code = country.value(u"alpha_2"_s).toString();
        state.code3 = country.value(u"alpha_3"_s).toString();
        const QString name = country.value(u"name"_s).toString();
        const QString common = country.value(u"common_name"_s).toString();
        state.label = common.isEmpty() ? name : common;
        const int index = int(states.size());
        states.append(state);
        m_stateByCode.insert(state.code, index);
        m_stateByCode.insert(state.code3, index);
        // "Korea, Republic of" is no way to write a country in a sentence.
        for (const QString& written : { name, common, country.value(u"official_name"_s).toString() }) {
            if (!written.isEmpty() && !written.contains(u','))
                stateNames.add(written, index, CaseRule::ProperNoun);
        }
    }
}

void Lexicon::loadStates()
{
    for (const QStringList& row : readTable(u"states.tsv"_s, 4)) {
        const int index = m_stateByCode.value(row[0], -1);
        if (index < 0) {
            errors += u"states.tsv: unknown code "_s + row[0] + u'\n';
            continue;
        }
        states[index].label = row[1];
        states[index].surnameFirst = row[3].contains(u"surname-first");
        for (const QString& name : splitNames(row[2]))
            stateNames.add(name, index, CaseRule::ProperNoun);
    }
    for (int i = 0; i < states.size(); ++i)
        m_stateByLabel.insert(states[i].label, i);
}

void Lexicon::loadDemonyms()
{
    for (const QStringList& row : readTable(u"demonyms.tsv"_s, 2)) {
        const int index = m_stateByCode.value(row[1], -1);
        if (index >= 0)
            demonyms.add(row[0], index, CaseRule::ProperNoun);
    }
}

void Lexicon::loadPlaces()
{
    for (const QStringList& row : readTable(u"places.tsv"_s, 3)) {
        PlaceInfo place { row[0], m_stateByCode.value(row[1], -1), row[2] == u"capital" };
        placeNames.add(place.name, int(places.size()), CaseRule::ProperNoun);
        places.append(place);
    }
}

void Lexicon::loadTitles()
{
    for (const QStringList& row : readTable(u"titles.tsv"_s, 3)) {
        TitleInfo title { row[1] == u"-" ? QString() : row[1], row[2].contains(u"official"), row[2].contains(u"office"),
            row[2].contains(u"capital") };
        titleNames.add(row[0], int(titles.size()));
        titles.append(title);
    }
}

void Lexicon::loadOrganisations()
{
    for (const QStringList& row : readTable(u"organisations.tsv"_s, 4)) {
        const int index = int(organisations.size());
        organisations.append({ row[0], row[1], row[2] });
        organisationNames.add(row[1], index, CaseRule::ProperNoun);
        for (const QString& name : splitNames(row[3]))
            organisationNames.add(name, index, CaseRule::ProperNoun);
    }
}

void Lexicon::loadMeetingCues()
{
    static const QHash<QString, MeetingCue::Type> types = { { u"verb"_s, MeetingCue::Verb },
        { u"aux"_s, MeetingCue::Aux }, { u"base"_s, MeetingCue::Base }, { u"noun"_s, MeetingCue::Noun },
        { u"modifier"_s, MeetingCue::Modifier }, { u"stop"_s, MeetingCue::Stop } };
    static const QHash<QString, MeetingCue::Flag> flags = { { u"target"_s, MeetingCue::Target },
        { u"object"_s, MeetingCue::Object }, { u"with"_s, MeetingCue::With }, { u"needs-noun"_s, MeetingCue::NeedsNoun },
        { u"passive"_s, MeetingCue::Passive } };
    for (const QStringList& row : readTable(u"meeting-cues.tsv"_s, 6)) {
        if (!types.contains(row[0]))
            continue;
        MeetingCue cue;
        cue.type = types.value(row[0]);
        cue.hasStatus = fromString(row[2], &cue.status);
        cue.kind = row[3];
        for (const QString& flag : row[4].split(u',', Qt::SkipEmptyParts))
            cue.flags |= flags.value(flag.trimmed(), MeetingCue::Flag(0));
        cue.family = row[5];
        cue.phrase = row[1];
        const int index = int(meetingCues.size());
        meetingCues.append(cue);
        PhraseTable* table = cue.type == MeetingCue::Verb ? &verbCues
            : cue.type == MeetingCue::Aux                 ? &auxCues
            : cue.type == MeetingCue::Base                ? &baseCues
            : cue.type == MeetingCue::Noun                ? &nounCues
            : cue.type == MeetingCue::Modifier            ? &modifierCues
                                                          : &stopWords;
        table->add(row[1], index);
    }
    for (const QStringList& row : readTable(u"tense-cues.tsv"_s, 2)) {
        const Tense tense = row[1] == u"future" ? Tense::Future
            : row[1] == u"past"                 ? Tense::Past
            : row[1] == u"report"               ? Tense::Report
            : row[1] == u"present"              ? Tense::Present
                                                : Tense::None;
        tenseCues.add(row[0], int(tense));
    }
}

void Lexicon::loadIssues()
{
    for (const QStringList& row : readTable(u"issues.tsv"_s, 3)) {
        const int index = int(issues.size());
        issues.append({ row[0], row[1] });
        for (const QString& word : splitNames(row[2]))
            issueWords.add(word, index, word.front().isUpper() ? CaseRule::ProperNoun : CaseRule::Any);
    }
    for (const QStringList& row : readTable(u"issue-status.tsv"_s, 2)) {
        IssueCue cue;
        cue.phrase = row[0];
        cue.negator = row[1] == u"negator";
        if (!cue.negator && !fromString(row[1], &cue.status))
            continue;
        issueCueWords.add(row[0], int(issueCues.size()));
        issueCues.append(cue);
    }
}

void Lexicon::loadDateWords()
{
    static const QHash<QString, DateWord::Type> types = { { u"month"_s, DateWord::Month },
        { u"weekday"_s, DateWord::Weekday }, { u"rel-day"_s, DateWord::RelativeDay },
        { u"rel-week"_s, DateWord::RelativeWeek }, { u"rel-month"_s, DateWord::RelativeMonth },
        { u"rel-year"_s, DateWord::RelativeYear }, { u"part"_s, DateWord::Part },
        { u"season"_s, DateWord::Season }, { u"vague"_s, DateWord::Vague }, { u"present"_s, DateWord::Present },
        { u"day-part"_s, DateWord::DayPart }, { u"quarter"_s, DateWord::Quarter },
        { u"ordinal"_s, DateWord::Ordinal }, { u"decade"_s, DateWord::Decade }, { u"same-day"_s, DateWord::SameDay } };
    for (const QStringList& row : readTable(u"date-words.tsv"_s, 3)) {
        if (!types.contains(row[0]))
            continue;
        const DateWord word { types.value(row[0]), row[2].toInt() };
        dateWordTable.add(row[1], int(dateWords.size()));
        dateWords.append(word);
    }
}

void Lexicon::addWordClass(const QString& lower, quint32 wordClass)
{
    m_classes[lower] |= wordClass;
}

void Lexicon::loadWordClasses()
{
    static const QHash<QString, WordClass> classes = { { u"determiner"_s, Determiner },
        { u"function"_s, FunctionWord }, { u"particle"_s, NameParticle }, { u"honorific"_s, Honorific },
        { u"pronoun"_s, Pronoun }, { u"possessive"_s, Possessive }, { u"rank"_s, RankAdjective },
        { u"state-group"_s, StateGroup }, { u"place-preposition"_s, PlacePreposition },
        { u"organisation-head"_s, OrganisationHead }, { u"reporting-verb"_s, ReportingVerb },
        { u"conjunction"_s, Conjunction }, { u"name-suffix"_s, NameSuffix }, { u"not-a-name"_s, NotAName },
        { u"preposition"_s, Preposition }, { u"person-verb"_s, PersonVerb }, { u"light-verb"_s, LightVerb },
        { u"first-person"_s, FirstPerson }, { u"organisation-suffix"_s, OrganisationSuffix } };
    for (const QStringList& row : readTable(u"word-classes.tsv"_s, 2)) {
        const WordClass wordClass = classes.value(row[0], WordClass(0));
        if (!wordClass) {
            errors += u"word-classes.tsv: unknown class "_s + row[0] + u'\n';
            continue;
        }
        for (const QString& word : row[1].split(u' ', Qt::SkipEmptyParts))
            addWordClass(word.toLower(), wordClass);
    }
    const QString names = readResource(u"given-names.txt"_s, &errors);
    for (QStringView line : QStringView(names).split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        for (QStringView word : line.split(u' ', Qt::SkipEmptyParts))
            addWordClass(word.toString().toLower(), GivenName);
    }
}

// One entry per word that has classes or starts a phrase of a table, found by the token's hash.
void Lexicon::buildIndex()
{
    PhraseTable* tables[] = { &stateNames, &demonyms, &placeNames, &titleNames, &organisationNames, &verbCues,
        &auxCues, &baseCues, &nounCues, &modifierCues, &stopWords, &issueWords, &issueCueWords, &tenseCues,
        &dateWordTable };
    const auto entryFor = [this](const QString& word) -> IndexEntry& {
        const size_t hash = wordHash(word);
        int index = m_indexByHash.value(hash, -1);
        int last = -1;
        for (int k = index; k >= 0; k = m_index[k].next) {
            if (m_index[k].word == word)
                return m_index[k];
            last = k;
        }
        m_index.append({ word, 0, 0, -1 });
        if (last >= 0)
            m_index[last].next = int(m_index.size()) - 1;
        else
            m_indexByHash.insert(hash, int(m_index.size()) - 1);
        return m_index.last();
    };
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it)
        entryFor(it.key()).classes |= it.value();
    m_classes.clear();
    // Each table's first words carry the table's bit.
    quint32 bit = 1;
    for (PhraseTable* table : tables) {
        table->setTableBit(bit);
        for (const QString& word : table->firstWords())
            entryFor(word).tables |= bit;
        bit <<= 1;
    }
}

quint32 Lexicon::classesOf(QStringView lower) const
{
    for (int k = m_indexByHash.value(wordHash(lower), -1); k >= 0; k = m_index[k].next) {
        if (m_index[k].word == lower)
            return m_index[k].classes;
    }
    return 0;
}

void Lexicon::classify(TokenizedText& text) const
{
    for (Token& token : text.tokens) {
        for (int k = m_indexByHash.value(token.hash, -1); k >= 0; k = m_index[k].next) {
            if (m_index[k].word == token.lower) {
                token.classes = m_index[k].classes;
                token.tables = m_index[k].tables;
                break;
            }
        }
    }
    text.classified = true;
}

} // namespace Entente::Suggest
