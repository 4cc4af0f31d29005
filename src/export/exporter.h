#pragma once

#include "core/article.h"
#include "core/claim.h"
#include "core/result.h"
#include "core/settings.h"
#include "core/source.h"
#include "core/taxonomy.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace crible::store {
class Project;
}

namespace crible::exporters {

struct ExportOptions
{
    qint64 articleId = 0; // 0: every current article
    QString annotator;    // empty: every annotator
};

// Everything an exporter needs, read from the project once. Claims are the published ones
// (drafts left out and counted), ordered as the fact-check table wants: by scope in taxonomy
// order, then article, then start, then end.
struct ExportData
{
    core::Taxonomy taxonomy;
    core::ProjectSettings settings;
    QList<core::Article> articles; // the articles the claims belong to, in project order
    QList<core::Claim> claims;
    QHash<qint64, core::Source> sources; // by source id
    int draftCount = 0;
    QStringList annotators; // who graded the claims exported

    static core::Result<ExportData> load(const store::Project &project,
                                         const ExportOptions &options);
    const core::Article *articleById(qint64 id) const;
};

// One exporter per format behind one interface (STYLE.md). Every write is atomic
// (QSaveFile, commit checked) and reproducible: the same data gives the same bytes.
class Exporter
{
public:
    virtual ~Exporter() = default;

    virtual QString formatKey() const = 0;     // "csv", "html", "claimreview", ...
    virtual QString fileExtension() const = 0; // "csv", "html", "jsonld", ...
    virtual QString displayName() const = 0;   // for the File > Export menu (translated)

    // Writes the file at `path`; on failure returns false and errorString() says why.
    virtual bool write(const ExportData &data, const QString &path) = 0;
    QString errorString() const { return m_errorString; }

protected:
    void setErrorString(const QString &message) { m_errorString = message; }

private:
    QString m_errorString;
};

// Every format key, in menu order.
QStringList exportFormats();
// nullptr for an unknown key.
std::unique_ptr<Exporter> createExporter(const QString &formatKey);

// Writes the checked-in fact-check tables of a project into `outDir` (the repository's
// export/ folder): one file per published format, with fixed names, reproducibly.
core::Result<void> publishTables(const store::Project &project, const QString &outDir);

} // namespace crible::exporters
