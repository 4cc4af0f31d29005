#pragma once

#include "core/article.h"
#include "core/claim.h"
#include "core/offsets.h"
#include "core/result.h"
#include "core/settings.h"
#include "core/source.h"
#include "core/taxonomy.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QThreadPool;
class QUndoCommand;
class QUndoStack;

namespace crible::store {
class Project;
}
namespace crible::text {
class Segmenter;
}

namespace crible::ui {

class ArticleListModel;
class ClaimListModel;
class DocumentCommand;
class Suggestions;
class TaxonomyModel;

// One open project (Tiled's Document): owns the store::Project, the undo stack, the models
// and the article being shown. Every user action is an undo command pushed here; commands
// change data only through the models, and each model call is one store transaction, so
// there is nothing to save. Positions given in UTF-16 are the editor's; the rest of the
// program speaks code points (DESIGN.md), converted here with core::CodePointIndex.
class Document final : public QObject
{
    Q_OBJECT
public:
    ~Document() override;
    Q_DISABLE_COPY_MOVE(Document)

    static core::Result<std::unique_ptr<Document>> open(const QString &path);
    static core::Result<std::unique_ptr<Document>> create(const QString &path);
    // A new project at `path` filled from a corpus folder; when the folder holds no corpus
    // yet, from the plain-text article `seedArticle` instead (may be empty).
    static core::Result<std::unique_ptr<Document>>
    createFromCorpus(const QString &path, const QString &corpusDir, const QString &seedArticle);

    QString path() const;
    store::Project &project() { return *m_project; }
    const store::Project &project() const { return *m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ArticleListModel *articleModel() const { return m_articleModel; }
    ClaimListModel *claimModel() const { return m_claimModel; }
    TaxonomyModel *taxonomyModel(core::TaxonomyAxis axis) const;
    const core::Taxonomy &taxonomy() const { return m_taxonomy; }
    const core::ProjectSettings &settings() const { return m_settings; }
    // Suggested claims of the article shown (off until a view turns them on).
    Suggestions *suggestions() const { return m_suggestions; }

    // The article shown.
    qint64 currentArticleId() const { return m_article.id; }
    const core::Article &currentArticle() const { return m_article; }
    const core::CodePointIndex &currentIndex() const { return m_index; }
    // The Qt text of the article shown (identical to its stored text; UTF-16).
    const QString &currentText() const { return m_article.text; }
    core::Result<void> setCurrentArticle(qint64 articleId);

    // Tagging, in UTF-16 positions of the article shown. The selection is snapped to whole
    // words (so never splits a grapheme); the new claim is a draft. Returns its id.
    core::Result<qint64> tagSelection(qint64 utf16Start, qint64 utf16End);
    // Tags the whole ICU sentence around a position.
    core::Result<qint64> tagSentenceAt(qint64 utf16Position);
    // The span a selection would become, in code points (for previews and tests).
    core::Result<std::pair<qint64, qint64>> snappedSpan(qint64 utf16Start, qint64 utf16End) const;

    // Suggested claims, by their span in code points. Accepting makes a draft claim with
    // exactly that span (as tagging does) and records the decision: one undo step.
    core::Result<qint64> acceptSuggestion(qint64 start, qint64 end);
    core::Result<void> rejectSuggestion(qint64 start, qint64 end);

    // Claim edits, each one undo step.
    core::Result<void> removeClaim(qint64 claimId);
    core::Result<void> changeClaim(const core::Claim &changed, const QString &actionText = {});
    // Sets one grade; a draft becomes "graded" once verdict, evidence level and scope are set.
    core::Result<void> setClaimGrade(qint64 claimId, core::TaxonomyAxis axis, const QString &key);
    // Sets the grade at `index` (0-based) in taxonomy order.
    core::Result<void> setClaimGradeAt(qint64 claimId, core::TaxonomyAxis axis, int index);
    core::Result<void> addSourceAndLink(qint64 claimId, const core::Source &source,
                                        const QString &stance, const QString &passage);
    core::Result<void> linkSource(qint64 claimId, const core::ClaimSourceLink &link);
    core::Result<void> unlinkSource(qint64 claimId, qint64 sourceId);
    QList<core::Source> sources() const;

    // Reads every file first: one bad file (named with the reason) and nothing is imported.
    core::Result<QList<qint64>> importArticleFiles(const QStringList &paths);

    core::Result<void> changeTaxonomy(const core::Taxonomy &taxonomy, const QString &actionText);
    core::Result<void> changeSettings(const core::ProjectSettings &settings);

    core::Result<void> saveCopy(const QString &path) const;

    // --- for the undo commands: apply without pushing ---
    core::Result<void> applyTaxonomy(const core::Taxonomy &taxonomy);
    core::Result<void> applySettings(const core::ProjectSettings &settings);
    // A command failed after it was pushed (undo or redo of an earlier step).
    void reportCommandError(const QString &message);
    // Shows the article a command changes, and asks views to show the claim.
    void revealClaim(qint64 articleId, qint64 claimId);

signals:
    void currentArticleChanged(qint64 articleId);
    void taxonomyChanged();
    void settingsChanged();
    // Views should select and scroll to this claim.
    void claimRevealed(qint64 claimId);
    void errorOccurred(const QString &message);

private:
    explicit Document(std::unique_ptr<store::Project> project);
    core::Result<void> load();
    core::Result<void> push(DocumentCommand *command);
    core::Result<qint64> tagSpan(qint64 start, qint64 end);
    core::Result<core::Claim> loadClaim(qint64 claimId) const;
    store::Project *reader();

    std::unique_ptr<store::Project> m_project;
    // A second, read-only connection to the same file: the claims of an article being
    // opened are read on it by a worker while this thread reads and lays out the text.
    // Declared after m_project so it closes first; null when it could not be opened.
    std::unique_ptr<store::Project> m_reader;
    bool m_readerTried = false;
    QThreadPool *m_readerPool;
    QUndoStack *m_undoStack;
    core::Taxonomy m_taxonomy;
    core::ProjectSettings m_settings;
    ArticleListModel *m_articleModel;
    ClaimListModel *m_claimModel;
    TaxonomyModel *m_verdictModel;
    TaxonomyModel *m_levelModel;
    TaxonomyModel *m_scopeModel;
    Suggestions *m_suggestions;
    core::Article m_article;
    core::CodePointIndex m_index;
    std::unique_ptr<text::Segmenter> m_segmenter;
};

} // namespace crible::ui
