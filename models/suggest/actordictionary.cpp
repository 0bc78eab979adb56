#include "actordictionary.h"

#include "lexicon.h"

#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

// "850103" (two-digit years: 19xx when later than this year's last two digits) or "20070101".
QDate parseDate(QStringView digits)
{
    if (digits.size() == 8)
        return QDate::fromString(digits.toString(), u"yyyyMMdd"_s);
    if (digits.size() != 6)
        return {};
    bool ok = false;
    const int yy = digits.first(2).toInt(&ok);
    if (!ok)
        return {};
    const int pivot = QDate::currentDate().year() % 100;
    const int year = yy <= pivot ? 2000 + yy : 1900 + yy;
    return QDate(year, digits.sliced(2, 2).toInt(), digits.sliced(4, 2).toInt());
}

// "[USAGOV 090120-170120]", "[USAGOV >090120]", "[USAELI <780101]", "[IGOUNO]"
ActorDictionary::Code parseCode(QStringView inside)
{
    ActorDictionary::Code code;
    const QList<QStringView> parts = inside.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return code;
    code.code = parts[0].toString();
    if (parts.size() > 1) {
        const QStringView span = parts[1];
        if (span.startsWith(u'>'))
            code.from = parseDate(span.sliced(1));
        else if (span.startsWith(u'<'))
            code.until = parseDate(span.sliced(1));
        else if (const qsizetype dash = span.indexOf(u'-'); dash > 0) {
            code.from = parseDate(span.first(dash));
            code.until = parseDate(span.sliced(dash + 1));
        }
    }
    return code;
}

// "BARACK_OBAMA_" -> "BARACK OBAMA"
QString phraseOf(QStringView name)
{
    QString phrase = name.trimmed().toString();
    phrase.replace(u'_', u' ');
    return phrase.simplified();
}

QString displayName(const QString& phrase)
{
    QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    for (QString& word : words) {
        if (word.contains(u'.') || word.size() <= 1)
            continue; // "U.S.", initials
        word = word.left(1) + word.mid(1).toLower();
        for (qsizetype k = 1; k + 1 < word.size(); ++k) {
            if (word[k] == u'-' || word[k] == u'\'')
                word[k + 1] = word[k + 1].toUpper(); // "Ki-Moon", "O'Brien"
        }
    }
    return words.join(u' ');
}

// Names of groups that stand for a person's government ("THE OBAMA ADMINISTRATION"): not the person.
bool isGroupPhrase(const QString& phrase)
{
    return phrase.startsWith(u"THE "_s, Qt::CaseInsensitive) || phrase.endsWith(u" ADMINISTRATION"_s, Qt::CaseInsensitive)
        || phrase.endsWith(u" GOVERNMENT"_s, Qt::CaseInsensitive) || phrase.endsWith(u" REGIME"_s, Qt::CaseInsensitive);
}

} // namespace

std::shared_ptr<const ActorDictionary> ActorDictionary::parse(QStringView text, const QString& name)
{
    auto dictionary = std::make_shared<ActorDictionary>();
    dictionary->m_name = name;
    QList<QString> phrases; // of the entry being read
    Entry entry;
    const auto finish = [&] {
        if (entry.name.isEmpty())
            return;
        // Dated roles belong to people; a country's three-letter code alone to a state.
        const bool dated = std::any_of(entry.codes.cbegin(), entry.codes.cend(),
            [](const Code& code) { return code.from.isValid() || code.until.isValid(); });
        if (dated)
            entry.kind = ActorKind::Person;
        else if (entry.codes.size() == 1 && entry.codes[0].code.size() == 3 && Lexicon::instance().stateIndex(entry.codes[0].code) >= 0)
            entry.kind = ActorKind::State;
        else
            entry.kind = ActorKind::Organisation;
        const int index = int(dictionary->m_entries.size());
        for (const QString& phrase : std::as_const(phrases)) {
            if (!isGroupPhrase(phrase) || entry.kind != ActorKind::Person)
                dictionary->m_names.add(phrase, index, PhraseTable::CaseRule::Capitalised);
        }
        dictionary->m_entries.append(entry);
        entry = {};
        phrases.clear();
    };
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line = line.first(hash);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const bool indented = line.front().isSpace();
        line = line.trimmed();
        if (line.startsWith(u'[')) {
            // A code line of the current entry.
            const qsizetype close = line.indexOf(u']');
            if (close > 1 && !entry.name.isEmpty())
                entry.codes.append(parseCode(line.sliced(1, close - 1)));
            continue;
        }
        if (line.startsWith(u'+')) {
            const QString phrase = phraseOf(line.sliced(1));
            if (!phrase.isEmpty())
                phrases.append(phrase);
            continue;
        }
        if (indented)
            continue;
        // A new entry: "NAME_ [CODE]" or "NAME_" with its codes on the lines below.
        finish();
        QStringView head = line;
        if (const qsizetype open = line.indexOf(u'['); open > 0) {
            head = line.first(open);
            const qsizetype close = line.indexOf(u']', open);
            if (close > open)
                entry.codes.append(parseCode(line.sliced(open + 1, close - open - 1)));
        }
        const QString phrase = phraseOf(head);
        if (phrase.isEmpty())
            continue;
        entry.name = displayName(phrase);
        entry.line = lineNumber;
        phrases.append(phrase);
    }
    finish();
    return dictionary;
}

std::shared_ptr<const ActorDictionary> ActorDictionary::load(const QString& path, QString* error)
{
    static QMutex mutex;
    static QHash<QString, std::pair<QDateTime, std::shared_ptr<const ActorDictionary>>> cache;
    const QFileInfo info(path);
    const QMutexLocker locker(&mutex);
    const auto cached = cache.constFind(info.absoluteFilePath());
    if (cached != cache.cend() && cached->first == info.lastModified())
        return cached->second;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return nullptr;
    }
    // The files are ASCII or Latin-1; UTF-8 when they are valid UTF-8.
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    auto dictionary = parse(text, info.fileName());
    if (dictionary->size() == 0) {
        *error = QStringLiteral("no actor entries (NAME lines with [CODE] lines)");
        return nullptr;
    }
    cache.insert(info.absoluteFilePath(), { info.lastModified(), dictionary });
    return dictionary;
}

QString ActorDictionary::codeOn(const Entry& entry, QDate date)
{
    QString undated;
    for (const Code& code : entry.codes) {
        const bool dated = code.from.isValid() || code.until.isValid();
        if (!dated) {
            if (undated.isEmpty())
                undated = code.code;
            continue;
        }
        if (date.isValid() && (!code.from.isValid() || date >= code.from) && (!code.until.isValid() || date <= code.until))
            return code.code;
    }
    return undated;
}

QString ActorDictionary::sideOf(const QString& code)
{
    const Lexicon& lexicon = Lexicon::instance();
    const int state = lexicon.stateIndex(code.left(3));
    return state >= 0 ? lexicon.sideLabel(state) : QString();
}

QString ActorDictionary::roleOf(const QString& code)
{
    static const QHash<QString, QString> sectors = { { u"GOV"_s, u"Government"_s }, { u"MIL"_s, u"Military"_s },
        { u"ELI"_s, u"Elite"_s }, { u"LEG"_s, u"Legislature"_s }, { u"OPP"_s, u"Opposition"_s },
        { u"BUS"_s, u"Business"_s }, { u"JUD"_s, u"Judiciary"_s }, { u"MED"_s, u"Media"_s },
        { u"EDU"_s, u"Education"_s }, { u"REL"_s, u"Religious"_s }, { u"COP"_s, u"Police"_s },
        { u"SPY"_s, u"Intelligence"_s }, { u"REB"_s, u"Rebels"_s }, { u"CVL"_s, u"Civilians"_s },
        { u"LAB"_s, u"Labour"_s }, { u"AGR"_s, u"Agriculture"_s }, { u"ENV"_s, u"Environment"_s },
        { u"HLH"_s, u"Health"_s }, { u"REF"_s, u"Refugees"_s }, { u"SEP"_s, u"Separatists"_s },
        { u"INS"_s, u"Insurgents"_s }, { u"CRM"_s, u"Criminals"_s }, { u"DEV"_s, u"Development"_s },
        { u"HRI"_s, u"Human rights"_s }, { u"IGO"_s, u"Intergovernmental organisation"_s },
        { u"NGO"_s, u"Non-governmental organisation"_s }, { u"PTY"_s, u"Party"_s }, { u"UNO"_s, u"United Nations"_s } };
    QStringList words;
    const int start = sideOf(code).isEmpty() ? 0 : 3;
    for (int k = start; k + 3 <= code.size(); k += 3) {
        const QString sector = sectors.value(code.mid(k, 3));
        if (!sector.isEmpty() && !words.contains(sector))
            words.append(sector);
    }
    return words.isEmpty() ? code : words.join(u", ") + u" ("_s + code + u')';
}

} // namespace Entente::Suggest
