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
    loadFunctionWords();
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
    QFile file(u":/suggest/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        errors += u"cannot read "_s + file.fileName() + u'\n';
        return rows;
    }
    const QString text = QString::fromUtf8(file.readAll());
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
        const QString name = country.value(u"name"_s).toString();
        const QString common = country.value(u"common_name"_s).toString();
        state.label = common.isEmpty() ? name : common;
        const int index = int(states.size());
        states.append(state);
        m_stateByCode.insert(state.code, index);
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
        TitleInfo title { row[1] == u"-" ? QString() : row[1], row[2] == u"official" };
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
    for (const QStringList& row : readTable(u"meeting-cues.tsv"_s, 5)) {
        if (!types.contains(row[0]))
            continue;
        MeetingCue cue;
        cue.type = types.value(row[0]);
        cue.hasStatus = fromString(row[2], &cue.status);
        cue.kind = row[3];
        cue.takesTarget = row[4] == u"target";
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
        { u"season"_s, DateWord::Season }, { u"vague"_s, DateWord::Vague } };
    for (const QStringList& row : readTable(u"date-words.tsv"_s, 3)) {
        if (!types.contains(row[0]))
            continue;
        const DateWord word { types.value(row[0]), row[2].toInt() };
        // Month and weekday names are matched by the date patterns on their own.
        dateWordTable.add(row[1], int(dateWords.size()));
        dateWords.append(word);
    }
}

void Lexicon::loadFunctionWords()
{
    QFile file(u":/suggest/function-words.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        errors += u"cannot read "_s + file.fileName() + u'\n';
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        for (QStringView word : line.split(u' ', Qt::SkipEmptyParts))
            functionWords.insert(word.toString());
    }
}

} // namespace Entente::Suggest
