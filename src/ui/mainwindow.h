#pragma once

#include <QMainWindow>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace crible::ui {

class ArticleView;
class ClaimFilterModel;
class ClaimForm;
class Document;
class SearchPanel;

// The editor window: actions, menus, docks and the wiring between views. What an action
// does to the data lives in Document and the undo commands.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDocument(std::unique_ptr<Document> document);
    Document *document() const { return m_document.get(); }
    bool openProject(const QString &path);
    bool importFiles(const QStringList &paths);

    ArticleView *articleView() const { return m_view; }
    QTableView *claimsView() const { return m_claimsView; }
    QTableView *articlesView() const { return m_articlesView; }
    ClaimFilterModel *claimFilter() const { return m_filter; }
    ClaimForm *claimForm() const { return m_form; }
    SearchPanel *searchPanel() const { return m_search; }
    qint64 currentClaim() const { return m_currentClaim; }
    // Selects a claim in the list, the text and the form; scrolls the text to it.
    void selectClaim(qint64 claimId);

    // The suggested claim the keys act on, in code points; (-1, -1) when none.
    std::pair<qint64, qint64> currentSuggestion() const { return m_currentSuggestion; }
    // Makes a suggestion (code points) the current one and scrolls to it.
    void selectSuggestion(qint64 start, qint64 end);
    QLabel *suggestionCount() const { return m_suggestionCount; }

    // The language chosen in View > Language: "" (system), "en" or "fr".
    static QString languageSetting();

    // What a save dialog returned, with `extension` (no dot) appended unless the name
    // already ends with it: native dialogs do not all apply a default suffix.
    static QString completedPath(const QString &path, const QString &extension);
    // A file name to propose: `name` made safe for a file system, then the extension.
    static QString suggestedFileName(const QString &name, const QString &extension);
    // The size of a first start on a screen with this available area: 90% of it, at most
    // 1400x880.
    static QSize firstStartSize(const QSize &available);

signals:
    // Emitted with the message right before an error dialog opens (tests and logs).
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void bindDocument();
    void rebuildHighlights();
    void showArticle();
    void updateTitle();
    void refillFilterCombos();
    void showError(const QString &title, const QString &message);
    void report(const QString &title, const QString &error);
    void tagSelection();
    void tagSentence();
    void setGrade(int axis, int index);
    void setPresentedAs(int index);
    void deleteClaim();
    // The claim the user can see selected: the list's selected row or the framed claim in
    // the text; 0 when neither (a suggestion is current, the selection was cleared).
    qint64 visiblySelectedClaim() const;
    void clearClaimSelection();
    // Action texts from the taxonomy's labels ("E1 conclusive"), not numbers.
    void renameGradeActions();
    // Keeps the window on the screen: at most the available area, inside it.
    void fitToScreen();
    void setTabChain();
    QString askSavePath(const QString &title, const QString &filter, const QString &extension,
                        const QString &suggestedName);
    void newProject();
    void openProjectDialog();
    void importDialog();
    void saveCopy();
    void exportTo(const QString &formatKey);
    void editTaxonomy();
    void editSettings();
    void showShortcuts();
    void setLanguage(const QString &language);
    QString describeClaim(qint64 claimId) const;
    void showSearchResult(qint64 articleId, qint64 claimId, qint64 start, qint64 end);
    void showSuggestions(bool shown);
    void rebuildSuggestions();
    void goToSuggestion(bool forward);
    void acceptSuggestion();
    void rejectSuggestion();
    // The current suggestion, else the one under the cursor; false (and a hint) when none.
    bool pickSuggestion();

    std::unique_ptr<Document> m_document;
    ArticleView *m_view;
    QTableView *m_articlesView;
    QTableView *m_claimsView;
    ClaimFilterModel *m_filter;
    ClaimForm *m_form = nullptr;
    SearchPanel *m_search;
    QComboBox *m_scopeFilter;
    QComboBox *m_levelFilter;
    QComboBox *m_verdictFilter;
    QComboBox *m_statusFilter;
    QLineEdit *m_textFilter;
    QLabel *m_counts;
    QLabel *m_suggestionCount;
    QAction *m_showSuggestions = nullptr;
    QMenu *m_viewMenu = nullptr;
    std::pair<qint64, qint64> m_currentSuggestion{-1, -1};
    QMenu *m_editMenu = nullptr;
    QMenu *m_claimMenu = nullptr;
    QList<QAction *> m_documentActions;
    QList<QAction *> m_tagActions; // active while the text or the claims list has focus
    QList<QAction *> m_levelActions;
    QList<QAction *> m_scopeActions;
    QList<QAction *> m_presentedActions;
    QList<QAction *> m_verdictActions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    qint64 m_currentClaim = 0;
    bool m_selecting = false;
};

} // namespace crible::ui
