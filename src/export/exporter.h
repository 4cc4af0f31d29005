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

// Claims an export leaves out of its file on purpose, by reason: drafts are never exported,
// and FEVER and ClaimReview leave out opinions (DESIGN.md), that is every claim whose verdict
// has no FEVER label. A caller reports them (crible-cli export prints each message on
// stderr), so no claim goes missing silently.
struct ExportOmission
{
    enum class Reason {
        Draft,          // every format: a draft claim
        NoVerdict,      // FEVER, ClaimReview: a published claim without a verdict
        UnknownVerdict, // FEVER, ClaimReview: a verdict the taxonomy does not hold
        NoFeverLabel,   // FEVER, ClaimReview: the verdict has no FEVER label (an opinion)
        OpinionVerdict, // FEVER, ClaimReview: the "opinion" verdict, even when given a label
        OpinionKind,    // FEVER, ClaimReview: a claim of kind "opinion"
    };
    Reason reason = Reason::Draft;
    QString verdict; // the verdict key, for the verdict reasons
    int count = 0;   // claims left out for this reason (at least 1)
    // One line, e.g. `12 claims left out of FEVER: verdict "opinion" has no FEVER label`;
    // translated under "crible::export" when a translator is installed (the editor).
    QString message;

    bool operator==(const ExportOmission &) const = default;
};

// The number of claims a list of omissions accounts for.
int omittedClaimCount(const QList<ExportOmission> &omissions);

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

    // The claims write() leaves out of the file on purpose for this data, one entry per
    // reason (and verdict): drafts first, then in the order the claims come. Empty when the
    // file holds every claim of the project's selection. Computed from the data alone, so the
    // same before and after write(): warn before writing, or report after a successful write.
    // The default covers the drafts; FEVER and ClaimReview add their opinions.
    virtual QList<ExportOmission> omissions(const ExportData &data) const;

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
