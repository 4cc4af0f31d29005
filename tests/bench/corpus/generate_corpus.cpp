// Writes a synthetic French corpus for the benchmarks: N articles of about S bytes, with
// accents, curly apostrophes, guillemets, numbers and an emoji in some paragraphs, one
// UTF-8 file per article. The same seed gives the same bytes.
#include "corpus_generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generate a synthetic French corpus."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Number of articles."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Bytes per article."),
                      QStringLiteral("S"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."),
                      QStringLiteral("SEED"), QStringLiteral("2026")});
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Output folder."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fputs("usage: crible-gencorpus [--articles N] [--size S] [--seed SEED] DIR\n", stderr);
        return 2;
    }
    crible::bench::CorpusSpec spec;
    spec.articles = parser.value(QStringLiteral("articles")).toInt();
    spec.bytesPerArticle = parser.value(QStringLiteral("size")).toLongLong();
    spec.seed = parser.value(QStringLiteral("seed")).toULongLong();
    const auto written = crible::bench::writeCorpus(spec, parser.positionalArguments().first());
    if (!written) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(written.error()));
        return 1;
    }
    std::printf("%d articles, %lld bytes\n", spec.articles, static_cast<long long>(*written));
    return 0;
}
