// Writes a small real project (the seed article, a draft and a graded claim, a source) to
// the path given: the seed input of fuzz_project_open, made with the current schema.

#include "store/project.h"
#include "text/article_import.h"
#include "text/icu_tokenizer.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: fuzz_make_project_seed PATH\n", stderr);
        return 2;
    }
    const crible::text::IcuWordTokenizer tokenizer;
    auto project = crible::store::Project::create(QString::fromLocal8Bit(argv[1]), &tokenizer);
    if (!project.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error()));
        return 1;
    }
    auto article = crible::text::importArticleFile(
        QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt"));
    if (!article.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(article.error()));
        return 1;
    }
    const auto articleId = (*project)->addArticle(*article);
    if (!articleId.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(articleId.error()));
        return 1;
    }
    crible::core::Source source;
    source.title =
        QStringLiteral("Planning Outline for the Construction of a Social Credit System");
    source.url = QStringLiteral("https://example.org/guofa-2014-21");
    source.documentNumber = QStringLiteral("Guofa [2014] No. 21");
    source.readVia = QStringLiteral("direct");
    const auto sourceId = (*project)->addSource(source);
    if (!sourceId.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(sourceId.error()));
        return 1;
    }
    crible::core::Claim draft;
    draft.articleId = *articleId;
    draft.start = 0;
    draft.end = 40;
    crible::core::Claim graded;
    graded.articleId = *articleId;
    graded.start = 100;
    graded.end = 160;
    graded.status = QStringLiteral("graded");
    graded.verdict = QStringLiteral("misleading");
    graded.evidenceLevel = QStringLiteral("E2");
    graded.scope = QStringLiteral("local-pilot");
    graded.presentedAs = QStringLiteral("national-in-force");
    graded.statusAsOf = QStringLiteral("2024-05-01");
    graded.sources.append({*sourceId, source.uuid, QStringLiteral("refutes"), QString()});
    for (crible::core::Claim *claim : {&draft, &graded}) {
        const auto id = (*project)->addClaim(*claim);
        if (!id.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
            return 1;
        }
    }
    return 0;
}
