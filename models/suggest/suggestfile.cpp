#include "suggestfile.h"

#include "format.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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

void count(FileResult* report, const QList<Suggestion>& marks)
{
    for (const Suggestion& mark : marks)
        report->marks += mark.ref.isEmpty() ? 0 : 1;
}

// A raw article read a block at a time: decoded incrementally, each block ending at a line break.
FileResult suggestStreamed(const QString& path, QIODevice* output, const Options& options)
{
    FileResult report;
    report.streamed = true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = Text::tr("%1: error: cannot read: %2").arg(path, file.errorString());
        return report;
    }
    constexpr qint64 chunk = 1024 * 1024;
    constexpr qsizetype block = 512 * 1024;
    QStringDecoder decoder(QStringDecoder::Utf8); // stateful: a character may straddle two chunks
    Session session(options);
    QString pending;
    QString lineEnding;
    bool first = true;
    bool endsWithBreak = false;
    const auto feed = [&](QStringView text) -> bool {
        const QList<Suggestion> marks = session.feed(text);
        count(&report, marks);
        return writeAll(output, encoded(annotateMarks(text, marks), lineEnding));
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
            const qsizetype newline = pending.indexOf(u'\n');
            lineEnding = newline > 0 && pending[newline - 1] == u'\r' ? u"\r\n"_s : u"\n"_s;
            if (pending.contains(Format::recordsDelimiter)) {
                report.error = Text::tr("%1: error: an annotated file this large cannot be pre-tagged; give its plain text").arg(path);
                return report;
            }
            first = false;
        }
        if (lineEnding != u"\n")
            pending.replace(u"\r\n"_s, u"\n"_s);
        // Whole lines go on; the rest waits for the next chunk.
        if (pending.size() >= block) {
            const qsizetype cut = pending.lastIndexOf(u'\n');
            if (cut >= 0) {
                if (!feed(QStringView(pending).first(cut + 1))) {
                    report.error = Text::tr("%1: error: cannot write the annotated article").arg(path);
                    return report;
                }
                pending.remove(0, cut + 1);
            }
        }
    }
    endsWithBreak = pending.isEmpty() || pending.endsWith(u'\n');
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
        return suggestStreamed(path, output, options);
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
