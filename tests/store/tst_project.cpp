#include "core/anchor.h"
#include "core/offsets.h"
#include "store/project.h"

#ifdef CRIBLE_HAVE_ICU_TOKENIZER
#include "text/icu_tokenizer.h"
#endif

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace crible;
using store::Project;

namespace {

// Splits on ASCII spaces and lower-cases ASCII: a tokenizer with a name of its own, to
// check what happens when a project is opened without the tokenizer it was made with.
class SpaceTokenizer final : public core::FullTextTokenizer
{
public:
    void tokenize(std::string_view utf8, const TokenSink &sink) const override
    {
        int start = -1;
        std::string token;
        for (int i = 0; i <= int(utf8.size()); ++i) {
            const bool end = i == int(utf8.size()) || utf8[size_t(i)] == ' ';
            if (end) {
                if (start >= 0 && !sink(token, start, i))
                    return;
                start = -1;
                token.clear();
            } else {
                if (start < 0)
                    start = i;
                const char c = utf8[size_t(i)];
                token.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
            }
        }
    }
    const char *name() const override { return "test_spaces"; }
};

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file behind the store's back, as a hand-edited or hostile file would be made.
bool rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (error) {
        qWarning("%s", error);
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

const QString kFrench =
    QStringLiteral("Le système de crédit social est généralisé à toute la Chine.\n"
                   "\n"
                   "Chaque citoyen reçoit une note 😀 de 350 à 950 points.");

core::Article makeArticle(const QString &text = kFrench)
{
    core::Article a;
    a.title = QStringLiteral("Dictature high-tech");
    a.publisher = QStringLiteral("Exemple");
    a.author = QStringLiteral("A. Auteur");
    a.url = QStringLiteral("https://example.org/article");
    a.publishedDate = QStringLiteral("2019-03-01");
    a.language = QStringLiteral("fr");
    a.text = text;
    return a;
}

qint64 codePointIndexOf(const QString &text, const QString &needle)
{
    const qsizetype utf16 = text.indexOf(needle);
    return core::CodePointIndex(text).toCodePoint(utf16);
}

qint64 codePointLength(const QString &text)
{
    return core::CodePointIndex(text).codePointLength();
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char *name = "project.crible") const
    {
        return m_dir->filePath(QString::fromLatin1(name));
    }
    std::unique_ptr<Project> create(const core::FullTextTokenizer *tokenizer = nullptr,
                                    const char *name = "project.crible")
    {
        auto r = Project::create(path(name), tokenizer);
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.error()));
            return nullptr;
        }
        return std::move(r).value();
    }
    int changeCount(Project &p) { return int(p.changeLog(100000)->size()); }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void createSeedsDefaults()
    {
        auto p = create();
        QVERIFY(p);
        auto taxonomy = p->taxonomy();
        QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.error()));
        QVERIFY(*taxonomy == core::Taxonomy::defaults());
        QVERIFY(!taxonomy->entries(core::TaxonomyAxis::Verdict).isEmpty());
        QCOMPARE(p->settings().value(), core::ProjectSettings());
        QVERIFY(p->articles()->isEmpty());
        QVERIFY(p->annotators()->isEmpty());
        QVERIFY(p->checkIntegrity().ok());
        p.reset();
        // The header carries the Crible application id and schema version 1.
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QCOMPARE(header.mid(68, 4), QByteArray("CRIB"));
        QCOMPARE(header.mid(60, 4), QByteArray("\0\0\0\1", 4));
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
        auto reopened = Project::open(path(), nullptr);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QVERIFY(*(*reopened)->taxonomy() == core::Taxonomy::defaults());
    }

    void createRefusesExistingFile()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        auto r = Project::create(path(), nullptr);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("project.crible")), qPrintable(r.error()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void articleRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("french") << kFrench << kFrench.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("emoji-and-chinese")
            << QStringLiteral("社会信用体系 😀👍🏽 is \"nationwide\"")
            << QByteArray("\xff\xfe\x01\x02", 4) << QStringLiteral("UTF-16LE");
        QTest::newRow("binary-original")
            << QStringLiteral("caf\u00e9") << QByteArray("caf\xe9\x80\x81\x7f\x01", 8)
            << QStringLiteral("windows-1252");
        QTest::newRow("no-original") << QStringLiteral("x") << QByteArray() << QString();
    }

    void articleRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, original);
        QFETCH(QString, encoding);
        auto p = create();
        QVERIFY(p);
        core::Article older = makeArticle(QStringLiteral("old version"));
        QVERIFY(p->addArticle(older).ok());
        core::Article a = makeArticle(text);
        a.originalBytes = original;
        a.sourceEncoding = encoding;
        a.sourceFileName = QStringLiteral("article 😀.txt");
        a.importedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
        a.version = 2;
        a.supersedes = older.id;
        auto id = p->addArticle(a);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(a.id, *id);
        QVERIFY(!a.uuid.isEmpty());
        QVERIFY(!a.uuid.contains(u'{'));
        p.reset();
        auto opened = Project::open(path(), nullptr);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto back = (*opened)->article(*id);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->uuid, a.uuid);
        QCOMPARE(back->title, a.title);
        QCOMPARE(back->publisher, a.publisher);
        QCOMPARE(back->author, a.author);
        QCOMPARE(back->url, a.url);
        QCOMPARE(back->publishedDate, a.publishedDate);
        QCOMPARE(back->language, a.language);
        QCOMPARE(back->text, text);
        QCOMPARE(back->originalBytes, original);
        QCOMPARE(back->sourceEncoding, encoding);
        QCOMPARE(back->sourceFileName, a.sourceFileName);
        const QByteArray digest =
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(back->sha256, QString::fromLatin1(digest));
        QCOMPARE(back->importedAt, a.importedAt);
        QCOMPARE(back->version, 2);
        QCOMPARE(back->supersedes, older.id);
        auto list = (*opened)->articles();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).supersededBy, *id);
        QCOMPARE(list->at(1).supersededBy, qint64(0));
        QCOMPARE(list->at(1).length, codePointLength(text));
        QCOMPARE((*opened)->articleIdByUuid(a.uuid).value(), *id);
        QCOMPARE((*opened)->articleIdByUuid(QStringLiteral("nope")).value(), qint64(0));
    }

    void updateArticleMetadata()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        a.title = QStringLiteral("Nouveau titre « 2 »");
        a.publishedDate = QStringLiteral("2020");
        a.text = QStringLiteral("ignored");
        QVERIFY(p->updateArticleMetadata(a).ok());
        auto back = p->article(a.id);
        QCOMPARE(back->title, a.title);
        QCOMPARE(back->publishedDate, QStringLiteral("2020"));
        QCOMPARE(back->text, kFrench);
        QCOMPARE(p->changeLog(1)->first().details.contains(QStringLiteral("Nouveau")), true);
    }

    void claimRoundTrip_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("expectedStatus");
        const auto taxonomy = core::Taxonomy::defaults();
        const QString verdict = taxonomy.entries(core::TaxonomyAxis::Verdict).first().key;
        QTest::newRow("draft-stays-draft")
            << QStringLiteral("draft") << QString() << QStringLiteral("draft");
        QTest::newRow("draft-with-verdict-is-graded")
            << QStringLiteral("draft") << verdict << QStringLiteral("graded");
        QTest::newRow("reviewed-kept")
            << QStringLiteral("reviewed") << verdict << QStringLiteral("reviewed");
    }

    void claimRoundTrip()
    {
        QFETCH(QString, status);
        QFETCH(QString, verdict);
        QFETCH(QString, expectedStatus);
        auto p = create();
        QVERIFY(p);
        const core::Taxonomy taxonomy = core::Taxonomy::defaults();
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Source s1;
        s1.title = QStringLiteral("Plan 2014");
        core::Source s2;
        s2.title = QStringLiteral("Report");
        s2.uuid = QStringLiteral("report-slug");
        QVERIFY(p->addSource(s1).ok());
        QVERIFY(p->addSource(s2).ok());

        core::Claim c;
        c.articleId = a.id;
        c.start = codePointIndexOf(kFrench, QStringLiteral("note"));
        c.end = codePointIndexOf(kFrench, QStringLiteral(" points"));
        c.claimant = QStringLiteral("L'article");
        c.restatement = QStringLiteral("Chaque citoyen a une note 😀");
        c.kind = QStringLiteral("statistic");
        c.status = status;
        c.verdict = verdict;
        c.evidenceLevel = taxonomy.entries(core::TaxonomyAxis::EvidenceLevel).last().key;
        c.presentedAs = taxonomy.entries(core::TaxonomyAxis::Scope).first().key;
        c.scope = taxonomy.entries(core::TaxonomyAxis::Scope).last().key;
        c.explanation = QStringLiteral("Les notes commerciales vont de 350 à 950.");
        c.statusAsOf = QStringLiteral("2024-01-31");
        c.annotator = QStringLiteral("zoé");
        c.created = QDateTime(QDate(2023, 1, 2), QTime(3, 4, 5), Qt::UTC);
        c.modified = QDateTime(QDate(2023, 2, 3), QTime(4, 5, 6), Qt::UTC);
        // Ordered as given, one by id and one by uuid.
        c.sources = {
            {0, QStringLiteral("report-slug"), QStringLiteral("refutes"), QStringLiteral("p. 3")},
            {s1.id, QString(), QStringLiteral("context"), QString()}};
        auto id = p->addClaim(c);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(c.quote, QStringLiteral("note 😀 de 350 à 950"));
        QCOMPARE(c.status, expectedStatus);
        const auto anchor =
            core::TextQuoteAnchor::at(kFrench, core::CodePointIndex(kFrench), c.start, c.end, 32);
        QCOMPARE(c.prefix, anchor.prefix);
        QCOMPARE(c.suffix, anchor.suffix);

        p.reset();
        auto opened = Project::open(path(), nullptr);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto back = (*opened)->claim(*id);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->uuid, c.uuid);
        QCOMPARE(back->articleId, a.id);
        QCOMPARE(back->start, c.start);
        QCOMPARE(back->end, c.end);
        QCOMPARE(back->quote, c.quote);
        QCOMPARE(back->prefix, c.prefix);
        QCOMPARE(back->suffix, c.suffix);
        QCOMPARE(back->claimant, c.claimant);
        QCOMPARE(back->restatement, c.restatement);
        QCOMPARE(back->kind, c.kind);
        QCOMPARE(back->status, expectedStatus);
        QCOMPARE(back->verdict, c.verdict);
        QCOMPARE(back->evidenceLevel, c.evidenceLevel);
        QCOMPARE(back->presentedAs, c.presentedAs);
        QCOMPARE(back->scope, c.scope);
        QCOMPARE(back->explanation, c.explanation);
        QCOMPARE(back->statusAsOf, c.statusAsOf);
        QCOMPARE(back->annotator, QStringLiteral("zoé"));
        QCOMPARE(back->created, c.created);
        QCOMPARE(back->modified, c.modified);
        QCOMPARE(back->sources.size(), 2);
        QCOMPARE(back->sources[0].sourceId, s2.id);
        QCOMPARE(back->sources[0].sourceUuid, QStringLiteral("report-slug"));
        QCOMPARE(back->sources[0].stance, QStringLiteral("refutes"));
        QCOMPARE(back->sources[0].passage, QStringLiteral("p. 3"));
        QCOMPARE(back->sources[1].sourceId, s1.id);
        QCOMPARE(back->sources[1].stance, QStringLiteral("context"));
        auto listed = (*opened)->claims();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().sources.size(), 2);
        QCOMPARE(listed->first().sources[0].sourceUuid, QStringLiteral("report-slug"));
        QCOMPARE((*opened)->annotators().value(), QStringList{QStringLiteral("zoé")});
        QCOMPARE((*opened)->claimIdByUuid(c.uuid).value(), *id);
        const auto summary = (*opened)->articles()->first();
        QCOMPARE(summary.claimCount, 1);
        QCOMPARE(summary.draftCount, expectedStatus == QLatin1String("draft") ? 1 : 0);
    }

    void claimDefaultsAndFilters()
    {
        auto p = create();
        QVERIFY(p);
        p->setActor(QStringLiteral("alice"));
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Claim late;
        late.articleId = a.id;
        late.start = 20;
        late.end = 30;
        QVERIFY(p->addClaim(late).ok());
        QCOMPARE(late.annotator, QStringLiteral("alice"));
        QVERIFY(late.created.isValid());
        QCOMPARE(late.created.timeSpec(), Qt::UTC);
        QCOMPARE(late.created.time().msec(), 0);
        QVERIFY(!late.uuid.contains(u'{'));
        core::Claim early;
        early.articleId = a.id;
        early.start = 0;
        early.end = 5;
        early.annotator = QStringLiteral("bob");
        early.verdict = core::Taxonomy::defaults().entries(core::TaxonomyAxis::Verdict).first().key;
        QVERIFY(p->addClaim(early).ok());
        auto all = p->claims();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, early.id); // by start
        store::ClaimFilter bob;
        bob.annotator = QStringLiteral("bob");
        QCOMPARE(p->claims(bob)->size(), 1);
        store::ClaimFilter graded;
        graded.includeDrafts = false;
        QCOMPARE(p->claims(graded)->size(), 1);
        QCOMPARE(p->claims(graded)->first().id, early.id);
        store::ClaimFilter other;
        other.articleId = a.id + 1;
        QCOMPARE(p->claims(other)->size(), 0);
        QCOMPARE(p->annotators().value(),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    }

    void updateAndDeleteClaim()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 3;
        c.end = 10;
        c.created = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        c.modified = c.created;
        QVERIFY(p->addClaim(c).ok());
        c.start = 0;
        c.end = 2;
        c.quote.clear();
        c.restatement = QStringLiteral("Changed");
        auto r = p->updateClaim(c);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        auto back = p->claim(c.id);
        QCOMPARE(back->quote, QStringLiteral("Le"));
        QCOMPARE(back->prefix, QString());
        QCOMPARE(back->restatement, QStringLiteral("Changed"));
        QCOMPARE(back->created, c.created);
        QVERIFY(back->modified > c.created);
        QVERIFY(p->search(QStringLiteral("Changed"))->size() == 1);
        QVERIFY(p->deleteClaim(c.id).ok());
        QVERIFY(!p->claim(c.id).ok());
        QVERIFY(p->search(QStringLiteral("Changed"))->isEmpty());
        QVERIFY(p->checkIntegrity().ok());
    }

    // Search entries of claims are written at the outermost commit; an inner batch that
    // rolls back after touching them must leave the index exactly matching the claims.
    void nestedBatchesKeepTheIndexExact()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Claim kept;
        {
            Project::Batch outer(*p);
            kept.articleId = a.id;
            kept.start = 0;
            kept.end = 2;
            kept.restatement = QStringLiteral("alpha");
            QVERIFY(p->addClaim(kept).ok());
            {
                Project::Batch inner(*p);
                core::Claim changed = kept;
                changed.restatement = QStringLiteral("beta");
                QVERIFY(p->updateClaim(changed).ok());
                QCOMPARE(p->search(QStringLiteral("beta"))->size(), 1);
                core::Claim dropped;
                dropped.articleId = a.id;
                dropped.start = 3;
                dropped.end = 5;
                dropped.restatement = QStringLiteral("gamma");
                QVERIFY(p->addClaim(dropped).ok());
            }
            core::Claim second;
            second.articleId = a.id;
            second.start = 6;
            second.end = 8;
            second.restatement = QStringLiteral("delta");
            QVERIFY(p->addClaim(second).ok());
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(p->claims()->size(), 2);
        QCOMPARE(p->claim(kept.id)->restatement, QStringLiteral("alpha"));
        QCOMPARE(p->search(QStringLiteral("alpha"))->size(), 1);
        QCOMPARE(p->search(QStringLiteral("delta"))->size(), 1);
        QVERIFY(p->search(QStringLiteral("beta"))->isEmpty());
        QVERIFY(p->search(QStringLiteral("gamma"))->isEmpty());
        auto integrity = p->checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(integrity.error()));
    }

    void integrityCheckSeesAHandEditedClaim()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 0;
        c.end = 2;
        c.restatement = QStringLiteral("original words");
        QVERIFY(p->addClaim(c).ok());
        QVERIFY(p->checkIntegrity().ok());
        p.reset();
        QVERIFY(rawExec(path(), "UPDATE claims SET restatement = 'edited behind the index'"));
        auto opened = Project::open(path(), nullptr);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto integrity = (*opened)->checkIntegrity();
        QVERIFY(!integrity.ok());
        QVERIFY2(integrity.error().contains(QStringLiteral("search index")),
                 qPrintable(integrity.error()));
    }

    void claimRefusals_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("sourceUuid");
        QTest::addColumn<QString>("expected");
        QTest::newRow("span-past-end") << qint64(5) << qint64(5000) << QString() << QString()
                                       << QString() << QStringLiteral("5:5000");
        QTest::newRow("empty-span") << qint64(5) << qint64(5) << QString() << QString() << QString()
                                    << QStringLiteral("5:5");
        QTest::newRow("quote-mismatch") << qint64(0) << qint64(2) << QStringLiteral("La")
                                        << QString() << QString() << QStringLiteral("\"La\"");
        QTest::newRow("unknown-verdict")
            << qint64(0) << qint64(2) << QString() << QStringLiteral("sorta-true") << QString()
            << QStringLiteral("sorta-true");
        QTest::newRow("unknown-source") << qint64(0) << qint64(2) << QString() << QString()
                                        << QStringLiteral("ghost") << QStringLiteral("ghost");
    }

    // A failed action leaves nothing behind, alone or inside a Batch.
    void claimRefusals()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, quote);
        QFETCH(QString, verdict);
        QFETCH(QString, sourceUuid);
        QFETCH(QString, expected);
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        const int changes = changeCount(*p);
        core::Claim bad;
        bad.articleId = a.id;
        bad.start = start;
        bad.end = end;
        bad.quote = quote;
        bad.verdict = verdict;
        bad.annotator = QStringLiteral("newcomer");
        if (!sourceUuid.isEmpty())
            bad.sources.append({0, sourceUuid, QStringLiteral("supports"), QString()});
        auto r = p->addClaim(bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QStringLiteral("project.crible")), qPrintable(r.error()));
        QCOMPARE(bad.id, qint64(0));
        QCOMPARE(p->claims()->size(), 0);
        QCOMPARE(changeCount(*p), changes);
        QVERIFY(p->annotators()->isEmpty());

        {
            Project::Batch batch(*p);
            core::Claim good;
            good.articleId = a.id;
            good.start = 0;
            good.end = 2;
            good.explanation = QStringLiteral("Le début");
            QVERIFY(p->addClaim(good).ok());
            QVERIFY(!p->addClaim(bad).ok());
            QVERIFY(batch.commit().ok());
        }
        QCOMPARE(p->claims()->size(), 1);
        QCOMPARE(changeCount(*p), changes + 1);
        QVERIFY(!p->annotators()->contains(QStringLiteral("newcomer")));

        {
            Project::Batch batch(*p); // never committed: everything in it rolls back
            core::Claim good;
            good.articleId = a.id;
            good.start = 3;
            good.end = 4;
            good.explanation = QStringLiteral("Le reste");
            QVERIFY(p->addClaim(good).ok());
            QCOMPARE(p->claims()->size(), 2);
        }
        QCOMPARE(p->claims()->size(), 1);
        QCOMPARE(changeCount(*p), changes + 1);
        QCOMPARE(p->search(QStringLiteral("Le"))->size(), 2); // text unit + the one claim
    }

    void sourceRoundTrip()
    {
        auto p = create();
        QVERIFY(p);
        core::Source s;
        s.uuid = QStringLiteral("guofa-2014-21");
        s.title = QStringLiteral("Planning Outline");
        s.originalTitle = QStringLiteral("社会信用体系建设规划纲要");
        s.publisher = QStringLiteral("State Council");
        s.url = QStringLiteral("https://www.gov.cn/zhengce/content/2014-06/27/content_8913.htm");
        s.archiveUrl = QStringLiteral("https://web.archive.org/web/2020/https://www.gov.cn/");
        s.date = QStringLiteral("2014-06-14");
        s.accessedDate = QStringLiteral("2024-02");
        s.language = QStringLiteral("zh-Hans");
        s.documentNumber = QStringLiteral("Guofa [2014] No. 21");
        s.translator = QStringLiteral("China Copyright and Media");
        s.primary = true;
        s.readVia = QStringLiteral("translation");
        s.reliability = QStringLiteral("A");
        s.notes = QStringLiteral("Notes 😀\nsecond line");
        auto id = p->addSource(s);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        p.reset();
        auto opened = Project::open(path(), nullptr);
        QVERIFY(opened.ok());
        Project &q = **opened;
        auto back = q.source(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->uuid, s.uuid);
        QCOMPARE(back->title, s.title);
        QCOMPARE(back->originalTitle, s.originalTitle);
        QCOMPARE(back->publisher, s.publisher);
        QCOMPARE(back->url, s.url);
        QCOMPARE(back->archiveUrl, s.archiveUrl);
        QCOMPARE(back->date, s.date);
        QCOMPARE(back->accessedDate, s.accessedDate);
        QCOMPARE(back->language, s.language);
        QCOMPARE(back->documentNumber, s.documentNumber);
        QCOMPARE(back->translator, s.translator);
        QCOMPARE(back->primary, true);
        QCOMPARE(back->readVia, s.readVia);
        QCOMPARE(back->reliability, s.reliability);
        QCOMPARE(back->notes, s.notes);
        QCOMPARE(q.sourceIdByUuid(s.uuid).value(), *id);
        QCOMPARE(q.sourceIdByUrl(s.url).value(), *id);
        QCOMPARE(q.sourceIdByUrl(QStringLiteral("https://other.example/")).value(), qint64(0));
        core::Source changed = *back;
        changed.primary = false;
        changed.reliability = QStringLiteral("C");
        QVERIFY(q.updateSource(changed).ok());
        QCOMPARE(q.source(*id)->primary, false);
        QCOMPARE(q.sources()->size(), 1);
        QVERIFY(q.changeLog(1)->first().details.contains(QStringLiteral("reliability")));

        core::Source invalid;
        invalid.title = QStringLiteral("Bad");
        invalid.url = QStringLiteral("not a url");
        QVERIFY(!q.addSource(invalid).ok());
        QCOMPARE(q.sources()->size(), 1);
    }

    void deleteSourceRefusedWhileLinked()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Source s;
        s.title = QStringLiteral("Linked");
        QVERIFY(p->addSource(s).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 0;
        c.end = 2;
        c.sources = {{s.id, QString(), QStringLiteral("supports"), QString()}};
        QVERIFY(p->addClaim(c).ok());
        auto r = p->deleteSource(s.id);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("Linked")), qPrintable(r.error()));
        QVERIFY(p->deleteClaim(c.id).ok());
        QVERIFY(p->deleteSource(s.id).ok());
        QVERIFY(p->sources()->isEmpty());
    }

    void settingsAndActor()
    {
        auto p = create();
        QVERIFY(p);
        core::ProjectSettings settings;
        settings.organisationName = QStringLiteral("Les Décodeurs");
        settings.organisationUrl = QStringLiteral("https://example.org/");
        settings.defaultAnnotator = QStringLiteral("camille");
        QVERIFY(p->setSettings(settings).ok());
        p.reset();
        auto opened = Project::open(path(), nullptr);
        QVERIFY(opened.ok());
        QCOMPARE((*opened)->settings().value(), settings);
        QCOMPARE((*opened)->actor(), QStringLiteral("camille"));
    }

    void taxonomyEdits()
    {
        auto p = create();
        QVERIFY(p);
        core::Taxonomy t = core::Taxonomy::defaults();
        const QString used = t.entries(core::TaxonomyAxis::Verdict).first().key;
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 0;
        c.end = 2;
        c.verdict = used;
        QVERIFY(p->addClaim(c).ok());
        core::Taxonomy without = t;
        without.entries(core::TaxonomyAxis::Verdict).removeFirst();
        auto refused = p->setTaxonomy(without);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(used), qPrintable(refused.error()));
        QVERIFY(*p->taxonomy() == t);

        core::Taxonomy edited = t;
        core::TaxonomyEntry extra;
        extra.key = QStringLiteral("local-only");
        extra.label = QStringLiteral("Local");
        extra.labelFr = QStringLiteral("Local (fr)");
        extra.color = QStringLiteral("#123456");
        extra.group = QStringLiteral("G");
        extra.groupFr = QStringLiteral("G fr");
        edited.entries(core::TaxonomyAxis::Scope).prepend(extra);
        QVERIFY(p->setTaxonomy(edited).ok());
        p.reset();
        auto opened = Project::open(path(), nullptr);
        QVERIFY(opened.ok());
        QVERIFY(*(*opened)->taxonomy() == edited);
        QCOMPARE((*opened)->taxonomy()->entries(core::TaxonomyAxis::Scope).first().key,
                 QStringLiteral("local-only"));
        core::Claim scoped;
        scoped.articleId = a.id;
        scoped.start = 3;
        scoped.end = 5;
        scoped.scope = QStringLiteral("local-only");
        QVERIFY((*opened)->addClaim(scoped).ok());
    }

    void changeLogRecordsWhoAndWhat()
    {
        auto p = create();
        QVERIFY(p);
        p->setActor(QStringLiteral("alice"));
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 0;
        c.end = 2;
        QVERIFY(p->addClaim(c).ok());
        p->setActor(QStringLiteral("bob"));
        c.explanation = QStringLiteral("Nuance");
        QVERIFY(p->updateClaim(c).ok());
        QVERIFY(p->deleteClaim(c.id).ok());
        auto log = p->changeLog();
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 4); // most recent first
        QCOMPARE(log->at(3).actor, QStringLiteral("alice"));
        QCOMPARE(log->at(3).entity, QStringLiteral("article"));
        QCOMPARE(log->at(3).entityUuid, a.uuid);
        QCOMPARE(log->at(2).action, QStringLiteral("insert"));
        QCOMPARE(log->at(2).entity, QStringLiteral("claim"));
        QCOMPARE(log->at(2).entityUuid, c.uuid);
        QCOMPARE(log->at(1).actor, QStringLiteral("bob"));
        QCOMPARE(log->at(1).action, QStringLiteral("update"));
        QVERIFY2(log->at(1).details.contains(QStringLiteral("Nuance")),
                 qPrintable(log->at(1).details));
        QVERIFY(!log->at(1).details.contains(QStringLiteral("quote")));
        QCOMPARE(log->at(0).action, QStringLiteral("delete"));
        QVERIFY(log->at(0).at.isValid());
        QVERIFY(qAbs(log->at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void suggestionDecisionsRoundTrip()
    {
        auto p = create();
        QVERIFY(p);
        p->setActor(QStringLiteral("alice"));
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Article other = makeArticle(QStringLiteral("Un autre texte."));
        QVERIFY(p->addArticle(other).ok());
        const int changesBefore = changeCount(*p);

        const QDateTime at(QDate(2026, 3, 1), QTime(10, 30, 5), Qt::UTC);
        QVERIFY(p->setSuggestionDecision(
                     {a.id, 10, 20, QStringLiteral("accepted"), QStringLiteral("bob"), at})
                    .ok());
        QVERIFY(p->setSuggestionDecision({a.id, 0, 5, QStringLiteral("rejected"), {}, {}}).ok());
        QVERIFY(
            p->setSuggestionDecision({other.id, 0, 3, QStringLiteral("rejected"), {}, {}}).ok());

        auto list = p->suggestionDecisions(a.id);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2); // by start: the later call comes first
        QCOMPARE(list->at(0).start, qint64(0));
        QCOMPARE(list->at(0).end, qint64(5));
        QCOMPARE(list->at(0).decision, QStringLiteral("rejected"));
        QCOMPARE(list->at(0).actor, QStringLiteral("alice"));
        QVERIFY(qAbs(list->at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(list->at(1).articleId, a.id);
        QCOMPARE(list->at(1).start, qint64(10));
        QCOMPARE(list->at(1).end, qint64(20));
        QCOMPARE(list->at(1).decision, QStringLiteral("accepted"));
        QCOMPARE(list->at(1).actor, QStringLiteral("bob"));
        QCOMPARE(list->at(1).at, at);
        QVERIFY(p->annotators()->contains(QStringLiteral("bob")));

        // The same span again: the new decision replaces the old one.
        QVERIFY(p->setSuggestionDecision({a.id, 0, 5, QStringLiteral("accepted"), {}, {}}).ok());
        list = p->suggestionDecisions(a.id);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).decision, QStringLiteral("accepted"));

        auto log = p->changeLog();
        QCOMPARE(int(log->size()), changesBefore + 4);
        QCOMPARE(log->at(0).entity, QStringLiteral("suggestion"));
        QCOMPARE(log->at(0).action, QStringLiteral("update"));
        QCOMPARE(log->at(0).entityUuid, a.uuid);
        QVERIFY2(log->at(0).details.contains(QStringLiteral("rejected")),
                 qPrintable(log->at(0).details));
        QCOMPARE(log->at(1).action, QStringLiteral("insert"));
        QCOMPARE(log->at(1).entityUuid, other.uuid);

        // Reopened, and gone with their article.
        p.reset();
        auto reopened = Project::open(path(), nullptr);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        p = std::move(reopened).value();
        QCOMPARE(p->suggestionDecisions(a.id)->size(), 2);
        QVERIFY(p->deleteArticle(a.id).ok());
        QCOMPARE(p->suggestionDecisions(a.id)->size(), 0);
        QCOMPARE(p->suggestionDecisions(other.id)->size(), 1);
        QVERIFY(p->checkIntegrity().ok());
    }

    void clearSuggestionDecision()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        QVERIFY(p->setSuggestionDecision({a.id, 0, 5, QStringLiteral("rejected"), {}, {}}).ok());
        QVERIFY(p->setSuggestionDecision({a.id, 6, 9, QStringLiteral("accepted"), {}, {}}).ok());
        const int changesBefore = changeCount(*p);

        QVERIFY(p->clearSuggestionDecision(a.id, 0, 5).ok());
        auto list = p->suggestionDecisions(a.id);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).start, qint64(6)); // the other span is untouched
        auto log = p->changeLog();
        QCOMPARE(int(log->size()), changesBefore + 1);
        QCOMPARE(log->at(0).action, QStringLiteral("delete"));
        QCOMPARE(log->at(0).entity, QStringLiteral("suggestion"));
        QVERIFY2(log->at(0).details.contains(QStringLiteral("rejected")),
                 qPrintable(log->at(0).details));

        // Nothing on the span: nothing changes, nothing is logged.
        QVERIFY(p->clearSuggestionDecision(a.id, 0, 5).ok());
        QCOMPARE(int(p->changeLog()->size()), changesBefore + 1);
        // An unknown article is named.
        auto refused = p->clearSuggestionDecision(a.id + 100, 0, 5);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QString::number(a.id + 100)),
                 qPrintable(refused.error()));

        p.reset();
        auto reopened = Project::open(path(), nullptr);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QCOMPARE(reopened.value()->suggestionDecisions(a.id)->size(), 1);
    }

    void suggestionDecisionRefusals_data()
    {
        QTest::addColumn<int>("article"); // 0: the article, 1: an id that does not exist
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown-decision")
            << 0 << qint64(0) << qint64(5) << QStringLiteral("maybe") << QStringLiteral("neither");
        QTest::newRow("empty-decision")
            << 0 << qint64(0) << qint64(5) << QString() << QStringLiteral("neither");
        QTest::newRow("no-article") << 1 << qint64(0) << qint64(5) << QStringLiteral("accepted")
                                    << QStringLiteral("no article");
        QTest::newRow("past-the-end") << 0 << qint64(0) << qint64(100000)
                                      << QStringLiteral("rejected") << QStringLiteral("article");
        QTest::newRow("reversed") << 0 << qint64(9) << qint64(3) << QStringLiteral("rejected")
                                  << QStringLiteral("article");
        QTest::newRow("negative") << 0 << qint64(-1) << qint64(3) << QStringLiteral("rejected")
                                  << QStringLiteral("article");
    }

    void suggestionDecisionRefusals()
    {
        QFETCH(int, article);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, decision);
        QFETCH(QString, expected);
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        const qint64 id = article == 0 ? a.id : a.id + 1000;
        const int changesBefore = changeCount(*p);
        auto r = p->setSuggestionDecision({id, start, end, decision, {}, {}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QStringLiteral("project.crible")), qPrintable(r.error()));
        QCOMPARE(p->suggestionDecisions(id)->size(), 0);
        QCOMPARE(changeCount(*p), changesBefore);

        // Inside a batch that rolls back, an accepted decision leaves nothing either.
        {
            Project::Batch batch(*p);
            QVERIFY(
                p->setSuggestionDecision({a.id, 0, 2, QStringLiteral("accepted"), {}, {}}).ok());
            QCOMPARE(p->suggestionDecisions(a.id)->size(), 1);
        }
        QCOMPARE(p->suggestionDecisions(a.id)->size(), 0);
        QCOMPARE(changeCount(*p), changesBefore);
    }

    void deleteArticleRemovesClaimsAndUnits()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Article b = makeArticle(QStringLiteral("Une autre note, ailleurs."));
        b.supersedes = a.id;
        QVERIFY(p->addArticle(b).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 0;
        c.end = 2;
        QVERIFY(p->addClaim(c).ok());
        QCOMPARE(p->search(QStringLiteral("note"))->size(), 2);
        QVERIFY(p->deleteArticle(a.id).ok());
        QCOMPARE(p->articles()->size(), 1);
        QCOMPARE(p->claims()->size(), 0);
        QCOMPARE(p->article(b.id)->supersedes, qint64(0));
        auto hits = p->search(QStringLiteral("note"));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().articleId, b.id);
        QVERIFY(p->checkIntegrity().ok());
        QVERIFY(!p->deleteArticle(a.id).ok());
    }

    void search_data()
    {
        QTest::addColumn<bool>("icu");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("word");
        QTest::newRow("accent-folded-unicode61")
            << false << kFrench << QStringLiteral("generalise") << QStringLiteral("généralisé");
        QTest::newRow("case-folded-unicode61")
            << false << kFrench << QStringLiteral("CHINE") << QStringLiteral("Chine");
#ifdef CRIBLE_HAVE_ICU_TOKENIZER
        QTest::newRow("accent-folded-icu")
            << true << kFrench << QStringLiteral("generalise") << QStringLiteral("généralisé");
        QTest::newRow("chinese-word-icu")
            << true << QStringLiteral("开头。\n中国的社会信用体系建设规划纲要于2014年发布。")
            << QStringLiteral("信用") << QStringLiteral("信用");
#endif
    }

    void search()
    {
        QFETCH(bool, icu);
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QString, word);
#ifdef CRIBLE_HAVE_ICU_TOKENIZER
        const text::IcuWordTokenizer icuTokenizer;
        const core::FullTextTokenizer *tokenizer = icu ? &icuTokenizer : nullptr;
#else
        const core::FullTextTokenizer *tokenizer = nullptr;
        Q_UNUSED(icu);
#endif
        auto p = create(tokenizer);
        QVERIFY(p);
        core::Article a = makeArticle(text);
        QVERIFY(p->addArticle(a).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = codePointIndexOf(text, word);
        c.end = c.start + codePointLength(word);
        c.restatement = QStringLiteral("Restated");
        // Claims are found by the fact-checker's words; their quote by the text unit.
        c.explanation = QStringLiteral("Le mot ") + word + QStringLiteral(" est précis.");
        QVERIFY(p->addClaim(c).ok());

        auto hits = p->search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(hits->size(), 2);
        const core::CodePointIndex index(text);
        bool sawUnit = false;
        bool sawClaim = false;
        for (const store::SearchHit &hit : *hits) {
            QCOMPARE(hit.articleId, a.id);
            QVERIFY2(hit.snippet.contains(u'\x02' + word + u'\x03'), qPrintable(hit.snippet));
            if (hit.kind == store::SearchHit::Kind::ArticleText) {
                sawUnit = true;
                const QString unit = core::codePointSlice(text, index, hit.start, hit.end);
                QVERIFY2(unit.contains(word), qPrintable(unit));
                QVERIFY(!unit.contains(u'\n'));
                QCOMPARE(unit, unit.trimmed());
            } else {
                sawClaim = true;
                QCOMPARE(hit.claimId, c.id);
                QCOMPARE(hit.start, c.start);
                QCOMPARE(hit.end, c.end);
            }
        }
        QVERIFY(sawUnit && sawClaim);
        QVERIFY(p->search(QStringLiteral("introuvable"))->isEmpty());
        // Reopened with the same tokenizer, the index still answers.
        p.reset();
        auto opened = Project::open(path(), tokenizer);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE((*opened)->search(query)->size(), 2);
    }

#ifdef CRIBLE_HAVE_ICU_TOKENIZER
    void searchSnippetShape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // the snippet with [ ] for the markers
        const QString filler = QStringLiteral("un deux trois quatre cinq six sept huit neuf dix "
                                              "onze douze treize quatorze quinze seize dix-sept");
        QTest::newRow("middle-of-long-unit") // 16 words from two before the match
            << filler + QStringLiteral(" Pékin surveille ") + filler << QStringLiteral("pekin")
            << QStringLiteral("…dix-sept [Pékin] surveille un deux trois quatre cinq six sept "
                              "huit neuf dix onze douze…");
        QTest::newRow("start-of-unit")
            << QStringLiteral("Pékin surveille ") + filler << QStringLiteral("pekin")
            << QStringLiteral("[Pékin] surveille un deux trois quatre cinq six sept huit neuf "
                              "dix onze douze treize quatorze…");
        QTest::newRow("short-unit-whole")
            << QStringLiteral("« Le crédit social », dit-il.") << QStringLiteral("credit")
            << QStringLiteral("« Le [crédit] social », dit-il.");
        // The first window holding both words wins over an earlier lone match.
        QTest::newRow("window-with-every-term")
            << QStringLiteral("Pékin ") + filler + QStringLiteral(" ville de Pékin et note finale")
            << QStringLiteral("pekin note") << QStringLiteral("…ville de [Pékin] et [note] finale");
        // No window holds both: the earliest window with a match, cut before the rest.
        QTest::newRow("terms-apart")
            << QStringLiteral("Pékin ") + filler + QStringLiteral(" note ") + filler + u' ' + filler
            << QStringLiteral("pekin note")
            << QStringLiteral("[Pékin] un deux trois quatre cinq six sept huit neuf dix onze douze "
                              "treize quatorze quinze…");
    }

    void searchSnippetShape()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const text::IcuWordTokenizer tokenizer;
        auto p = create(&tokenizer);
        QVERIFY(p);
        core::Article a = makeArticle(text);
        QVERIFY(p->addArticle(a).ok());
        auto hits = p->search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(hits->size(), 1);
        QString snippet = hits->first().snippet;
        snippet.replace(QChar(0x02), u'[').replace(QChar(0x03), u']');
        QCOMPARE(snippet, expected);
    }
#endif

    // The ranking weighs a word by how rare it is, as bm25 does: a paragraph with the rare
    // word twice beats one with the common word twice, and the order is stable on reopening.
    void searchRankingWeighsRareWords()
    {
        auto p = create();
        QVERIFY(p);
        QString text;
        for (int i = 0; i < 150; ++i)
            text += QStringLiteral("Paragraphe commun numéro %1 sans plus.\n").arg(i);
        text += QStringLiteral("Commun commun rarissime fin.\n");
        text += QStringLiteral("Commun rarissime rarissime fin.\n");
        core::Article a = makeArticle(text);
        QVERIFY(p->addArticle(a).ok());
        for (int pass = 0; pass < 2; ++pass) {
            auto hits = p->search(QStringLiteral("commun rarissime"));
            QVERIFY2(hits.ok(), qPrintable(hits.error()));
            QCOMPARE(hits->size(), 2);
            const auto unit = [&](const store::SearchHit &h) {
                return core::codePointSlice(text, core::CodePointIndex(text), h.start, h.end);
            };
            QCOMPARE(unit(hits->at(0)), QStringLiteral("Commun rarissime rarissime fin."));
            QCOMPARE(unit(hits->at(1)), QStringLiteral("Commun commun rarissime fin."));
            QVERIFY(hits->at(0).rank < hits->at(1).rank);
            QVERIFY(hits->at(1).rank < 0);
            p.reset();
            auto opened = Project::open(path(), nullptr);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            p = std::move(opened).value();
        }
    }

    void searchLongParagraphUsesSmallUnits()
    {
        auto p = create();
        QVERIFY(p);
        QString text;
        for (int i = 0; i < 400; ++i)
            text += QStringLiteral("Phrase numéro %1 du long paragraphe. ").arg(i);
        text += QStringLiteral("Le mot rarissime est ici.");
        core::Article a = makeArticle(text);
        QVERIFY(p->addArticle(a).ok());
        auto hits = p->search(QStringLiteral("rarissime"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        const store::SearchHit hit = hits->first();
        QVERIFY(hit.end - hit.start <= 1000);
        QVERIFY(hit.end - hit.start > 100);
        QCOMPARE(hit.end, codePointLength(text));
        const QString unit =
            core::codePointSlice(text, core::CodePointIndex(text), hit.start, hit.end);
        QVERIFY2(unit.endsWith(QStringLiteral("Le mot rarissime est ici.")), qPrintable(unit));
        QVERIFY2(unit.startsWith(QStringLiteral("Phrase")), qPrintable(unit));
        // Every unit is a run of whole sentences no longer than the cut length.
        auto all = p->search(QStringLiteral("numéro"), 1000);
        QVERIFY(all.ok());
        QVERIFY(all->size() >= text.size() / 1000);
        for (const store::SearchHit &h : *all) {
            const QString u =
                core::codePointSlice(text, core::CodePointIndex(text), h.start, h.end);
            QVERIFY(u.size() <= 1000);
            QVERIFY2(u.startsWith(QStringLiteral("Phrase")) && u.endsWith(u'.'), qPrintable(u));
        }
    }

    // A word in thousands of units: still the requested number of hits, best (densest)
    // first among those ranked.
    void searchCommonWord()
    {
        auto p = create();
        QVERIFY(p);
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("Ligne %1 avec le mot commun et du remplissage varié.\n").arg(i);
        text += QStringLiteral("commun commun commun\n");
        core::Article a = makeArticle(text);
        QVERIFY(p->addArticle(a).ok());
        auto hits = p->search(QStringLiteral("commun"), 20);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
        QCOMPARE(hits->size(), 20);
        const core::CodePointIndex index(text);
        QCOMPARE(core::codePointSlice(text, index, hits->first().start, hits->first().end),
                 QStringLiteral("commun commun commun"));
        for (int i = 1; i < hits->size(); ++i)
            QVERIFY(hits->at(i - 1).rank <= hits->at(i).rank);
    }

    void searchQuerySyntaxIsLiteral_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("and-paren") << QStringLiteral("AND (");
        QTest::newRow("lone-quote") << QStringLiteral("\"");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("near") << QStringLiteral("NEAR(système crédit");
        QTest::newRow("column-filter") << QStringLiteral("body: système");
        QTest::newRow("caret-minus") << QStringLiteral("^système -crédit");
        QTest::newRow("quoted-word") << QStringLiteral("\"système\" OR");
        QTest::newRow("empty") << QString();
    }

    void searchQuerySyntaxIsLiteral()
    {
        QFETCH(QString, query);
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        auto hits = p->search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.error()));
    }

    void searchWithoutTheProjectsTokenizerFailsCleanly()
    {
        const SpaceTokenizer spaces;
        auto p = create(&spaces);
        QVERIFY(p);
        core::Article a = makeArticle(QStringLiteral("Alpha Beta gamma"));
        QVERIFY(p->addArticle(a).ok());
        QCOMPARE(p->search(QStringLiteral("beta"))->size(), 1);
        p.reset();
        auto opened = Project::open(path(), nullptr);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        auto hits = (*opened)->search(QStringLiteral("beta"));
        QVERIFY(!hits.ok());
        QVERIFY2(hits.error().contains(QStringLiteral("test_spaces")), qPrintable(hits.error()));
        // Everything that does not touch the index still works.
        QCOMPARE((*opened)->articles()->size(), 1);
        core::Article more = makeArticle();
        QVERIFY(!(*opened)->addArticle(more).ok());
        QCOMPARE((*opened)->articles()->size(), 1);
    }

    void newerSchemaRefusedUntouched()
    {
        auto p = create();
        QVERIFY(p);
        p.reset();
        QVERIFY(rawExec(path(), "PRAGMA user_version = 7"));
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
        const QByteArray before = sha256Of(path());
        auto r = Project::open(path(), nullptr);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("project.crible")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QStringLiteral("schema version 7 is newer")),
                 qPrintable(r.error()));
        QCOMPARE(sha256Of(path()), before);
    }

    void hostileFilesRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("sql");   // applied to a fresh project, or
        QTest::addColumn<QByteArray>("bytes"); // written as the whole file when not empty
        QTest::addColumn<QString>("expected");
        QTest::newRow("trigger") << QByteArray("CREATE TRIGGER t AFTER INSERT ON claims BEGIN "
                                               "DELETE FROM articles; END")
                                 << QByteArray() << QStringLiteral("trigger \"t\"");
        QTest::newRow("view") << QByteArray("CREATE VIEW v AS SELECT * FROM claims") << QByteArray()
                              << QStringLiteral("view \"v\"");
        QTest::newRow("extra-table") << QByteArray("CREATE TABLE extra (x)") << QByteArray()
                                     << QStringLiteral("table \"extra\"");
        QTest::newRow("altered-table")
            << QByteArray("ALTER TABLE claims ADD COLUMN evil TEXT DEFAULT 'x'") << QByteArray()
            << QStringLiteral("table \"claims\" differs");
        QTest::newRow("missing-table") << QByteArray("DROP TABLE change_log") << QByteArray()
                                       << QStringLiteral("missing table \"change_log\"");
        QTest::newRow("missing-suggestions")
            << QByteArray("DROP TABLE suggestion_decisions") << QByteArray()
            << QStringLiteral("suggestion_decisions");
        QTest::newRow("unchecked-suggestions")
            << QByteArray("DROP TABLE suggestion_decisions; CREATE TABLE suggestion_decisions ("
                          "article_id INTEGER, start_offset INTEGER, end_offset INTEGER,"
                          " decision TEXT, actor TEXT, decided_at TEXT)")
            << QByteArray() << QStringLiteral("table \"suggestion_decisions\" differs");
        QTest::newRow("other-application-id")
            << QByteArray("PRAGMA application_id = 42") << QByteArray()
            << QStringLiteral("another application");
        QByteArray random(4096, '\0');
        QRandomGenerator generator(12345);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("random-bytes")
            << QByteArray() << random << QStringLiteral("not an SQLite database");
        QTest::newRow("text-file") << QByteArray() << QByteArray("SQLite format 2 but not really\n")
                                   << QStringLiteral("not an SQLite database");
        QByteArray truncated("SQLite format 3\0", 16);
        truncated.append(200, '\xff');
        QTest::newRow("damaged-header")
            << QByteArray() << truncated << QStringLiteral("not a Crible project");
    }

    void hostileFilesRefusedUntouched()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        if (bytes.isEmpty()) {
            auto p = create();
            QVERIFY(p);
            core::Article a = makeArticle();
            QVERIFY(p->addArticle(a).ok());
            p.reset();
            QVERIFY(rawExec(path(), sql.constData()));
        } else {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const QByteArray before = sha256Of(path());
        for (const store::OpenMode mode : {store::OpenMode::ReadWrite, store::OpenMode::ReadOnly}) {
            auto r = Project::open(path(), nullptr, mode);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(QStringLiteral("project.crible")), qPrintable(r.error()));
            QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        }
        QCOMPARE(sha256Of(path()), before);
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
    }

    void foreignSqliteFileRefused()
    {
        QVERIFY(rawExec(path(), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                                "INSERT INTO notes (body) VALUES ('hello')"));
        const QByteArray before = sha256Of(path());
        auto r = Project::open(path(), nullptr);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("project.crible")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QStringLiteral("another application")), qPrintable(r.error()));
        QCOMPARE(sha256Of(path()), before);
        auto missing = Project::open(path("absent.crible"), nullptr);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("absent.crible")));
        QVERIFY(!QFile::exists(path("absent.crible")));
    }

    void readOnlyMode()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        p.reset();
        const QByteArray before = sha256Of(path());
        {
            auto r = Project::open(path(), nullptr, store::OpenMode::ReadOnly);
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE((*r)->articles()->size(), 1);
            QCOMPARE((*r)->search(QStringLiteral("système"))->size(), 1);
            core::Article more = makeArticle();
            auto refused = (*r)->addArticle(more);
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().contains(QStringLiteral("read-only")));
            QCOMPARE((*r)->articles()->size(), 1);
        }
        QCOMPARE(sha256Of(path()), before);
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path() + QStringLiteral("-shm")));
    }

    // A file the user may not write is opened read-only, and refused read-write.
    void readOnlyFile()
    {
        auto p = create();
        QVERIFY(p);
        p.reset();
        const QByteArray before = sha256Of(path());
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner));
        if (QFileInfo(path()).isWritable())
            QSKIP("running with privileges that ignore file permissions");
        {
            auto r = Project::open(path(), nullptr, store::OpenMode::ReadOnly);
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE((*r)->claims()->size(), 0);
        }
        auto rw = Project::open(path(), nullptr);
        QVERIFY(!rw.ok());
        QVERIFY2(rw.error().contains(QStringLiteral("read-only")), qPrintable(rw.error()));
        QCOMPARE(sha256Of(path()), before);
    }

    void closingLeavesOneFile()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
        p.reset();
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path() + QStringLiteral("-shm")));
    }

    // What a power cut leaves: the file and its WAL, never checkpointed. Committed actions
    // are all there.
    void committedActionsSurviveWithoutClose()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 0;
        c.end = 2;
        QVERIFY(p->addClaim(c).ok());
        QVERIFY(QFileInfo(path() + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("crash")));
        const QString crashed = path("crash/project.crible");
        QVERIFY(QFile::copy(path(), crashed));
        QVERIFY(QFile::copy(path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        p.reset();
        auto opened = Project::open(crashed, nullptr);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE((*opened)->claims()->size(), 1);
        QCOMPARE((*opened)->search(QStringLiteral("système"))->size(), 1);
        QVERIFY((*opened)->checkIntegrity().ok());
    }

    void saveCopyOpensAlone()
    {
        auto p = create();
        QVERIFY(p);
        core::Article a = makeArticle();
        QVERIFY(p->addArticle(a).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 0;
        c.end = 2;
        QVERIFY(p->addClaim(c).ok());
        const QString copyPath = path("copy.crible");
        auto saved = p->saveCopy(copyPath);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(!QFile::exists(copyPath + QStringLiteral("-wal")));
        QCOMPARE(QDir(m_dir->path())
                     .entryList(QDir::Files | QDir::Hidden)
                     .filter(QStringLiteral(".part")),
                 QStringList());
        {
            // While the original is open, and changing after the copy.
            core::Claim later;
            later.articleId = a.id;
            later.start = 3;
            later.end = 4;
            QVERIFY(p->addClaim(later).ok());
            auto copy = Project::open(copyPath, nullptr);
            QVERIFY2(copy.ok(), qPrintable(copy.error()));
            QCOMPARE((*copy)->claims()->size(), 1);
            QCOMPARE((*copy)->article(a.id)->text, kFrench);
            QCOMPARE((*copy)->search(QStringLiteral("système"))->size(), 1);
            QVERIFY((*copy)->checkIntegrity().ok());
        }
        p.reset();
        // Alone, with the original gone.
        QVERIFY(QFile::remove(path()));
        auto copy = Project::open(copyPath, nullptr);
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QCOMPARE((*copy)->claims()->size(), 1);
        QVERIFY(!p);
        auto self = (*copy)->saveCopy(copyPath);
        QVERIFY(!self.ok());
    }

    void twoWritersTakeTurns()
    {
        auto first = create();
        QVERIFY(first);
        auto second = Project::open(path(), nullptr);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        core::Article a = makeArticle();
        QVERIFY(first->addArticle(a).ok());
        for (int i = 0; i < 40; ++i) {
            Project &writer = i % 2 ? *first : **second;
            core::Source s;
            s.title = QStringLiteral("Source %1").arg(i);
            auto r = writer.addSource(s);
            QVERIFY2(r.ok(), qPrintable(r.error()));
            core::Claim c;
            c.articleId = a.id;
            c.start = i;
            c.end = i + 1;
            auto claim = writer.addClaim(c);
            QVERIFY2(claim.ok(), qPrintable(claim.error()));
        }
        QCOMPARE(first->sources()->size(), 40);
        QCOMPARE((*second)->sources()->size(), 40);
        QCOMPARE(first->claims()->size(), 40);
        // A taxonomy change by one is seen by the other's checks.
        core::Taxonomy t = core::Taxonomy::defaults();
        core::TaxonomyEntry extra;
        extra.key = QStringLiteral("new-scope");
        t.entries(core::TaxonomyAxis::Scope).append(extra);
        QVERIFY(first->setTaxonomy(t).ok());
        core::Claim c;
        c.articleId = a.id;
        c.start = 50;
        c.end = 52;
        c.scope = QStringLiteral("new-scope");
        auto r = (*second)->addClaim(c);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(first->changeLog(1000)->size(), 1 + 80 + 1 + 1);
        second->reset();
        QVERIFY(first->checkIntegrity().ok());
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
