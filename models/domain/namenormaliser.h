// Names as the duplicate finder compares them: "US Secretary of State Antony J. Blinken" and "Tony
// Blinken" become the parts ["antony", "j", "blinken"] and ["antony", "blinken"] once case, accents,
// punctuation, titles, particles and nicknames are set aside. The word lists are shipped in
// resources/duplicates/ (embedded under :/duplicates).
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Entente::Names {

// The word lists the normaliser uses.
struct Tables
{
    QSet<QString> titles; // folded phrases, parts joined by one space
    QSet<QString> capsTitles; // titles that count only when written in capitals ("HE")
    int longestTitle = 1; // parts of the longest title
    QSet<QString> particles; // dropped anywhere but the last part
    QSet<QString> innerParticles; // also given names: dropped inside a name or when hyphenated
    QSet<QString> suffixes; // "jr", "iii"
    QSet<QString> organisationWords; // "the", "inc", "group"
    QHash<QString, QString> variants; // a given name's form → the form compared

    // The shipped lists (read once from :/duplicates).
    static const Tables& shipped();
    // Lists from the texts of the files (for tests and for lists a caller brings).
    static Tables fromTexts(const QString& titles, const QString& particles, const QString& suffixes,
                            const QString& organisationWords, const QString& variants);
};

// Case folded, accents and other combining marks removed (NFKD), apostrophes dropped ("O'Brien" is
// "obrien"), every other character that is not a letter or digit a space; spaces collapsed.
QString fold(QStringView text);

// A transliteration key of one folded part: spellings of one name in Latin letters meet
// ("sergey"/"sergei", "zelenskyy"/"zelensky", "mueller"/"muller", "aleksei"/"alexei").
QString spellingKey(QStringView part);

// One way of writing a name, ready to compare.
struct NameForm
{
    QString text; // as written (or the id it was read from)
    QStringList spelled; // folded parts, titles, particles and suffixes removed
    QStringList parts; // spelled, each part as compared (nickname table, then spellingKey)
    bool fromId = false;

    bool isEmpty() const { return parts.isEmpty(); }
    QString key() const { return parts.join(u' '); }
};

// A person's name: leading titles ("President", "Secretary of State", "HE Sheikh") and trailing ones
// after at least two parts ("Wang Yi, Foreign Minister") go, and so does everything from an opening
// parenthesis on.
NameForm personName(QStringView text, const Tables& tables = Tables::shipped());
// An organisation's or a state's name: articles and legal forms go ("The Boeing Company" is "boeing").
NameForm organisationName(QStringView text, const Tables& tables = Tables::shipped());
// The words of an id as a name, hyphens kept so that particles read as in "al-Thani":
// "antony-blinken" reads as "antony-blinken", "blinken-2" as "blinken", "m12" as nothing.
QString textFromId(QStringView id);
// First letters of the parts ("united states air force" gives "usaf"), empty for fewer than two.
QString initials(const QStringList& parts);

} // namespace Entente::Names
