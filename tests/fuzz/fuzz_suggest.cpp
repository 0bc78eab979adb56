// Fuzzes the pre-tagger through its public API (suggester.h): suggest() then annotate().
// Invariants: suggestions lie in the text, in order, without overlapping, each on one line and without
// '[' or ']'; the annotated text parses without a diagnostic; its plain text is the input, and its
// bytes (encoded like the input) are the input's bytes: suggested marks never change the words.
#include "format.h"
#include "fuzzcheck.h"
#include "suggester.h"

using namespace Entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::ByteReader input(data, size);
    const int dayNumber = input.below(3000); // around the 2020s, or none
    const QByteArray bytes = input.rest();
    const Format::Decoded decoded = Format::decode(bytes);
    if (!decoded.error.isEmpty())
        return 0;
    const QString& text = decoded.text;
    // Only plain articles: text that the format reads as words only.
    const Document asRead = Format::parse(text);
    if (!asRead.marks.isEmpty() || asRead.recordsStart >= 0 || !asRead.diagnostics.isEmpty())
        return 0;

    Suggest::Options options;
    if (dayNumber > 0)
        options.articleDate = QDate(2018, 1, 1).addDays(dayNumber);
    const Suggest::Result result = Suggest::suggest(text, options);
    int previousEnd = 0;
    for (const Suggest::Suggestion& s : result.marks) {
        FUZZ_CHECK(previousEnd <= s.start && s.start < s.end && s.end <= text.size(), QStringLiteral("suggestion span"));
        const QStringView words = QStringView(text).sliced(s.start, s.end - s.start);
        FUZZ_CHECK(!words.contains(u'\n') && !words.contains(u'[') && !words.contains(u']'), words.toString());
        previousEnd = s.end;
    }

    const QString annotated = Suggest::annotate(text, result);
    Document doc = Format::parse(annotated, QStringLiteral("suggested.entente"));
    QStringList problems;
    for (const Diagnostic& d : doc.diagnostics)
        problems.append(d.toString());
    FUZZ_CHECK(doc.diagnostics.isEmpty(), problems.join(u'\n'));
    FUZZ_CHECK(doc.plainText() == text, QStringLiteral("the suggestions changed the words"));
    decoded.applyFileForm(doc);
    FUZZ_CHECK(Format::encodePlainText(doc) == bytes, QStringLiteral("the plain bytes differ from the input"));
    return 0;
}
