// crible-cli export says what it leaves out on purpose: one line per reason on stderr, the
// exit status still 0, the counts matching the file written. Claims are made through the
// built binary; only the taxonomy change (an editor action, no CLI command) goes through the
// store directly.

#include "cli_runner.h"
#include "store/project.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace crible;

namespace {

using Run = crible::testing::CliRun;
using crible::testing::readBytes;

} // namespace

class TestCliExportOmissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;

    Run run(const QStringList &args) { return crible::testing::runCli(m_dir->path(), args); }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Adds a graded claim (or a draft, without grades) by its quote in the seed article.
    bool addClaim(const QString &quote, const QString &verdict)
    {
        QStringList args{u"claim"_s, u"add"_s,     m_project, u"--article"_s,
                         u"1"_s,     u"--quote"_s, quote};
        if (!verdict.isEmpty()) {
            args << u"--verdict"_s << verdict << u"--level"_s << u"E3"_s << u"--scope"_s
                 << u"local-pilot"_s << u"--presented-as"_s << u"national-in-force"_s;
        }
        const Run r = run(args);
        if (r.exitCode != 0)
            qWarning("claim add: %s", qPrintable(r.err));
        return r.exitCode == 0;
    }

    Run exportTo(const QString &format, const QString &out)
    {
        return run({u"export"_s, m_project, u"--format"_s, format, u"--out"_s, path(out)});
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_project = path(u"p.crible"_s);
        QCOMPARE(run({u"init"_s, m_project}).exitCode, 0);
        QCOMPARE(run({u"import"_s, m_project,
                      QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt"), u"--lang"_s,
                      u"fr"_s})
                     .exitCode,
                 0);
        // Two accurate claims, one misleading, two opinions, one draft.
        QVERIFY(addClaim(u"170 millions de caméras"_s, u"accurate"_s));
        QVERIFY(addClaim(u"680 millions à l’horizon 2020"_s, u"accurate"_s));
        QVERIFY(addClaim(u"la Chine de 2020"_s, u"misleading"_s));
        QVERIFY(addClaim(u"Dictature high-tech, bienvenue en Chine"_s, u"opinion"_s));
        QVERIFY(addClaim(u"tout-en-un"_s, u"opinion"_s));
        QVERIFY(addClaim(u"des réseaux sociaux sous surveillance"_s, QString()));
    }

    void cleanup() { m_dir.reset(); }

    void linesPerReason_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected"); // stderr, line by line
        QTest::addColumn<int>("inFile");           // claims the file holds
        const QString draft = u"1 draft claim left out: drafts are never exported"_s;
        QTest::newRow("fever") << u"fever"_s
                               << QStringList{draft, u"2 claims left out of FEVER: verdict "
                                                     u"\"opinion\" has no FEVER label"_s}
                               << 3;
        QTest::newRow("claimreview")
            << u"claimreview"_s
            << QStringList{draft, u"2 claims left out of ClaimReview: verdict \"opinion\" has no "
                                  u"FEVER label"_s}
            << 3;
        QTest::newRow("jsonl") << u"jsonl"_s << QStringList{draft} << 5;
    }

    void linesPerReason()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, expected);
        QFETCH(int, inFile);
        const Run r = exportTo(format, u"out."_s + format);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.errLines(), expected);
        QVERIFY(r.out.isEmpty());
        const QByteArray bytes = readBytes(path(u"out."_s + format));
        if (format == u"claimreview"_s)
            QCOMPARE(int(bytes.count("\"@type\": \"ClaimReview\"")), inFile);
        else
            QCOMPARE(int(bytes.count('\n')), inFile);
    }

    // The reviewer's case: a verdict added in the taxonomy without a FEVER label no longer
    // makes its claim vanish silently from FEVER and ClaimReview.
    void newVerdictWithoutFeverLabel()
    {
        {
            auto project = store::Project::open(m_project, nullptr);
            QVERIFY2(project.ok(), qPrintable(project.error()));
            auto taxonomy = project.value()->taxonomy();
            QVERIFY(taxonomy.ok());
            core::Taxonomy t = taxonomy.value();
            core::TaxonomyEntry satire;
            satire.key = u"satire"_s;
            satire.label = u"Satire"_s;
            satire.labelFr = u"Satire"_s;
            t.entries(core::TaxonomyAxis::Verdict).append(satire);
            QVERIFY(project.value()->setTaxonomy(t).ok());
        }
        QVERIFY(addClaim(u"Black Mirror"_s, u"satire"_s));

        const Run fever = exportTo(u"fever"_s, u"f.jsonl"_s);
        QCOMPARE(fever.exitCode, 0);
        QCOMPARE(
            fever.errLines(),
            (QStringList{u"1 draft claim left out: drafts are never exported"_s,
                         u"2 claims left out of FEVER: verdict \"opinion\" has no FEVER "
                         u"label"_s,
                         u"1 claim left out of FEVER: verdict \"satire\" has no FEVER label"_s}));
        QCOMPARE(readBytes(path(u"f.jsonl"_s)).count('\n'), 3);

        const Run csv = exportTo(u"csv"_s, u"t.csv"_s);
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.errLines(),
                 QStringList{u"1 draft claim left out: drafts are never exported"_s});
    }

    void helpSaysSo()
    {
        const Run r = run({u"export"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"exit status stays 0"_s));
        QVERIFY(r.out.contains(u"FEVER label"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliExportOmissions)
#include "tst_cli_export_omissions.moc"
