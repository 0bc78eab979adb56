#include "duplicatescommand.h"

#include "commandhelpers.h"
#include "duplicatefinder.h"
#include "format.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstdio>

namespace Entente::DuplicatesCommand {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Entente::DuplicatesCommand)
};

int usageError(const QString& message)
{
    qCritical("entente duplicates: %s", qPrintable(message));
    qCritical("%s",
              qPrintable(Text::tr(
                  "usage: entente duplicates FILE|FOLDER... [--min-score 0.5] [--reject KIND:ID,ID]")));
    return 2;
}

QJsonObject toJson(const DuplicateProposal& proposal)
{
    return QJsonObject {
        { QStringLiteral("kind"), toString(proposal.kind) },
        { QStringLiteral("ids"), QJsonArray { proposal.keepId, proposal.mergeId } },
        { QStringLiteral("names"), QJsonArray { proposal.keepLabel, proposal.mergeLabel } },
        { QStringLiteral("score"), std::round(proposal.score * 100.0) / 100.0 },
        { QStringLiteral("reason"), proposal.reason },
        { QStringLiteral("files"), QJsonArray::fromStringList(proposal.files) },
    };
}

} // namespace

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption minimum(
        QStringLiteral("min-score"),
        Text::tr("Propose only pairs scoring at least this, from 0 to 1 (default 0.5)."),
        QStringLiteral("score"), QStringLiteral("0.5"));
    const QCommandLineOption reject(QStringLiteral("reject"),
                                    Text::tr("Remember that two records are different (actor:ID,ID or "
                                             "meeting:ID,ID), then print what is left."),
                                    QStringLiteral("kind:id,id"));
    const QCommandLineOption lang(QStringLiteral("lang"), Text::tr("Language."), QStringLiteral("language"));
    parser.addOptions({ minimum, reject, lang });
    if (!parser.parse(QStringList { QStringLiteral("entente-duplicates") } + arguments))
        return usageError(parser.errorText());
    bool ok = false;
    const double minimumScore = parser.value(minimum).toDouble(&ok);
    if (!ok || minimumScore < 0 || minimumScore > 1)
        return usageError(
            Text::tr("--min-score must be a number from 0 to 1, not '%1'").arg(parser.value(minimum)));
    const QStringList paths = parser.positionalArguments();
    MarkKind rejectKind = MarkKind::Actor;
    QStringList rejectIds;
    if (parser.isSet(reject)) {
        const QString value = parser.value(reject);
        const qsizetype colon = value.indexOf(u':');
        rejectIds = value.mid(colon + 1).split(u',');
        if (colon < 0 || !fromString(QStringView(value).left(colon), &rejectKind)
            || (rejectKind != MarkKind::Actor && rejectKind != MarkKind::Meeting) || rejectIds.size() != 2
            || !isValidId(rejectIds.at(0)) || !isValidId(rejectIds.at(1)))
            return usageError(
                Text::tr("--reject takes KIND:ID,ID with KIND actor or meeting, not '%1'").arg(value));
    }
    if (paths.isEmpty())
        return usageError(Text::tr("name at least one file or folder"));
    const QStringList files = Format::articleFiles(paths);
    if (files.isEmpty())
        return usageError(Text::tr("no article files in %1").arg(paths.join(QStringLiteral(", "))));

    // Reading and parsing take most of the time: every core reads. The proposals compare records
    // only: each article's text and marks go as soon as it is parsed.
    QList<Document> documents;
    CommandHelpers::loadFiles(files, &documents, CommandHelpers::keepRecords);
    const Corpus corpus = Corpus::merge(std::move(documents));

    DuplicateOptions options;
    options.minimumScore = minimumScore;
    const QString rejectionsPath = DuplicateRejections::pathFor(files);
    QString error;
    QStringList warnings;
    if (!options.rejections.load(rejectionsPath, &error, &warnings)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    for (const QString& warning : std::as_const(warnings))
        qWarning("%s", qPrintable(warning));
    if (!rejectIds.isEmpty() && options.rejections.add(rejectKind, rejectIds.at(0), rejectIds.at(1))
        && !options.rejections.save(rejectionsPath, &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }

    QJsonArray array;
    for (const DuplicateProposal& proposal : findDuplicates(corpus, options))
        array.append(toJson(proposal));
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

} // namespace Entente::DuplicatesCommand
