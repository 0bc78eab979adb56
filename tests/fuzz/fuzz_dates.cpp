// Fuzzes the date parsers: FuzzyDate::parse and date ranges as records and marks write them, and the
// date expressions the tagger and the pre-tagger read in article text (Suggest::normalizeDates).
// Invariants: a parsed date writes back to text that parses to the same date; first() <= last();
// every expression found lies inside the text and its ref parses back as a mark's date.
#include "datenormalizer.h"
#include "fuzzcheck.h"
#include "recordparser.h"

using namespace Entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::ByteReader input(data, size);
    // The article date: any day of years 1..9999 or none, from the first three bytes.
    const int dayNumber = (int(input.byte()) << 16 | int(input.byte()) << 8 | int(input.byte())) % (9999 * 366);
    const QDate articleDate = dayNumber == 0 ? QDate() : QDate(1, 1, 1).addDays(dayNumber - 1);
    const QString text = QString::fromUtf8(input.rest());

    const FuzzyDate date = FuzzyDate::parse(text);
    if (date.isValid()) {
        FUZZ_CHECK(date.first().isValid() && date.last().isValid(), text);
        FUZZ_CHECK(date.first() <= date.last(), text);
        FUZZ_CHECK(FuzzyDate::parse(date.toString()) == date, text + u" -> " + date.toString());
    }
    const auto [start, end] = RecordParser::parseDateRange(text);
    FUZZ_CHECK(start.isValid() == end.isValid(), text);
    if (start.isValid())
        FUZZ_CHECK(RecordParser::parseDateRange(start.toString()).first == start, text);

    if (text.size() > 4000)
        return 0; // the normalizer's cost is per sentence; long inputs only slow the fuzzer down
    for (const Suggest::DateExpression& e : Suggest::normalizeDates(text, articleDate)) {
        FUZZ_CHECK(0 <= e.start && e.start < e.end && e.end <= text.size(), text);
        if (e.vague)
            continue;
        FUZZ_CHECK(e.value.isValid(), text);
        const QString ref = e.ref();
        const auto [first, last] = RecordParser::parseDateRange(ref);
        FUZZ_CHECK(first.isValid(), text + u" -> " + ref);
        FUZZ_CHECK(first.first() <= last.last(), text + u" -> " + ref);
    }
    return 0;
}
