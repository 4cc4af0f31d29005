// What each exporter leaves out of its file on purpose is reported (Exporter::omissions):
// drafts in every format, and in FEVER and ClaimReview every claim whose verdict has no FEVER
// label (opinions), a verdict added without one included. The counts are checked against the
// files actually written, read back with QJsonDocument.

#include "export/exporter.h"
#include "export_fixture.h"
#include "store/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace crible;

using Reason = exporters::ExportOmission::Reason;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The claim ids a FEVER or ClaimReview file holds, read back independently of the exporter.
QSet<QString> exportedIds(const QString &format, const QByteArray &bytes)
{
    QSet<QString> ids;
    if (format == u"fever"_s) {
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.isEmpty())
                ids.insert(QJsonDocument::fromJson(line).object().value(u"id"_s).toString());
        }
        return ids;
    }
    const QJsonArray graph = QJsonDocument::fromJson(bytes).object().value(u"@graph"_s).toArray();
    for (const QJsonValue &v : graph) {
        const QJsonObject o = v.toObject();
        if (o.value(u"@type"_s) == u"ClaimReview"_s)
            ids.insert(o.value(u"@id"_s).toString().right(36)); // ends with the claim's uuid
    }
    return ids;
}

// Lines and items in the file, whatever their ids (two claims can never share a line).
int exportedCount(const QString &format, const QByteArray &bytes)
{
    if (format == u"fever"_s)
        return int(bytes.count('\n'));
    int n = 0;
    const QJsonArray graph = QJsonDocument::fromJson(bytes).object().value(u"@graph"_s).toArray();
    for (const QJsonValue &v : graph)
        n += v.toObject().value(u"@type"_s) == u"ClaimReview"_s ? 1 : 0;
    return n;
}

QString formatName(const QString &format)
{
    return format == u"fever"_s ? u"FEVER"_s : u"ClaimReview"_s;
}

} // namespace

class TestExportOmissions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Project> m_project;

    exporters::ExportData load()
    {
        auto data = exporters::ExportData::load(*m_project, {});
        if (!data)
            qFatal("%s", qPrintable(data.error()));
        return std::move(data).value();
    }

    QByteArray write(const QString &format, const exporters::ExportData &data,
                     QList<exporters::ExportOmission> *omissions)
    {
        auto exporter = exporters::createExporter(format);
        const QString out = m_dir.filePath(u"out."_s + format);
        if (!exporter->write(data, out))
            return {};
        *omissions = exporter->omissions(data);
        return readAll(out);
    }

    // Gives the fixture's claims with these uuids the verdict `verdict`.
    bool setVerdict(const QStringList &uuids, const QString &verdict, const QString &kind = {})
    {
        store::ClaimFilter filter;
        filter.includeDrafts = true;
        auto claims = m_project->claims(filter);
        if (!claims)
            return false;
        int changed = 0;
        for (core::Claim &c : *claims) {
            if (!uuids.contains(c.uuid))
                continue;
            c.verdict = verdict;
            if (!kind.isEmpty())
                c.kind = kind;
            if (!m_project->updateClaim(c))
                return false;
            ++changed;
        }
        return changed == uuids.size();
    }

    bool changeVerdicts(const std::function<void(QList<core::TaxonomyEntry> &)> &change)
    {
        auto taxonomy = m_project->taxonomy();
        if (!taxonomy)
            return false;
        core::Taxonomy t = taxonomy.value();
        change(t.entries(core::TaxonomyAxis::Verdict));
        return m_project->setTaxonomy(t).ok();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project.reset();
        QFile::remove(m_dir.filePath(u"p.crible"_s));
        auto project = testing::buildFixtureProject(m_dir.filePath(u"p.crible"_s));
        QVERIFY2(project.ok(), qPrintable(project.error()));
        m_project = std::move(project).value();
    }

    void cleanup()
    {
        m_project.reset();
        QFile::remove(m_dir.filePath(u"p.crible"_s));
    }

    // The fixture: seven published claims, one of them an opinion, and one draft.
    void fixture_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("messages");
        const QString draft = u"1 draft claim left out: drafts are never exported"_s;
        QTest::newRow("fever") << u"fever"_s
                               << QStringList{draft, u"1 claim left out of FEVER: verdict "
                                                     u"\"opinion\" has no FEVER label"_s};
        QTest::newRow("claimreview")
            << u"claimreview"_s
            << QStringList{
                   draft,
                   u"1 claim left out of ClaimReview: verdict \"opinion\" has no FEVER label"_s};
        for (const char *f : {"csv", "tsv", "markdown", "html", "annotated-html", "jsonl", "w3c"})
            QTest::newRow(f) << QString::fromLatin1(f) << QStringList{draft};
    }

    void fixture()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, messages);
        const exporters::ExportData data = load();
        QList<exporters::ExportOmission> omissions;
        const QByteArray bytes = write(format, data, &omissions);
        QVERIFY(!bytes.isEmpty());
        QStringList got;
        for (const exporters::ExportOmission &o : std::as_const(omissions))
            got << o.message;
        QCOMPARE(got, messages);
        QCOMPARE(omissions.constFirst().reason, Reason::Draft);
        QCOMPARE(omissions.constFirst().count, 1);
        if (format == u"fever"_s || format == u"claimreview"_s) {
            QCOMPARE(omissions.at(1).reason, Reason::NoFeverLabel);
            QCOMPARE(omissions.at(1).verdict, u"opinion"_s);
            // Everything published is either in the file or accounted for.
            QCOMPARE(exportedCount(format, bytes) + exporters::omittedClaimCount(omissions),
                     int(data.claims.size()) + data.draftCount);
            QVERIFY(
                !exportedIds(format, bytes).contains(QLatin1String(testing::kOpinionClaimUuid)));
        }
    }

    // The reviewer's case: a verdict added without a FEVER label. Its claims leave FEVER and
    // ClaimReview, and the export says so, by verdict; once mapped, they come back.
    void newVerdictWithoutMapping_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("fever") << u"fever"_s;
        QTest::newRow("claimreview") << u"claimreview"_s;
    }

    void newVerdictWithoutMapping()
    {
        QFETCH(QString, format);
        const exporters::ExportData before = load();
        QList<exporters::ExportOmission> omissions;
        const int countBefore = exportedCount(format, write(format, before, &omissions));
        QVERIFY(countBefore > 2);

        QVERIFY(changeVerdicts([](QList<core::TaxonomyEntry> &verdicts) {
            core::TaxonomyEntry satire;
            satire.key = u"satire"_s;
            satire.label = u"Satire"_s;
            satire.labelFr = u"Satire"_s;
            verdicts.append(satire);
        }));
        const QStringList moved{u"00000000-0000-4000-8000-000000000002"_s,
                                QLatin1String(testing::kChineseClaimUuid)};
        QVERIFY(setVerdict(moved, u"satire"_s));

        const exporters::ExportData after = load();
        const QByteArray bytes = write(format, after, &omissions);
        QCOMPARE(exportedCount(format, bytes), countBefore - 2);
        const QSet<QString> ids = exportedIds(format, bytes);
        for (const QString &uuid : moved)
            QVERIFY2(!ids.contains(uuid), qPrintable(uuid));
        const auto satire = std::find_if(
            omissions.cbegin(), omissions.cend(),
            [](const exporters::ExportOmission &o) { return o.verdict == u"satire"_s; });
        QVERIFY(satire != omissions.cend());
        QCOMPARE(satire->reason, Reason::NoFeverLabel);
        QCOMPARE(satire->count, 2);
        QCOMPARE(satire->message, u"2 claims left out of "_s + formatName(format) +
                                      u": verdict \"satire\" has no FEVER label"_s);
        QCOMPARE(exportedCount(format, bytes) + exporters::omittedClaimCount(omissions),
                 int(after.claims.size()) + after.draftCount);

        // Mapped: back in the file, nothing said about them any more.
        QVERIFY(changeVerdicts([](QList<core::TaxonomyEntry> &verdicts) {
            verdicts.last().feverLabel = u"REFUTES"_s;
            verdicts.last().normalised = u"FALSE"_s;
        }));
        const exporters::ExportData mapped = load();
        const QByteArray again = write(format, mapped, &omissions);
        QCOMPARE(exportedCount(format, again), countBefore);
        for (const exporters::ExportOmission &o : std::as_const(omissions))
            QVERIFY2(o.verdict != u"satire"_s, qPrintable(o.message));
    }

    // The other reasons FEVER and ClaimReview leave a claim out, each named and counted.
    void otherReasons_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("fever") << u"fever"_s;
        QTest::newRow("claimreview") << u"claimreview"_s;
    }

    void otherReasons()
    {
        QFETCH(QString, format);
        // "opinion" given a FEVER label is still left out; a claim of kind "opinion" too.
        QVERIFY(changeVerdicts([](QList<core::TaxonomyEntry> &verdicts) {
            for (core::TaxonomyEntry &e : verdicts) {
                if (e.key == u"opinion"_s)
                    e.feverLabel = u"NOT ENOUGH INFO"_s;
            }
        }));
        QVERIFY(setVerdict(
            {QLatin1String(testing::kArabicClaimUuid), QLatin1String(testing::kHostileClaimUuid)},
            u"accurate"_s, u"opinion"_s));
        const exporters::ExportData data = load();
        QList<exporters::ExportOmission> omissions;
        const QByteArray bytes = write(format, data, &omissions);
        const QString name = formatName(format);
        QStringList got;
        for (const exporters::ExportOmission &o : std::as_const(omissions))
            got << o.message;
        QVERIFY2(got.contains(u"1 claim left out of "_s + name +
                              u": verdict \"opinion\" is an opinion, always left out"_s),
                 qPrintable(got.join(u'\n')));
        QVERIFY2(got.contains(u"2 claims left out of "_s + name +
                              u": kind \"opinion\" (verdict \"accurate\"), always left out"_s),
                 qPrintable(got.join(u'\n')));
        QCOMPARE(exportedCount(format, bytes) + exporters::omittedClaimCount(omissions),
                 int(data.claims.size()) + data.draftCount);
    }

    // Nothing to report when the file holds every claim: no drafts, no opinions.
    void nothingLeftOut()
    {
        store::ClaimFilter filter;
        filter.includeDrafts = true;
        auto claims = m_project->claims(filter);
        QVERIFY(claims.ok());
        for (const core::Claim &c : *claims) {
            if (c.isDraft() || c.verdict == u"opinion"_s)
                QVERIFY(m_project->deleteClaim(c.id).ok());
        }
        const exporters::ExportData data = load();
        QCOMPARE(data.draftCount, 0);
        for (const QString &format : exporters::exportFormats()) {
            auto exporter = exporters::createExporter(format);
            QVERIFY2(exporter->omissions(data).isEmpty(), qPrintable(format));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportOmissions)
#include "tst_export_omissions.moc"
