// libFuzzer target: the corpus reader. The input is split into the files of a one-article
// corpus at each line "--8<-- NAME" (NAME one of the paths below), written to a fresh
// folder; checkCorpus validates it and importCorpus reads it into a copy of an empty project.

#include "export/corpus/corpus.h"
#include "store/project.h"
#include "text/icu_tokenizer.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

const crible::text::IcuWordTokenizer &tokenizer()
{
    static const crible::text::IcuWordTokenizer instance;
    return instance;
}

// An empty project made once; each input imports into a fresh copy of it.
const QString &templateProject()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("template.crible"));
        auto project = crible::store::Project::create(file, &tokenizer());
        if (!project.ok()) {
            std::fprintf(stderr, "cannot create the template project: %s\n",
                         qPrintable(project.error()));
            std::abort();
        }
        return file;
    }();
    return path;
}

bool isCorpusFile(const QByteArray &name)
{
    static const char *const names[] = {
        "corpus.json",       "taxonomy.json",    "sources.json",
        "fr/a/article.json", "fr/a/claims.json", "fr/a/article.txt",
        "fr/b/article.json", "fr/b/claims.json", "fr/b/article.txt"};
    for (const char *known : names) {
        if (name == known)
            return true;
    }
    return false;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.left(path.lastIndexOf(u'/')));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 0;
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    QDir().mkpath(corpus);

    // Sections: "--8<-- NAME\n" then the file's bytes up to the next marker.
    const QByteArray marker("--8<-- ");
    const QByteArray separator("\n--8<-- ");
    qsizetype at = input.startsWith(marker) ? 0 : input.indexOf(separator);
    if (at < 0) {
        writeFile(corpus + u"/corpus.json", input); // the whole input is corpus.json
    } else {
        while (at >= 0) {
            if (input.at(at) == '\n')
                ++at;
            const qsizetype nameStart = at + marker.size();
            const qsizetype nameEnd = input.indexOf('\n', nameStart);
            if (nameEnd < 0)
                break;
            const QByteArray name = input.mid(nameStart, nameEnd - nameStart);
            const qsizetype next = input.indexOf(separator, nameEnd);
            const QByteArray body =
                input.mid(nameEnd + 1, next < 0 ? -1 : next + 1 - (nameEnd + 1));
            if (isCorpusFile(name))
                writeFile(corpus + u'/' + QString::fromLatin1(name), body);
            at = next;
        }
    }

    const auto problems = crible::exporters::checkCorpus(corpus);

    const QString projectPath = dir.filePath(QStringLiteral("p.crible"));
    if (!QFile::copy(templateProject(), projectPath))
        return 0;
    auto project = crible::store::Project::open(projectPath, &tokenizer());
    if (!project.ok()) {
        std::fprintf(stderr, "cannot open a copy of the template: %s\n",
                     qPrintable(project.error()));
        std::abort();
    }
    const auto imported = crible::exporters::importCorpus(**project, corpus);
    if (imported.ok()) {
        // A corpus the importer accepts must also pass the checker's rules.
        if (!problems.isEmpty()) {
            std::fprintf(stderr, "importCorpus accepted a corpus checkCorpus rejects: %s: %s\n",
                         qPrintable(problems.first().file), qPrintable(problems.first().message));
            std::abort();
        }
        const auto integrity = (*project)->checkIntegrity();
        if (!integrity.ok()) {
            std::fprintf(stderr, "the imported project fails its integrity check: %s\n",
                         qPrintable(integrity.error()));
            std::abort();
        }
    } else {
        // All or nothing: a refused corpus leaves no article behind.
        const auto articles = (*project)->articles();
        if (articles.ok() && !articles->isEmpty()) {
            std::fputs("a refused corpus left articles in the project\n", stderr);
            std::abort();
        }
    }
    return 0;
}
