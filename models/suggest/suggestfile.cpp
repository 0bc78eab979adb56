#include "suggestfile.h"

#include "format.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Entente::Suggest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::Suggest::SuggestFile)
};

bool writeAll(QIODevice* output, const QByteArray& bytes)
{
    return output->write(bytes) == bytes.size();
}

QByteArray encoded(QString text, const QString& lineEnding)
{
    if (lineEnding != u"\n")
        text.replace(u'\n', lineEnding);
    return text.toUtf8();
}

// A block's line breaks, for the session, which reads '\n' only: CRLF and a lone CR (line breaks for
// the parser too) become '\n', and breaks records each one in order ('\n', '\r', or 'R' for CRLF) so
// that they are written back as they were, whatever the file mixes.
QString withNewlines(QStringView block, QByteArray* breaks)
{
    QString text;
    text.reserve(block.size());
    for (qsizetype i = 0; i < block.size(); ++i) {
        const QChar c = block[i];
        if (c == u'\r') {
            const bool crlf = i + 1 < block.size() && block[i + 1] == u'\n';
            breaks->append(crlf ? 'R' : '\r');
            text.append(u'\n');
            i += crlf ? 1 : 0;
        } else {
            if (c == u'\n')
                breaks->append('\n');
            text.append(c);
        }
    }
    return text;
}

// The annotated block with each '\n' back to the break it was (marks never hold one).
QByteArray withBreaks(QStringView annotated, const QByteArray& breaks)
{
    QString text;
    text.reserve(annotated.size() + breaks.count('R'));
    qsizetype next = 0;
    for (const QChar c : annotated) {
        if (c != u'\n') {
            text.append(c);
            continue;
        }
        const char kind = next < breaks.size() ? breaks.at(next++) : '\n';
        if (kind == 'R')
            text.append(u"\r\n");
        else
            text.append(kind == '\r' ? u'\r' : u'\n');
    }
    return text.toUtf8();
}

// Where the next block of text ends: after the last line break of its first `block` characters; for a
// line longer than that, after the line if it ends within two blocks, else (a whole article on one
// line) after the block's last sentence, or its last space. So a block is never over two blocks long.
// -1: read more first. A CR that ends the text may be the first half of a CRLF: it waits.
qsizetype blockEnd(QStringView text, qsizetype block)
{
    const QStringView usable = text.endsWith(u'\r') ? text.chopped(1) : text;
    const auto after = [text](qsizetype i) {
        return text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n' ? i + 2 : i + 1;
    };
    const QStringView window = usable.first(std::min(block, usable.size()));
    if (const qsizetype last = std::max(window.lastIndexOf(u'\n'), window.lastIndexOf(u'\r')); last >= 0)
        return after(last);
    const QStringView twoBlocks = usable.first(std::min(2 * block, usable.size()));
    const qsizetype newline = twoBlocks.indexOf(u'\n', window.size());
    const qsizetype carriageReturn = twoBlocks.indexOf(u'\r', window.size());
    if (newline >= 0 || carriageReturn >= 0)
        return after(newline < 0 || (carriageReturn >= 0 && carriageReturn < newline) ? carriageReturn : newline);
    if (text.size() < 2 * block)
        return -1;
    if (const qsizetype sentence = window.lastIndexOf(u". "); sentence >= 0)
        return sentence + 2;
    if (const qsizetype space = window.lastIndexOf(u' '); space >= 0)
        return space + 1;
    return window.size();
}

void count(FileResult* report, const QList<Suggestion>& marks)
{
    for (const Suggestion& mark : marks)
        report->marks += mark.ref.isEmpty() ? 0 : 1;
}

// A raw article read a block at a time: decoded incrementally, each block ending at a line break.
FileResult suggestStreamed(const QString& path, QIODevice* output, const Options& options, qint64 threshold)
{
    FileResult report;
    report.streamed = true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = Text::tr("%1: error: cannot read: %2").arg(path, file.errorString());
        return report;
    }
    constexpr qint64 chunk = 1024 * 1024;
    // 512K characters for the usual threshold; smaller with a smaller one (tests).
    const qsizetype block = qsizetype(std::clamp<qint64>(threshold / 32, 64, 512 * 1024));
    QStringDecoder decoder(QStringDecoder::Utf8); // stateful: a character may straddle two chunks
    Session session(options);
    QString pending;
    QString lineEnding;
    bool first = true;
    bool endsWithBreak = false;
    bool fedEndsWithBreak = true; // nothing fed yet: as an empty article
    const auto feed = [&](QStringView text) -> bool {
        fedEndsWithBreak = text.endsWith(u'\n') || text.endsWith(u'\r');
        if (!text.contains(u'\r')) {
            const QList<Suggestion> marks = session.feed(text);
            count(&report, marks);
            return writeAll(output, annotateMarks(text, marks).toUtf8());
        }
        QByteArray breaks;
        const QString lines = withNewlines(text, &breaks);
        const QList<Suggestion> marks = session.feed(lines);
        count(&report, marks);
        return writeAll(output, withBreaks(annotateMarks(lines, marks), breaks));
    };
    while (!file.atEnd()) {
        QByteArray bytes = file.read(chunk);
        if (first && bytes.startsWith("\xEF\xBB\xBF")) {
            bytes.remove(0, 3);
            if (!writeAll(output, "\xEF\xBB\xBF"))
                break;
        }
        if (bytes.contains('\0')) {
            report.error = Text::tr("%1: error: this is not a text file (a NUL byte)").arg(path);
            return report;
        }
        pending += decoder.decode(bytes);
        if (decoder.hasError()) {
            report.error = Text::tr("%1: error: this file is not valid UTF-8 text").arg(path);
            return report;
        }
        if (first) {
            // The records get the article's first line break.
            const qsizetype newline = pending.indexOf(u'\n');
            const qsizetype carriageReturn = pending.indexOf(u'\r');
            if (carriageReturn >= 0 && (newline < 0 || carriageReturn < newline))
                lineEnding = carriageReturn + 1 == newline ? u"\r\n"_s : u"\r"_s;
            else
                lineEnding = u"\n"_s;
            if (pending.contains(Format::recordsDelimiter)) {
                report.error = Text::tr("%1: error: an annotated file this large cannot be pre-tagged; give its plain text").arg(path);
                return report;
            }
            first = false;
        }
        // Whole lines go on, a block at a time; the rest waits for the next chunk.
        qsizetype done = 0;
        while (pending.size() - done >= block) {
            const qsizetype end = blockEnd(QStringView(pending).sliced(done), block);
            if (end <= 0)
                break;
            if (!feed(QStringView(pending).sliced(done, end))) {
                report.error = Text::tr("%1: error: cannot write the annotated article").arg(path);
                return report;
            }
            done += end;
        }
        pending.remove(0, done);
    }
    endsWithBreak = pending.isEmpty() ? fedEndsWithBreak : pending.endsWith(u'\n') || pending.endsWith(u'\r');
    if (!pending.isEmpty() && !feed(pending)) {
        report.error = Text::tr("%1: error: cannot write the annotated article").arg(path);
        return report;
    }
    Result result = session.finish();
    report.articleDate = result.articleDate;
    report.articleDateGuessed = result.articleDateGuessed;
    report.articleDateReason = result.articleDateReason;
    report.meetings = int(result.meetings.size());
    // The records, as Format::write() puts them after an article (its last line break is the
    // article's own; the delimiter follows after one more, see docs/format.md).
    Document records;
    records.text = endsWithBreak ? u""_s : u"x"_s; // stands for the article written above
    records.article.date = result.articleDate;
    records.actors = result.actors;
    records.meetings = result.meetings;
    records.issues = result.issues;
    QString section = Format::write(records);
    section.remove(0, records.text.size());
    if (endsWithBreak && !section.isEmpty())
        section.prepend(u'\n');
    if (!writeAll(output, encoded(section, lineEnding))) {
        report.error = Text::tr("%1: error: cannot write the annotated article").arg(path);
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace

FileResult suggestFile(const QString& path, QIODevice* output, Options options, qint64 threshold)
{
    const QFileInfo info(path);
    if (info.size() > threshold)
        return suggestStreamed(path, output, options, threshold);
    FileResult report;
    const Document source = Format::load(path);
    if (source.unreadable) {
        report.error = source.diagnostics.isEmpty() ? Text::tr("%1: error: cannot read").arg(path)
                                                    : source.diagnostics.first().toString();
        return report;
    }
    report.raw = source.marks.isEmpty() && source.recordsStart < 0;
    // An article that is already annotated: its records are the corpus the suggestions build on.
    if (!options.articleDate.isValid())
        options.articleDate = source.article.date;
    options.knownActors += source.actors;
    options.knownIssues += source.issues;
    const QString plain = source.plainText();
    const Result result = suggest(plain, options);
    Document annotated;
    annotated.text = annotate(plain, result);
    annotated.hasBom = source.hasBom;
    annotated.lineEnding = source.lineEnding;
    if (!writeAll(output, Format::encode(annotated))) {
        report.error = Text::tr("%1: error: cannot write the annotated article").arg(path);
        return report;
    }
    report.ok = true;
    report.articleDate = result.articleDate;
    report.articleDateGuessed = result.articleDateGuessed;
    report.articleDateReason = result.articleDateReason;
    count(&report, result.marks);
    report.meetings = int(result.meetings.size());
    return report;
}

} // namespace Entente::Suggest
