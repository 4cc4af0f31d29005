// spotting_quality: how well the claim spotter answers "what in here can be checked?",
// measured the way check-worthiness tasks measure it (CLEF CheckThat!): per sentence.
//
//   spotting_quality [CORPUS_DIR] [--verbose]
//   spotting_quality --text FILE --language LANG [--json]
//
// A sentence (ICU sentence of the article's language) is check-worthy when it overlaps a
// claim of the corpus whose status is graded or reviewed and whose verdict is not "opinion"
// (an opinion is not checkable as fact, so CheckThat! would not count it). A sentence is
// flagged when it overlaps a candidate of the spotter. Printed: recall, precision, F1, and
// the precision of flagging every sentence (check-worthy / all), the baseline to beat.
// The second form prints the candidates of one text file, as `crible-cli suggest` does.

#include "core/offsets.h"
#include "text/claim_spotter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using crible::text::ClaimSpotter;

namespace {

struct Counts
{
    int sentences = 0;
    int checkWorthy = 0;
    int flagged = 0;
    int truePositives = 0;
    int claims = 0;
    int opinionsLeftOut = 0;
    int claimsOverlapped = 0; // check-worthy claims that a candidate overlaps

    void add(const Counts &o)
    {
        sentences += o.sentences;
        checkWorthy += o.checkWorthy;
        flagged += o.flagged;
        truePositives += o.truePositives;
        claims += o.claims;
        opinionsLeftOut += o.opinionsLeftOut;
        claimsOverlapped += o.claimsOverlapped;
    }
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QJsonObject readObject(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"%1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        error = u"%1: not a JSON object (%2)"_s.arg(path, parseError.errorString());
        return {};
    }
    return document.object();
}

double ratio(int a, int b)
{
    return b == 0 ? 0.0 : double(a) / double(b);
}

QString figure(double value)
{
    return QString::number(value, 'f', 3);
}

void printCounts(const QString &label, const Counts &c)
{
    const double recall = ratio(c.truePositives, c.checkWorthy);
    const double precision = ratio(c.truePositives, c.flagged);
    const double f1 = recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0;
    const double baseline = ratio(c.checkWorthy, c.sentences);
    out() << label << u": sentences "_s << c.sentences << u", check-worthy "_s << c.checkWorthy
          << u", flagged "_s << c.flagged << u", flagged and check-worthy "_s << c.truePositives
          << u"\n  recall "_s << figure(recall) << u"  precision "_s << figure(precision)
          << u"  F1 "_s << figure(f1) << u"  baseline precision (every sentence flagged) "_s
          << figure(baseline) << u"  margin over baseline "_s << figure(precision - baseline)
          << u"\n  claims: "_s << c.claimsOverlapped << u" of "_s << (c.claims - c.opinionsLeftOut)
          << u" check-worthy claims overlap a candidate (claim-level recall "_s
          << figure(ratio(c.claimsOverlapped, c.claims - c.opinionsLeftOut)) << u")\n"_s;
}

int spotOneFile(const QString &path, const QString &language, bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << path << u": "_s << file.errorString() << u"\n"_s;
        return 1;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const auto spotter = ClaimSpotter::forLanguage(language);
    if (!spotter) {
        QTextStream(stderr) << spotter.error() << u"\n"_s;
        return 1;
    }
    const auto candidates = spotter->spot(text);
    if (json)
        out() << QString::fromUtf8(
            QJsonDocument(crible::text::candidatesToJson(candidates)).toJson());
    else
        out() << crible::text::candidatesToText(candidates);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(u"--verbose"_s) > 0;
    const bool json = args.removeAll(u"--json"_s) > 0;
    if (const qsizetype t = args.indexOf(u"--text"_s); t >= 0 && t + 1 < args.size()) {
        const qsizetype l = args.indexOf(u"--language"_s);
        return spotOneFile(args.at(t + 1), l >= 0 && l + 1 < args.size() ? args.at(l + 1) : u"fr"_s,
                           json);
    }
    const QDir corpus(args.isEmpty() ? QStringLiteral(CRIBLE_CORPUS_DIR) : args.first());

    QString error;
    const QJsonObject index = readObject(corpus.filePath(u"corpus.json"_s), error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << u"\n"_s;
        return 1;
    }
    out() << u"Claim spotting, sentence level (CLEF CheckThat! style), corpus "_s
          << QDir::cleanPath(corpus.absolutePath()) << u"\n"_s;
    out() << u"check-worthy = overlaps a graded or reviewed claim whose verdict is not "
             u"\"opinion\"; flagged = overlaps a candidate\n"_s;

    Counts total;
    for (const QJsonValue &entry : index.value(u"articles"_s).toArray()) {
        const QDir folder(corpus.filePath(entry.toString()));
        const QJsonObject article = readObject(folder.filePath(u"article.json"_s), error);
        const QJsonObject claims = readObject(folder.filePath(u"claims.json"_s), error);
        QFile textFile(folder.filePath(article.value(u"text"_s).toString(u"article.txt"_s)));
        if (!error.isEmpty() || !textFile.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << (error.isEmpty() ? textFile.fileName() : error) << u"\n"_s;
            return 1;
        }
        const QString text = QString::fromUtf8(textFile.readAll());
        const QString language = article.value(u"language"_s).toString();
        const auto spotter = ClaimSpotter::forLanguage(language);
        if (!spotter) {
            out() << entry.toString() << u": skipped, "_s << spotter.error() << u"\n"_s;
            continue;
        }

        struct Range
        {
            qint64 start;
            qint64 end;
        };
        QList<Range> checkable;
        Counts counts;
        for (const QJsonValue &value : claims.value(u"claims"_s).toArray()) {
            const QJsonObject claim = value.toObject();
            const QString status = claim.value(u"status"_s).toString();
            if (status != u"graded"_s && status != u"reviewed"_s)
                continue;
            ++counts.claims;
            if (claim.value(u"verdict"_s).toString() == u"opinion"_s) {
                ++counts.opinionsLeftOut;
                continue;
            }
            checkable.append(
                Range{claim.value(u"start"_s).toInteger(), claim.value(u"end"_s).toInteger()});
        }
        const auto candidates = spotter->spot(text);
        const crible::core::CodePointIndex codePoints(text);
        for (const Range &claim : std::as_const(checkable)) {
            const bool overlapped =
                std::any_of(candidates.cbegin(), candidates.cend(), [&](const auto &c) {
                    return c.start < claim.end && c.end > claim.start;
                });
            counts.claimsOverlapped += overlapped ? 1 : 0;
            if (verbose && !overlapped) {
                out() << u"  CLAIM MISSED  "_s
                      << crible::core::codePointSlice(text, codePoints, claim.start, claim.end)
                             .simplified()
                             .left(160)
                      << u"\n"_s;
            }
        }
        for (const auto &sentence : spotter->sentences(text)) {
            auto overlaps = [&](qint64 start, qint64 end) {
                return start < sentence.end && end > sentence.start;
            };
            const bool worthy =
                std::any_of(checkable.cbegin(), checkable.cend(),
                            [&](const Range &r) { return overlaps(r.start, r.end); });
            const bool flagged =
                std::any_of(candidates.cbegin(), candidates.cend(),
                            [&](const auto &c) { return overlaps(c.start, c.end); });
            ++counts.sentences;
            counts.checkWorthy += worthy ? 1 : 0;
            counts.flagged += flagged ? 1 : 0;
            counts.truePositives += worthy && flagged ? 1 : 0;
            if (verbose && worthy != flagged) {
                out() << (worthy ? u"  MISSED   "_s : u"  EXTRA    "_s)
                      << crible::core::codePointSlice(text, codePoints, sentence.start,
                                                      sentence.end)
                             .simplified()
                             .left(160)
                      << u"\n"_s;
            }
        }
        out() << u"  "_s << entry.toString() << u" ("_s << language << u"): "_s << counts.claims
              << u" graded claims, "_s << counts.opinionsLeftOut << u" opinions left out, "_s
              << candidates.size() << u" candidates\n"_s;
        printCounts(u"  "_s + entry.toString(), counts);
        total.add(counts);
    }
    printCounts(u"ALL"_s, total);
    const double precision = ratio(total.truePositives, total.flagged);
    const double recall = ratio(total.truePositives, total.checkWorthy);
    const double margin = precision - ratio(total.checkWorthy, total.sentences);
    out() << u"aim (recall >= 0.9, precision >= baseline + 0.25): "_s
          << (total.checkWorthy > 0 && recall >= 0.9 && margin >= 0.25 ? u"met"_s : u"not met"_s)
          << u"\n"_s;
    return 0;
}
