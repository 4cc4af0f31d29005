#include "core/taxonomy.h"
#include "core/validation.h"

#include <QTest>

using namespace crible::core;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void verdictMappings_data();
    void verdictMappings();
    void scopeOrder();
    void claimValidation_data();
    void claimValidation();
    void isoDates_data();
    void isoDates();
};

void TestTaxonomy::verdictMappings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("fever");
    QTest::addColumn<int>("rating");
    QTest::newRow("accurate") << "accurate" << "TRUE" << "SUPPORTS" << 5;
    QTest::newRow("mostly-accurate") << "mostly-accurate" << "TRUE" << "SUPPORTS" << 4;
    QTest::newRow("misleading") << "misleading" << "MIXTURE" << "REFUTES" << 3;
    QTest::newRow("inaccurate") << "inaccurate" << "FALSE" << "REFUTES" << 1;
    QTest::newRow("unverifiable") << "unverifiable" << "OTHER" << "NOT ENOUGH INFO" << 0;
    QTest::newRow("outdated") << "outdated" << "OTHER" << "NOT ENOUGH INFO" << 0;
    QTest::newRow("opinion") << "opinion" << "OTHER" << "" << 0;
}

void TestTaxonomy::verdictMappings()
{
    QFETCH(QString, key);
    QFETCH(QString, normalised);
    QFETCH(QString, fever);
    QFETCH(int, rating);
    const Taxonomy taxonomy = Taxonomy::defaults();
    const TaxonomyEntry *entry = taxonomy.find(TaxonomyAxis::Verdict, key);
    QVERIFY(entry);
    QCOMPARE(entry->normalised, normalised);
    QCOMPARE(entry->feverLabel, fever);
    QCOMPARE(entry->rating, rating);
}

void TestTaxonomy::scopeOrder()
{
    const Taxonomy taxonomy = Taxonomy::defaults();
    QStringList keys;
    for (const TaxonomyEntry &e : taxonomy.entries(TaxonomyAxis::Scope))
        keys << e.key;
    QCOMPARE(keys, (QStringList{"national-in-force", "national-plan", "local-pilot",
                                "commercial", "outside", "none"}));
    QCOMPARE(taxonomy.find(TaxonomyAxis::Scope, QStringLiteral("local-pilot"))->group,
             QStringLiteral("Local pilots"));
    QCOMPARE(taxonomy.entries(TaxonomyAxis::EvidenceLevel).size(), 5);
    QCOMPARE(taxonomy.find(TaxonomyAxis::EvidenceLevel, QStringLiteral("E3"))->displayLabel(QStringLiteral("fr")),
             QStringLiteral("E3 moyen"));
}

void TestTaxonomy::claimValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("known-verdict") << "verdict" << "misleading" << true;
    QTest::newRow("unknown-verdict") << "verdict" << "false-ish" << false;
    QTest::newRow("unknown-scope") << "scope" << "planet" << false;
    QTest::newRow("level-as-scope") << "scope" << "E1" << false;
    QTest::newRow("bad-date") << "statusAsOf" << "2024-02-30" << false;
    QTest::newRow("month-date") << "statusAsOf" << "2024-02" << true;
    QTest::newRow("bad-kind") << "kind" << "rumour" << false;
    QTest::newRow("long-restatement") << "restatement" << QString(76, QLatin1Char('x')) << false;
    QTest::newRow("max-restatement") << "restatement" << QString(75, QLatin1Char('x')) << true;
}

void TestTaxonomy::claimValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    Claim claim;
    claim.start = 0;
    claim.end = 4;
    if (field == QLatin1String("verdict"))
        claim.verdict = value;
    else if (field == QLatin1String("scope"))
        claim.scope = value;
    else if (field == QLatin1String("statusAsOf"))
        claim.statusAsOf = value;
    else if (field == QLatin1String("kind"))
        claim.kind = value;
    else
        claim.restatement = value;
    const auto result = validateClaimFields(claim, Taxonomy::defaults());
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        // The message names the field or the value that was refused.
        const QString named = field == QLatin1String("restatement") ? QStringLiteral("restatement") : value;
        QVERIFY2(result.error().contains(named), qPrintable(result.error()));
    }
}

void TestTaxonomy::isoDates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");
    QTest::newRow("day") << "2022-02-08" << true;
    QTest::newRow("month") << "2017-11" << true;
    QTest::newRow("year") << "2014" << true;
    QTest::newRow("feb-30") << "2021-02-30" << false;
    QTest::newRow("french") << "08/02/2022" << false;
    QTest::newRow("empty") << "" << false;
}

void TestTaxonomy::isoDates()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);
    QCOMPARE(isValidIsoDate(date), valid);
}

QTEST_APPLESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
