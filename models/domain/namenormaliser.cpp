#include "namenormaliser.h"

#include <QFile>

namespace Entente::Names {

namespace {

// One word of a name as written, before titles and particles are looked at.
struct Word
{
    QString folded;
    bool caps = false; // written in capitals, at least two letters ("HE", "USAF")
    bool hyphenNext = false; // joined to the next word by a hyphen ("al-Sisi")
    bool commaBefore = false; // a comma separates it from the word before ("Wang Yi, Minister")
};

bool isApostrophe(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == u'\u2019' || u == u'\u02bc' || u == u'`' || u == u'\u00b4';
}

bool isMark(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

// Splits a name into words. Single letters written "H.E." or "U.S." become one word ("he", "us");
// stopAtParenthesis cuts "Senator John McCain (R-AZ)" at the parenthesis.
QList<Word> words(QStringView text, bool stopAtParenthesis)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    struct Raw
    {
        QString text;
        QString separator; // what came before the next word, spaces included
    };
    QList<Raw> raw;
    QString current;
    QString separator;
    const auto finish = [&] {
        if (!current.isEmpty()) {
            raw.append({ current, {} });
            current.clear();
        }
    };
    for (const QChar c : decomposed) {
        if (isMark(c) || isApostrophe(c))
            continue;
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (current.isEmpty() && !raw.isEmpty())
                raw.last().separator = separator;
            if (current.isEmpty())
                separator.clear();
            current += c;
            continue;
        }
        finish();
        if (stopAtParenthesis && (c == u'(' || c == u'[') && !raw.isEmpty())
            break;
        separator += c;
    }
    finish();

    QList<Word> result;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const bool comma = i > 0 && raw.at(i - 1).separator.contains(u',');
        QString word = raw.at(i).text;
        bool caps = word.size() >= 2 && word == word.toUpper() && word != word.toLower();
        // "H.E.", "U.S.": single letters each followed by a dot and nothing else.
        if (word.size() == 1 && raw.at(i).separator == u"." && i + 1 < raw.size()
            && raw.at(i + 1).text.size() == 1) {
            caps = word == word.toUpper();
            while (i + 1 < raw.size() && raw.at(i).separator == u"." && raw.at(i + 1).text.size() == 1) {
                ++i;
                word += raw.at(i).text;
                caps = caps && raw.at(i).text == raw.at(i).text.toUpper();
            }
            caps = caps && word != word.toLower();
        }
        const QString& after = raw.at(i).separator;
        result.append({ word.toCaseFolded(), caps, after.size() == 1 && isHyphen(after.front()), comma });
    }
    return result;
}

// Length in words of the title that starts at position, 0 when none does.
int titleAt(const QList<Word>& list, qsizetype position, const Tables& tables, bool longest)
{
    int found = 0;
    QString phrase;
    bool caps = true;
    for (int length = 1; length <= tables.longestTitle && position + length <= list.size(); ++length) {
        const Word& word = list.at(position + length - 1);
        if (length > 1)
            phrase += u' ';
        phrase += word.folded;
        caps = caps && word.caps;
        if (tables.titles.contains(phrase) && (caps || !tables.capsTitles.contains(phrase))) {
            found = length;
            if (!longest)
                return found;
        }
    }
    return found;
}

QSet<QString> lines(const QString& text, QSet<QString>* flagged = nullptr, QStringView flag = {})
{
    QSet<QString> result;
    for (const QString& line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QStringList fields = trimmed.split(u'\t');
        const QString value = fold(fields.first());
        result.insert(value);
        if (flagged && fields.size() > 1 && fields.at(1).trimmed() == flag)
            flagged->insert(value);
    }
    return result;
}

QString resource(const QString& name)
{
    QFile file(QStringLiteral(":/duplicates/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("duplicate finder: the resource %s is missing", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

QString comparedPart(const QString& folded, const Tables& tables)
{
    return spellingKey(tables.variants.value(folded, folded));
}

} // namespace

Tables Tables::fromTexts(const QString& titles, const QString& particles, const QString& suffixes,
                         const QString& organisationWords, const QString& variants)
{
    Tables tables;
    tables.titles = lines(titles, &tables.capsTitles, u"caps");
    for (const QString& title : std::as_const(tables.titles))
        tables.longestTitle = std::max(tables.longestTitle, int(title.count(u' ')) + 1);
    tables.particles = lines(particles, &tables.innerParticles, u"inner");
    tables.particles.subtract(tables.innerParticles);
    tables.suffixes = lines(suffixes);
    tables.organisationWords = lines(organisationWords);
    for (const QString& line : variants.split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList forms = line.split(u'\t', Qt::SkipEmptyParts);
        const QString first = fold(forms.first());
        for (const QString& form : forms)
            tables.variants.insert(fold(form), first);
    }
    return tables;
}

const Tables& Tables::shipped()
{
    static const Tables tables = fromTexts(
        resource(QStringLiteral("titles.txt")), resource(QStringLiteral("particles.txt")),
        resource(QStringLiteral("suffixes.txt")), resource(QStringLiteral("organisation-words.txt")),
        resource(QStringLiteral("name-variants.tsv")));
    return tables;
}

QString fold(QStringView text)
{
    QStringList parts;
    for (const Word& word : words(text, false))
        parts.append(word.folded);
    return parts.join(u' ');
}

QString spellingKey(QStringView part)
{
    QString key;
    key.reserve(part.size() + 2);
    for (qsizetype i = 0; i < part.size(); ++i) {
        const QChar c = part.at(i);
        const QChar next = i + 1 < part.size() ? part.at(i + 1) : QChar();
        if (c == u'x') {
            key += u"ks";
        } else if (c == u'p' && next == u'h') {
            key += u'f';
            ++i;
        } else if ((c == u'o' && next == u'u') || (c == u'u' && next == u'e') || (c == u'o' && next == u'e')
                   || (c == u'a' && next == u'e')) {
            key += c == u'o' && next == u'u' ? u'u' : c; // ou → u; ue, oe, ae → u, o, a
            ++i;
        } else if (c == u'y') {
            key += u'i';
        } else if (c == u'j' && !key.isEmpty() && QStringView(u"aeiou").contains(key.back())) {
            key += u'i'; // "sergej", "andrej"
        } else {
            key += c;
        }
    }
    // Doubled letters ("zelenskii", "hassan", "muller") count once; a final h after a vowel goes.
    QString collapsed;
    collapsed.reserve(key.size());
    for (const QChar c : std::as_const(key)) {
        if (collapsed.isEmpty() || collapsed.back() != c || c.isDigit())
            collapsed += c;
    }
    if (collapsed.size() > 3 && collapsed.back() == u'h'
        && QStringView(u"aeiou").contains(collapsed.at(collapsed.size() - 2)))
        collapsed.chop(1);
    return collapsed;
}

NameForm personName(QStringView text, const Tables& tables)
{
    QList<Word> list = words(text, true);
    while (list.size() > 1 && tables.suffixes.contains(list.constLast().folded))
        list.removeLast();
    // A title after at least two words ends the name when a comma or its length shows it is one
    // ("Wang Yi, Minister", "Wang Yi Foreign Minister of China"; not "Martin Luther King").
    for (qsizetype i = 2; i < list.size(); ++i) {
        const int length = titleAt(list, i, tables, true);
        if (length > 1 || (length == 1 && list.at(i).commaBefore)) {
            list.resize(i);
            break;
        }
    }
    // The last title among the first words, with words after it, ends what goes before the name.
    qsizetype nameStart = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(list.size(), 5); ++i) {
        const int length = titleAt(list, i, tables, true);
        if (length > 0 && i + length < list.size())
            nameStart = std::max(nameStart, i + length);
    }
    list.remove(0, nameStart);

    NameForm form;
    form.text = text.toString();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Word& word = list.at(i);
        const bool last = i + 1 == list.size();
        if (!last && tables.particles.contains(word.folded))
            continue;
        if (!last && tables.innerParticles.contains(word.folded) && (i > 0 || word.hyphenNext))
            continue;
        form.spelled.append(word.folded);
        form.parts.append(comparedPart(word.folded, tables));
    }
    return form;
}

NameForm organisationName(QStringView text, const Tables& tables)
{
    const QList<Word> list = words(text, true);
    NameForm form;
    form.text = text.toString();
    for (const Word& word : list) {
        if (!tables.organisationWords.contains(word.folded))
            form.spelled.append(word.folded);
    }
    if (form.spelled.isEmpty()) {
        for (const Word& word : list)
            form.spelled.append(word.folded);
    }
    form.parts = form.spelled;
    return form;
}

QString textFromId(QStringView id)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= id.size(); ++i) {
        if (i < id.size() && id.at(i) != u'-' && id.at(i) != u'_' && id.at(i) != u'.')
            continue;
        const QStringView part = id.sliced(start, i - start);
        start = i + 1;
        if (!part.isEmpty() && std::none_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
            parts.append(part.toString());
    }
    return parts.join(u'-');
}

QString initials(const QStringList& parts)
{
    if (parts.size() < 2)
        return {};
    QString result;
    for (const QString& part : parts)
        result += part.front();
    return result;
}

} // namespace Entente::Names
