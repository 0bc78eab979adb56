// Fuzzes reading Entente files: bytes -> decode -> parse, with the format's promises as invariants.
// - decoding in two pieces gives what decoding at once gives;
// - decoding either refuses the bytes with a position inside them, or encoding the parsed document
//   gives back exactly the same bytes (every encoding, BOM and line-break style);
// - every diagnostic has a line and a column inside the text, and every mark and origin lies in it;
// - write() (records rebuilt in canonical form) parses back to the same records and plain text, and
//   writing that again changes nothing.
#include "format.h"
#include "fuzzcheck.h"

using namespace Entente;

namespace {

QString describe(const Document& doc)
{
    QStringList lines;
    for (const Diagnostic& d : doc.diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

// Records as the writer keeps them: without where they came from.
template<typename Record>
QList<Record> withoutOrigins(QList<Record> records)
{
    for (Record& record : records)
        record.origin = {};
    return records;
}

QList<Issue> issuesWithoutOrigins(QList<Issue> issues)
{
    for (Issue& issue : issues) {
        issue.origin = {};
        for (StatusChange& change : issue.history)
            change.origin = {};
    }
    return issues;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const Format::Decoded decoded = Format::decode(bytes);
    // Read in pieces, as a file is: the same result wherever the pieces end.
    Format::StreamDecoder pieces;
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(data[0]) % (bytes.size() + 1);
    pieces.feed(QByteArrayView(bytes).first(cut));
    pieces.feed(QByteArrayView(bytes).sliced(cut));
    const Format::Decoded piecewise = pieces.finish();
    FUZZ_CHECK(piecewise.text == decoded.text && piecewise.error == decoded.error
            && piecewise.errorLine == decoded.errorLine && piecewise.errorColumn == decoded.errorColumn
            && piecewise.mixedLineBreaks == decoded.mixedLineBreaks && piecewise.lineEnding == decoded.lineEnding,
        QStringLiteral("decoding in pieces differs"));
    if (!decoded.error.isEmpty()) {
        FUZZ_CHECK(decoded.errorLine >= 1 && decoded.errorColumn >= 1, decoded.error);
        FUZZ_CHECK(decoded.text.isEmpty(), decoded.error);
        return 0;
    }
    FUZZ_CHECK(!decoded.text.contains(u'\r'), QStringLiteral("a CR left in the text"));
    Document doc = Format::parse(decoded.text, QStringLiteral("fuzz.entente"));
    decoded.applyFileForm(doc);
    FUZZ_CHECK(Format::encode(doc) == bytes, QStringLiteral("open + save changed the bytes"));

    const int lines = int(doc.text.count(u'\n')) + 1;
    for (const Diagnostic& d : doc.diagnostics)
        FUZZ_CHECK(d.line >= 1 && d.line <= lines && d.column >= 1, d.toString());
    int previousEnd = 0;
    for (const Mark& mark : doc.marks) {
        FUZZ_CHECK(previousEnd <= mark.start && mark.start < mark.textStart && mark.textStart <= mark.textEnd
                && mark.textEnd < mark.end && mark.end <= doc.articleEnd(),
            QStringLiteral("a mark out of order or outside the article"));
        FUZZ_CHECK(isValidId(mark.ref) || mark.kind == MarkKind::Date, mark.ref);
        previousEnd = mark.end;
    }

    const QString plain = doc.plainText();
    FUZZ_CHECK(plain.size() <= doc.articleEnd(), QStringLiteral("plain text longer than the article"));

    // Canonical records read back the same, and the canonical form is a fixed point.
    const QString written = Format::write(doc);
    Document again = Format::parse(written, doc.fileName);
    again.adoptFileForm(doc);
    FUZZ_CHECK(again.plainText() == plain, QStringLiteral("write() changed the article's words"));
    FUZZ_CHECK(withoutOrigins(again.actors) == withoutOrigins(doc.actors), describe(again));
    FUZZ_CHECK(withoutOrigins(again.meetings) == withoutOrigins(doc.meetings), describe(again));
    FUZZ_CHECK(issuesWithoutOrigins(again.issues) == issuesWithoutOrigins(doc.issues), describe(again));
    FUZZ_CHECK(again.article == doc.article, describe(again));
    FUZZ_CHECK(Format::write(again) == written, QStringLiteral("write() is not a fixed point"));
    FUZZ_CHECK(Format::encodePlainText(again) == Format::encodePlainText(doc), QStringLiteral("plain bytes changed"));
    return 0;
}
