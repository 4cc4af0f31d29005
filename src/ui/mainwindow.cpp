#include "mainwindow.h"

#include "articlelistmodel.h"
#include "articleview.h"
#include "claimfiltermodel.h"
#include "claimform.h"
#include "claimlistmodel.h"
#include "document.h"
#include "export/exporter.h"
#include "searchpanel.h"
#include "settingsdialog.h"
#include "store/project.h"
#include "suggestions.h"
#include "taxonomydialog.h"
#include "taxonomymodel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crible::ui {

namespace {

const QStringList &importableSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("txt"), QStringLiteral("html"),
                                         QStringLiteral("htm"), QStringLiteral("md"),
                                         QStringLiteral("markdown")};
    return suffixes;
}

QString coreLabel(const QString &label)
{
    return QCoreApplication::translate("crible::core", label.toUtf8().constData());
}

// A menu text as read: "&&" is a literal ampersand, a single one marks the mnemonic.
QString withoutMnemonic(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    return text.remove(mnemonic);
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_view = new ArticleView(this);
    QFont font = m_view->font();
    font.setPointSizeF(std::max(font.pointSizeF(), 10.0) * 1.15);
    m_view->setFont(font);
    // The text is what the user reads: the docks give way before it gets narrower than
    // about 40 characters.
    m_view->setMinimumWidth(QFontMetrics(font).averageCharWidth() * 40);
    setCentralWidget(m_view);

    m_filter = new ClaimFilterModel(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("claimCounts"));
    statusBar()->addPermanentWidget(m_counts);
    m_suggestionCount = new QLabel(this);
    m_suggestionCount->setObjectName(QStringLiteral("suggestionCount"));
    statusBar()->addPermanentWidget(m_suggestionCount);

    createDocks();
    createActions();

    connect(m_view, &ArticleView::claimClicked, this, &MainWindow::selectClaim);
    m_view->setClaimDescriber([this](qint64 claimId) { return describeClaim(claimId); });
    connect(m_view, &ArticleView::suggestionClicked, this, [this](qint64 start, qint64 end) {
        if (!m_document)
            return;
        const core::CodePointIndex &index = m_document->currentIndex();
        selectSuggestion(index.toCodePoint(start), index.toCodePoint(end));
    });
    m_view->setSuggestionDescriber([this](const ArticleView::SuggestionMark &mark) {
        if (!m_document)
            return QString();
        const core::CodePointIndex &index = m_document->currentIndex();
        const text::ClaimCandidate *candidate = m_document->suggestions()->find(
            index.toCodePoint(mark.start), index.toCodePoint(mark.end));
        return candidate ? Suggestions::describe(*candidate) : QString();
    });

    QSettings settings;
    const QScreen *shown = screen();
    const QSize size = firstStartSize(shown ? shown->availableGeometry().size() : QSize(1400, 880));
    resize(size);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the docks take a share of the window, not fixed widths that leave
        // the text a sliver on a small screen.
        auto *articles = findChild<QDockWidget *>(QStringLiteral("articlesDock"));
        auto *claims = findChild<QDockWidget *>(QStringLiteral("claimsDock"));
        auto *form = findChild<QDockWidget *>(QStringLiteral("claimDock"));
        resizeDocks({articles, form}, {size.width() * 40 / 100, size.width() * 25 / 100},
                    Qt::Horizontal);
        resizeDocks({articles, claims}, {size.height() * 15 / 100, size.height() * 75 / 100},
                    Qt::Vertical);
    }
    fitToScreen();
    renameGradeActions();
    setTabChain();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views first: they hold models owned by the document.
    if (m_document)
        m_document->undoStack()->disconnect(this);
    m_articlesView->setModel(nullptr);
    m_filter->setSourceModel(nullptr);
    delete m_form;
    m_form = nullptr;
}

void MainWindow::createDocks()
{
    m_articlesView = new QTableView(this);
    m_articlesView->setObjectName(QStringLiteral("articlesView"));
    m_articlesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articlesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articlesView->verticalHeader()->hide();
    m_articlesView->setWordWrap(false);
    // Tab leaves the list (arrows move between rows): in a table it would change the open
    // article instead.
    m_articlesView->setTabKeyNavigation(false);
    auto *articles = new QDockWidget(tr("Articles"), this);
    articles->setObjectName(QStringLiteral("articlesDock"));
    articles->setWidget(m_articlesView);
    addDockWidget(Qt::LeftDockWidgetArea, articles);

    m_claimsView = new QTableView(this);
    m_claimsView->setObjectName(QStringLiteral("claimsView"));
    m_claimsView->setModel(m_filter);
    m_claimsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimsView->verticalHeader()->hide();
    m_claimsView->setWordWrap(false);
    m_claimsView->setTabKeyNavigation(false);
    m_claimsView->horizontalHeader()->setStretchLastSection(false);
    m_scopeFilter = new QComboBox(this);
    m_scopeFilter->setObjectName(QStringLiteral("scopeFilter"));
    m_levelFilter = new QComboBox(this);
    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_verdictFilter = new QComboBox(this);
    m_verdictFilter->setObjectName(QStringLiteral("verdictFilter"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setPlaceholderText(tr("Filter by text"));
    m_textFilter->setClearButtonEnabled(true);
    auto *filters = new QFormLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addRow(tr("Scope:"), m_scopeFilter);
    filters->addRow(tr("Evidence:"), m_levelFilter);
    filters->addRow(tr("Verdict:"), m_verdictFilter);
    filters->addRow(tr("Status:"), m_statusFilter);
    filters->addRow(tr("Text:"), m_textFilter);
    auto *claimsPanel = new QWidget(this);
    auto *claimsLayout = new QVBoxLayout(claimsPanel);
    claimsLayout->setContentsMargins(4, 4, 4, 4);
    claimsLayout->addLayout(filters);
    claimsLayout->addWidget(m_claimsView, 1);
    auto *claims = new QDockWidget(tr("Claims"), this);
    claims->setObjectName(QStringLiteral("claimsDock"));
    claims->setWidget(claimsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, claims);

    auto keyOf = [](QComboBox *combo) { return combo->currentData().toString(); };
    connect(m_scopeFilter, &QComboBox::currentIndexChanged, this,
            [=, this] { m_filter->setScope(keyOf(m_scopeFilter)); });
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this,
            [=, this] { m_filter->setLevel(keyOf(m_levelFilter)); });
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this,
            [=, this] { m_filter->setVerdict(keyOf(m_verdictFilter)); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [=, this] { m_filter->setStatus(keyOf(m_statusFilter)); });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &ClaimFilterModel::setText);

    auto *form = new QDockWidget(tr("Claim"), this);
    form->setObjectName(QStringLiteral("claimDock"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("claimScroll"));
    scroll->setWidgetResizable(true);
    form->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, form);

    m_search = new SearchPanel(nullptr, this);
    auto *search = new QDockWidget(tr("Search"), this);
    search->setObjectName(QStringLiteral("searchDock"));
    search->setWidget(m_search);
    addDockWidget(Qt::BottomDockWidgetArea, search);
    search->hide();
    connect(m_search, &SearchPanel::resultActivated, this, &MainWindow::showSearchResult);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                       auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(make(QStringLiteral("newProject"), tr("&New project…"), QKeySequence::New,
                         &MainWindow::newProject));
    file->addAction(make(QStringLiteral("openProject"), tr("&Open project…"), QKeySequence::Open,
                         &MainWindow::openProjectDialog));
    file->addSeparator();
    QAction *import = make(QStringLiteral("importArticles"), tr("&Import articles…"),
                           QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importDialog);
    file->addAction(import);
    QAction *copy = make(QStringLiteral("saveCopy"), tr("Save a &copy…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::saveCopy);
    file->addAction(copy);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    for (const QString &key : exporters::exportFormats()) {
        const auto exporter = exporters::createExporter(key);
        if (!exporter)
            continue;
        QAction *a = exportMenu->addAction(exporter->displayName() + QStringLiteral("…"));
        connect(a, &QAction::triggered, this, [this, key] { exportTo(key); });
        m_documentActions.append(a);
    }
    file->addSeparator();
    file->addAction(make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, &QWidget::close));
    m_documentActions << import << copy;

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undo = make(QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_redo = make(QStringLiteral("redo"), tr("&Redo"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] {
                      if (m_document)
                          m_document->undoStack()->redo();
                  });
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    QAction *find =
        make(QStringLiteral("find"), tr("&Find in project…"), QKeySequence::Find, [this] {
            m_search->parentWidget()->show();
            m_search->focusQuery();
        });
    QAction *filter = make(QStringLiteral("filterClaims"), tr("Filter &claims"),
                           QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
                               m_textFilter->setFocus();
                               m_textFilter->selectAll();
                           });
    m_editMenu->addAction(find);
    m_editMenu->addAction(filter);
    m_editMenu->addSeparator();
    QAction *taxonomy =
        make(QStringLiteral("editTaxonomy"), tr("&Taxonomy…"), {}, &MainWindow::editTaxonomy);
    QAction *settings = make(QStringLiteral("projectSettings"), tr("Project &settings…"), {},
                             &MainWindow::editSettings);
    m_editMenu->addAction(taxonomy);
    m_editMenu->addAction(settings);
    m_documentActions << find << filter << taxonomy << settings;

    m_claimMenu = menuBar()->addMenu(tr("&Claim"));
    QAction *tag = make(QStringLiteral("tagSelection"), tr("&Tag selection"), Qt::Key_T,
                        &MainWindow::tagSelection);
    tag->setShortcuts(
        {QKeySequence(Qt::Key_T), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    QAction *sentence = make(QStringLiteral("tagSentence"), tr("Tag the &sentence"), Qt::Key_S,
                             &MainWindow::tagSentence);
    QAction *remove = make(QStringLiteral("deleteClaim"), tr("&Delete claim"), QKeySequence::Delete,
                           &MainWindow::deleteClaim);
    QAction *editForm = make(QStringLiteral("editClaim"), tr("&Edit claim fields"),
                             QKeySequence(Qt::Key_F2), [this] {
                                 if (m_form)
                                     m_form->focusFirstField();
                             });
    QAction *backToText = make(QStringLiteral("backToText"), tr("Back to the &text"),
                               QKeySequence(Qt::Key_F4), [this] { m_view->setFocus(); });
    m_documentActions << editForm << backToText;
    m_claimMenu->addAction(tag);
    m_claimMenu->addAction(sentence);
    m_claimMenu->addAction(remove);
    m_claimMenu->addAction(editForm);
    m_claimMenu->addAction(backToText);
    m_tagActions << tag << sentence << remove;

    // Suggested claims: single keys on the text, like tagging. N, A and R are free there.
    QMenu *suggestions = m_claimMenu->addMenu(tr("S&uggestions"));
    QAction *nextSuggestion = make(QStringLiteral("nextSuggestion"), tr("&Next suggestion"),
                                   QKeySequence(Qt::Key_N), [this] { goToSuggestion(true); });
    QAction *previousSuggestion =
        make(QStringLiteral("previousSuggestion"), tr("&Previous suggestion"),
             QKeySequence(Qt::SHIFT | Qt::Key_N), [this] { goToSuggestion(false); });
    QAction *accept = make(QStringLiteral("acceptSuggestion"), tr("&Accept suggestion"),
                           QKeySequence(Qt::Key_A), &MainWindow::acceptSuggestion);
    QAction *reject = make(QStringLiteral("rejectSuggestion"), tr("&Reject suggestion"),
                           QKeySequence(Qt::Key_R), &MainWindow::rejectSuggestion);
    reject->setShortcuts({QKeySequence(Qt::Key_R), QKeySequence(Qt::Key_X)});
    suggestions->addActions({nextSuggestion, previousSuggestion, accept, reject});
    m_tagActions << nextSuggestion << previousSuggestion << accept << reject;
    m_view->setSuggestionActions({accept, reject});

    QMenu *levels = m_claimMenu->addMenu(tr("&Evidence level"));
    QMenu *scopes = m_claimMenu->addMenu(tr("S&cope"));
    // Presented as: the scope the article claims, a reading of its own (never copied from
    // the scope). Shift+Alt+digit, next to the scope's Alt+digit.
    QMenu *presented = m_claimMenu->addMenu(tr("&Presented as"));
    QMenu *verdicts = m_claimMenu->addMenu(tr("&Verdict"));
    // Texts come from the taxonomy (renameGradeActions).
    for (int i = 0; i < 5; ++i) {
        QAction *a =
            make(QStringLiteral("level%1").arg(i + 1), QString(), QKeySequence(Qt::Key_1 + i),
                 [this, i] { setGrade(int(core::TaxonomyAxis::EvidenceLevel), i); });
        levels->addAction(a);
        m_levelActions << a;
    }
    for (int i = 0; i < 6; ++i) {
        QAction *a = make(QStringLiteral("scope%1").arg(i + 1), QString(),
                          QKeySequence(Qt::ALT | (Qt::Key_1 + i)),
                          [this, i] { setGrade(int(core::TaxonomyAxis::Scope), i); });
        scopes->addAction(a);
        m_scopeActions << a;
    }
    for (int i = 0; i < 6; ++i) {
        QAction *a = make(QStringLiteral("presentedAs%1").arg(i + 1), QString(),
                          QKeySequence(Qt::SHIFT | Qt::ALT | (Qt::Key_1 + i)),
                          [this, i] { setPresentedAs(i); });
        presented->addAction(a);
        m_presentedActions << a;
    }
    for (int i = 0; i < 7; ++i) {
        QAction *a = make(QStringLiteral("verdict%1").arg(i + 1), QString(),
                          QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_1 + i)),
                          [this, i] { setGrade(int(core::TaxonomyAxis::Verdict), i); });
        verdicts->addAction(a);
        m_verdictActions << a;
    }
    m_tagActions << m_levelActions << m_scopeActions << m_presentedActions << m_verdictActions;
    // Single keys must not fire while typing in the form or a filter: these actions live
    // on the article text and the claims list only.
    for (QAction *a : std::as_const(m_tagActions)) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
        m_claimsView->addAction(a);
    }
    m_documentActions << m_tagActions;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    m_showSuggestions =
        make(QStringLiteral("showSuggestions"), tr("&Suggested claims"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), &MainWindow::showSuggestions);
    m_showSuggestions->setCheckable(true);
    m_showSuggestions->setChecked(
        QSettings().value(QStringLiteral("view/suggestedClaims"), true).toBool());
    view->addAction(m_showSuggestions);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QList<std::pair<QString, QString>> languages = {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[key, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(key == languageSetting());
        a->setData(key);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, key] { setLanguage(key); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(make(QStringLiteral("shortcuts"), tr("&Keyboard shortcuts"),
                         QKeySequence::HelpContents, &MainWindow::showShortcuts));
    help->addAction(make(QStringLiteral("about"), tr("&About Crible"), {}, [this] {
        QMessageBox::about(this, tr("About Crible"),
                           tr("<p><b>Crible</b> %1</p><p>Annotate and fact-check articles: "
                              "keep national reality apart from local pilots, plans, "
                              "commercial schemes and systems that do not exist.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    }));
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(false);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    if (m_document)
        m_document->undoStack()->disconnect(this);
    m_articlesView->setModel(nullptr);
    m_filter->setSourceModel(nullptr);
    delete m_form;
    m_form = nullptr;
    m_currentClaim = 0;
    m_document = std::move(document);
    bindDocument();
    if (m_document)
        QSettings().setValue(QStringLiteral("project/last"), m_document->path());
}

void MainWindow::bindDocument()
{
    const bool open = m_document != nullptr;
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(open);
    m_search->setDocument(m_document.get());
    if (!open) {
        m_view->setArticleText(QString());
        rebuildSuggestions();
        renameGradeActions();
        updateTitle();
        return;
    }
    Document *doc = m_document.get();
    m_articlesView->setModel(doc->articleModel());
    m_articlesView->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title,
                                                             QHeaderView::Stretch);
    for (int c = ArticleListModel::Publisher; c < ArticleListModel::ColumnCount; ++c)
        m_articlesView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_filter->setSourceModel(doc->claimModel());
    m_claimsView->horizontalHeader()->setSectionResizeMode(ClaimListModel::Quote,
                                                           QHeaderView::Stretch);
    // Widths from the labels (refillFilterCombos): fitting columns to their contents would
    // read every row of a long list.
    for (int c = ClaimListModel::Scope; c < ClaimListModel::ColumnCount; ++c)
        m_claimsView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);

    m_form = new ClaimForm(doc);
    connect(m_form, &ClaimForm::errorOccurred, this,
            [this](const QString &message) { showError(tr("Claim not changed"), message); });
    findChild<QScrollArea *>(QStringLiteral("claimScroll"))->setWidget(m_form);
    setTabChain();

    QUndoStack *stack = doc->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        // Every step is already in the file: say so.
        statusBar()->showMessage(tr("Saved"), 2000);
        updateTitle();
    });

    connect(m_articlesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || !m_document)
                    return;
                const qint64 id = m_document->articleModel()->articleIdAt(current.row());
                if (id != m_document->currentArticleId())
                    report(tr("Open article"), m_document->setCurrentArticle(id).error());
            });
    connect(m_claimsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                selectClaim(current.data(ClaimListModel::ClaimIdRole).toLongLong());
            });
    connect(doc, &Document::currentArticleChanged, this, &MainWindow::showArticle);
    connect(doc, &Document::claimRevealed, this, &MainWindow::selectClaim);
    connect(doc, &Document::taxonomyChanged, this, [this] {
        refillFilterCombos();
        rebuildHighlights();
        renameGradeActions();
    });
    connect(doc, &Document::errorOccurred, this,
            [this](const QString &message) { showError(tr("Action failed"), message); });
    ClaimListModel *claims = doc->claimModel();
    connect(claims, &QAbstractItemModel::rowsInserted, this, &MainWindow::rebuildHighlights);
    connect(claims, &QAbstractItemModel::modelReset, this, [this] {
        rebuildHighlights();
        updateTitle();
    });
    connect(claims, &QAbstractItemModel::rowsRemoved, this, &MainWindow::rebuildHighlights);
    connect(claims, &QAbstractItemModel::dataChanged, this, &MainWindow::rebuildHighlights);
    connect(claims, &ClaimListModel::claimsChanged, this, &MainWindow::updateTitle);
    connect(doc->suggestions(), &Suggestions::changed, this, &MainWindow::rebuildSuggestions);
    refillFilterCombos();
    renameGradeActions();
    doc->suggestions()->setEnabled(m_showSuggestions->isChecked());
    showArticle();
}

void MainWindow::refillFilterCombos()
{
    if (!m_document)
        return;
    const core::Taxonomy &taxonomy = m_document->taxonomy();
    const QString language = TaxonomyModel::labelLanguage();
    auto fill = [&](QComboBox *combo, const QList<std::pair<QString, QString>> &items) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("Any"), QString());
        combo->addItem(tr("Not set"), ClaimFilterModel::unsetKey());
        for (const auto &[key, label] : items)
            combo->addItem(label, key);
        const int i = combo->findData(current);
        combo->setCurrentIndex(i >= 0 ? i : 0);
    };
    auto entries = [&](core::TaxonomyAxis axis) {
        QList<std::pair<QString, QString>> items;
        for (const core::TaxonomyEntry &e : taxonomy.entries(axis))
            items.append({e.key, e.displayLabel(language)});
        return items;
    };
    fill(m_scopeFilter, entries(core::TaxonomyAxis::Scope));
    fill(m_levelFilter, entries(core::TaxonomyAxis::EvidenceLevel));
    fill(m_verdictFilter, entries(core::TaxonomyAxis::Verdict));
    QList<std::pair<QString, QString>> statuses;
    for (const core::VocabularyTerm &t : core::claimStatuses())
        statuses.append({t.key, coreLabel(t.label)});
    fill(m_statusFilter, statuses);
    m_statusFilter->removeItem(1); // every claim has a status

    // The grade columns as wide as their longest label (a handful of taxonomy labels, not
    // every row), so the quote keeps the rest of the list's width.
    const QFontMetrics metrics(m_claimsView->font());
    const QAbstractItemModel *model = m_claimsView->model();
    auto fit = [&](int column, const QList<std::pair<QString, QString>> &items, int extra) {
        int width = metrics.horizontalAdvance(
            model ? model->headerData(column, Qt::Horizontal).toString() : QString());
        for (const auto &item : items)
            width = std::max(width, metrics.horizontalAdvance(item.second));
        m_claimsView->setColumnWidth(column, width + extra + 2 * metrics.averageCharWidth());
    };
    const int swatch = metrics.height() + 4; // the scope's colour square
    fit(ClaimListModel::Scope, entries(core::TaxonomyAxis::Scope), swatch);
    fit(ClaimListModel::Level, entries(core::TaxonomyAxis::EvidenceLevel), 0);
    fit(ClaimListModel::Verdict, entries(core::TaxonomyAxis::Verdict), 0);
    fit(ClaimListModel::Status, statuses, 0);
}

void MainWindow::showArticle()
{
    m_currentClaim = 0;
    if (!m_document)
        return;
    m_view->setArticleText(m_document->currentText());
    m_currentSuggestion = {-1, -1};
    rebuildHighlights();
    rebuildSuggestions();
    const int row = m_document->articleModel()->rowOf(m_document->currentArticleId());
    if (row >= 0 && m_articlesView->currentIndex().row() != row)
        m_articlesView->setCurrentIndex(m_document->articleModel()->index(row, 0));
    if (m_form)
        m_form->setClaim(0);
    updateTitle();
}

void MainWindow::rebuildHighlights()
{
    if (!m_document)
        return;
    m_view->setHighlights(ArticleView::highlightsFor(
        m_document->claimModel()->claims(), m_document->currentIndex(), m_document->taxonomy()));
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Crible"));
        m_counts->clear();
        return;
    }
    const QList<core::Claim> &claims = m_document->claimModel()->claims();
    const auto drafts = std::count_if(claims.begin(), claims.end(),
                                      [](const core::Claim &c) { return c.isDraft(); });
    const QString counts = tr("%n claim(s)", nullptr, int(claims.size())) + QStringLiteral(", ") +
                           tr("%n draft(s)", nullptr, int(drafts));
    m_counts->setText(counts);
    const QString title = m_document->currentArticle().title;
    setWindowTitle(tr("%1 — %2 — %3 — Crible")
                       .arg(title.isEmpty() ? tr("no article") : title, counts,
                            QFileInfo(m_document->path()).fileName()));
}

void MainWindow::selectClaim(qint64 claimId)
{
    if (!m_document)
        return;
    const core::Claim *claim = m_document->claimModel()->claimById(claimId);
    if (!claim)
        return;
    m_currentClaim = claimId;
    m_view->setSelectedClaim(claimId);
    const core::CodePointIndex &index = m_document->currentIndex();
    m_view->scrollToSpan(index.toUtf16(claim->start), index.toUtf16(claim->end));
    if (m_form)
        m_form->setClaim(claimId);
    const int row = m_document->claimModel()->rowOf(claimId);
    const QModelIndex proxy = m_filter->mapFromSource(m_document->claimModel()->index(row, 0));
    if (proxy.isValid() && (m_claimsView->currentIndex().row() != proxy.row() ||
                            !m_claimsView->selectionModel()->isRowSelected(proxy.row()))) {
        m_selecting = true;
        m_claimsView->setCurrentIndex(proxy);
        m_claimsView->scrollTo(proxy);
        m_selecting = false;
    }
}

void MainWindow::report(const QString &title, const QString &error)
{
    if (!error.isEmpty())
        showError(title, error);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    emit errorShown(message);
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.exec();
}

void MainWindow::tagSelection()
{
    if (!m_document)
        return;
    const QTextCursor cursor = m_view->textCursor();
    if (!cursor.hasSelection()) {
        statusBar()->showMessage(tr("Select some text first, or press S for the whole sentence."),
                                 4000);
        return;
    }
    auto id = m_document->tagSelection(cursor.selectionStart(), cursor.selectionEnd());
    if (!id) {
        statusBar()->showMessage(id.error(), 4000);
        return;
    }
    statusBar()->showMessage(tr("Draft claim added"), 3000);
    m_view->setFocus();
}

void MainWindow::tagSentence()
{
    if (!m_document)
        return;
    auto id = m_document->tagSentenceAt(m_view->textCursor().position());
    if (!id) {
        statusBar()->showMessage(id.error(), 4000);
        return;
    }
    statusBar()->showMessage(tr("Draft claim added"), 3000);
}

void MainWindow::setGrade(int axis, int index)
{
    if (!m_document)
        return;
    if (m_currentClaim == 0) {
        statusBar()->showMessage(tr("Select a claim first."), 3000);
        return;
    }
    auto done = m_document->setClaimGradeAt(m_currentClaim, core::TaxonomyAxis(axis), index);
    if (!done)
        statusBar()->showMessage(done.error(), 4000);
}

void MainWindow::setPresentedAs(int index)
{
    if (!m_document)
        return;
    if (m_currentClaim == 0) {
        statusBar()->showMessage(tr("Select a claim first."), 3000);
        return;
    }
    const QList<core::TaxonomyEntry> &scopes =
        m_document->taxonomy().entries(core::TaxonomyAxis::Scope);
    const core::Claim *claim = m_document->claimModel()->claimById(m_currentClaim);
    if (!claim)
        return;
    if (index < 0 || index >= scopes.size()) {
        statusBar()->showMessage(tr("There is no scope %1 in the taxonomy.").arg(index + 1), 4000);
        return;
    }
    const core::TaxonomyEntry &entry = scopes.at(index);
    core::Claim changed = *claim;
    changed.presentedAs = entry.key;
    auto done = m_document->changeClaim(
        changed,
        tr("Set presented as to %1").arg(entry.displayLabel(TaxonomyModel::labelLanguage())));
    if (!done)
        statusBar()->showMessage(done.error(), 4000);
}

qint64 MainWindow::visiblySelectedClaim() const
{
    if (!m_document || m_currentClaim == 0)
        return 0;
    if (m_view->selectedClaim() == m_currentClaim)
        return m_currentClaim;
    const QModelIndex current = m_claimsView->currentIndex();
    if (current.isValid() && m_claimsView->selectionModel()->isRowSelected(current.row()) &&
        current.data(ClaimListModel::ClaimIdRole).toLongLong() == m_currentClaim)
        return m_currentClaim;
    return 0;
}

void MainWindow::deleteClaim()
{
    if (!m_document)
        return;
    // Only what the user sees selected: the current claim may be far from the cursor (N
    // went to a suggestion elsewhere).
    const qint64 claimId = visiblySelectedClaim();
    if (claimId == 0) {
        statusBar()->showMessage(
            tr("No claim selected: click one in the text or the claims list first."), 4000);
        return;
    }
    report(tr("Delete claim"), m_document->removeClaim(claimId).error());
}

void MainWindow::clearClaimSelection()
{
    m_currentClaim = 0;
    m_view->setSelectedClaim(0);
    // The current row stays: only the highlight goes. Clearing it too would make the list
    // pick its first claim when Tab brings the focus there.
    if (m_claimsView->selectionModel())
        m_claimsView->selectionModel()->clearSelection();
    if (m_form)
        m_form->setClaim(0);
}

void MainWindow::renameGradeActions()
{
    const QString language = TaxonomyModel::labelLanguage();
    auto rename = [&](const QList<QAction *> &actions, core::TaxonomyAxis axis,
                      const QString &numbered, const QString &labelled) {
        const QList<core::TaxonomyEntry> none;
        const QList<core::TaxonomyEntry> &entries =
            m_document ? m_document->taxonomy().entries(axis) : none;
        for (int i = 0; i < actions.size(); ++i) {
            // "&" would become a mnemonic in a menu.
            actions.at(i)->setText(i < entries.size()
                                       ? labelled.arg(entries.at(i).displayLabel(language).replace(
                                             u'&', QStringLiteral("&&")))
                                       : numbered.arg(i + 1));
        }
    };
    rename(m_levelActions, core::TaxonomyAxis::EvidenceLevel, tr("Level %1"), QStringLiteral("%1"));
    rename(m_scopeActions, core::TaxonomyAxis::Scope, tr("Scope %1"), QStringLiteral("%1"));
    rename(m_presentedActions, core::TaxonomyAxis::Scope, tr("Presented as scope %1"),
           QStringLiteral("%1"));
    rename(m_verdictActions, core::TaxonomyAxis::Verdict, tr("Verdict %1"), QStringLiteral("%1"));
}

QSize MainWindow::firstStartSize(const QSize &available)
{
    return QSize(available.width() * 9 / 10, available.height() * 9 / 10)
        .boundedTo(QSize(1400, 880));
}

void MainWindow::fitToScreen()
{
    const QScreen *target = QGuiApplication::screenAt(geometry().center());
    if (!target)
        target = screen();
    if (!target)
        return;
    const QRect area = target->availableGeometry();
    // The frame (title bar, borders) is outside geometry(): keep room for it.
    const QRect frame = frameGeometry();
    const QMargins margins(geometry().left() - frame.left(), geometry().top() - frame.top(),
                           frame.right() - geometry().right(),
                           frame.bottom() - geometry().bottom());
    const QRect inner = area.marginsRemoved(margins);
    QRect g = geometry();
    g.setSize(g.size().boundedTo(inner.size()));
    if (g.right() > inner.right())
        g.moveRight(inner.right());
    if (g.bottom() > inner.bottom())
        g.moveBottom(inner.bottom());
    if (g.left() < inner.left())
        g.moveLeft(inner.left());
    if (g.top() < inner.top())
        g.moveTop(inner.top());
    if (g != geometry())
        setGeometry(g);
}

void MainWindow::setTabChain()
{
    // Reading order: the text, the claim's fields, then the lists down the left side and
    // the search. Tab never stops in a table (arrows move rows there).
    QList<QWidget *> chain{m_view};
    if (m_form) {
        QWidget *w = m_form->nextInFocusChain();
        for (int guard = 0; w != m_form && guard < 10000; ++guard, w = w->nextInFocusChain()) {
            if (m_form->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
                chain << w;
        }
    }
    chain << m_articlesView << m_scopeFilter << m_levelFilter << m_verdictFilter << m_statusFilter
          << m_textFilter << m_claimsView;
    if (auto *query = m_search->findChild<QLineEdit *>(QStringLiteral("searchQuery")))
        chain << query;
    if (auto *results = m_search->findChild<QListWidget *>(QStringLiteral("searchResults")))
        chain << results;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QString MainWindow::completedPath(const QString &path, const QString &extension)
{
    if (path.isEmpty() || extension.isEmpty())
        return path;
    const QString suffix = u'.' + extension;
    if (path.endsWith(suffix, Qt::CaseInsensitive))
        return path;
    return path + suffix;
}

QString MainWindow::suggestedFileName(const QString &name, const QString &extension)
{
    QString base;
    for (const QChar c : name.simplified()) {
        // Characters that some file systems refuse, and the path separators.
        static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
        base += (forbidden.contains(c) || c.category() == QChar::Other_Control) ? u'-' : c;
    }
    base = base.trimmed();
    while (base.startsWith(u'.'))
        base.remove(0, 1);
    if (base.size() > 120)
        base.truncate(120);
    if (base.isEmpty())
        base = QStringLiteral("crible");
    return completedPath(base, extension);
}

QString MainWindow::askSavePath(const QString &title, const QString &filter,
                                const QString &extension, const QString &suggestedName)
{
    QFileDialog dialog(this, title, QString(), filter);
    dialog.setObjectName(QStringLiteral("saveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(extension);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    dialog.setDirectory(folder);
    dialog.selectFile(suggestedFileName(suggestedName, extension));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    // A native dialog may ignore the default suffix; it then asked about replacing the name
    // typed, not the one written: ask here.
    const QString chosen = dialog.selectedFiles().constFirst();
    const QString path = completedPath(chosen, extension);
    if (path != chosen && QFileInfo::exists(path) &&
        QMessageBox::question(
            this, title, tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName())) !=
            QMessageBox::Yes)
        return {};
    return path;
}

bool MainWindow::openProject(const QString &path)
{
    auto document = Document::open(path);
    if (!document) {
        showError(tr("Cannot open project"), document.error());
        return false;
    }
    setDocument(std::move(document).value());
    return true;
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), QString(),
                                                      tr("Crible projects (*.crible)"));
    if (path.isEmpty())
        return;
    auto document = Document::create(
        path.endsWith(QLatin1String(".crible")) ? path : path + QStringLiteral(".crible"));
    if (!document) {
        showError(tr("Cannot create project"), document.error());
        return;
    }
    setDocument(std::move(document).value());
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Crible projects (*.crible)"));
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::importFiles(const QStringList &paths)
{
    if (!m_document || paths.isEmpty())
        return false;
    auto imported = m_document->importArticleFiles(paths);
    if (!imported) {
        showError(tr("Import failed"), imported.error());
        return false;
    }
    statusBar()->showMessage(tr("%n article(s) imported", nullptr, int(imported->size())), 4000);
    return true;
}

void MainWindow::importDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import articles"), QString(),
        tr("Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)"));
    importFiles(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_document || !event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() &&
            importableSuffixes().contains(QFileInfo(url.toLocalFile()).suffix().toLower())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    importFiles(paths);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QString path =
        askSavePath(tr("Save a copy"), tr("Crible projects (*.crible)"), QStringLiteral("crible"),
                    tr("%1 (copy)").arg(QFileInfo(m_document->path()).completeBaseName()));
    if (path.isEmpty())
        return;
    if (auto done = m_document->saveCopy(path); !done)
        showError(tr("Copy not saved"), done.error());
    else
        statusBar()->showMessage(tr("Copy saved to %1").arg(path), 4000);
}

void MainWindow::exportTo(const QString &formatKey)
{
    if (!m_document)
        return;
    auto exporter = exporters::createExporter(formatKey);
    if (!exporter)
        return;
    const QString path = askSavePath(
        tr("Export"), tr("%1 (*.%2)").arg(exporter->displayName(), exporter->fileExtension()),
        exporter->fileExtension(), QFileInfo(m_document->path()).completeBaseName());
    if (path.isEmpty())
        return;
    exporters::ExportOptions options;
    auto exportData = exporters::ExportData::load(m_document->project(), options);
    if (!exportData) {
        showError(tr("Export failed"), exportData.error());
        return;
    }
    if (!exporter->write(exportData.value(), path)) {
        showError(tr("Export failed"), exporter->errorString());
        return;
    }
    // Claims the format leaves out by design (drafts, verdicts FEVER cannot express) are
    // named, never dropped silently; the box does not block, the file is already written.
    const QList<exporters::ExportOmission> left = exporter->omissions(exportData.value());
    if (left.isEmpty()) {
        statusBar()->showMessage(tr("Exported to %1").arg(path), 4000);
        return;
    }
    const int count = exporters::omittedClaimCount(left);
    statusBar()->showMessage(tr("Exported to %1; %n claim(s) left out", nullptr, count).arg(path),
                             8000);
    QStringList lines;
    for (const exporters::ExportOmission &o : left)
        lines << o.message;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Exported, some claims left out"),
                                tr("%1 was written. %n claim(s) are not in it:", nullptr, count)
                                        .arg(QDir::toNativeSeparators(path)) +
                                    QStringLiteral("\n\n") + lines.join(u'\n'),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportOmissions"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::editTaxonomy()
{
    if (!m_document)
        return;
    TaxonomyDialog dialog(m_document.get(), this);
    connect(&dialog, &TaxonomyDialog::errorOccurred, this,
            [this](const QString &message) { showError(tr("Taxonomy not changed"), message); });
    // Undo and redo work while the dialog is open.
    dialog.addActions({m_undo, m_redo});
    dialog.exec();
}

void MainWindow::editSettings()
{
    if (!m_document)
        return;
    SettingsDialog dialog(m_document->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(tr("Settings not changed"), m_document->changeSettings(dialog.settings()).error());
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (QMenu *menu : {m_editMenu, m_claimMenu, m_viewMenu}) {
        for (QAction *a : menu->actions()) {
            QList<QAction *> list = a->menu() ? a->menu()->actions() : QList<QAction *>{a};
            // Grades are named by their taxonomy label: say which list they set.
            const QString group =
                a->menu() ? withoutMnemonic(a->text()) + QStringLiteral(": ") : QString();
            for (QAction *item : std::as_const(list)) {
                if (item->shortcut().isEmpty())
                    continue;
                QStringList keys;
                for (const QKeySequence &k : item->shortcuts())
                    keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
                rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                            .arg(keys.join(QStringLiteral(", ")),
                                 QString(group + withoutMnemonic(item->text())).toHtmlEscaped());
            }
        }
    }
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"),
                    tr("<p>Select text in the article (Shift+arrows or the mouse), then:</p>") +
                        QStringLiteral("<table cellspacing=4>") + rows +
                        QStringLiteral("</table>") +
                        tr("<p>Levels, scopes and verdicts follow the taxonomy's order "
                           "(Edit › Taxonomy).</p>") +
                        tr("<p>In the text, the tint is the scope; the underline is the "
                           "evidence level: thick for the first level, then solid, dashed, "
                           "dotted and wavy. A dashed frame marks a draft; stacked "
                           "underlines mark overlapping claims.</p>") +
                        tr("<p>A dotted grey frame with a diamond in the margin is a "
                           "suggested claim, not a claim: N goes to the next one, A makes it "
                           "a draft claim, R rejects it for good.</p>"),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("shortcutsDialog"));
    // The list is taller than a 768-pixel screen: its label goes into a scroll area the
    // height of most of the screen. The box sizes itself, so this is done before showing.
    auto *grid = qobject_cast<QGridLayout *>(box.layout());
    QLabel *label = nullptr;
    for (QLabel *l : box.findChildren<QLabel *>()) {
        if (l->text() == box.text())
            label = l;
    }
    if (grid && label) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(grid->indexOf(label), &row, &column, &rowSpan, &columnSpan);
        grid->removeWidget(label);
        auto *scroll = new QScrollArea(&box);
        scroll->setObjectName(QStringLiteral("shortcutsScroll"));
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 60);
        scroll->setWidget(label);
        int height = label->heightForWidth(label->minimumWidth());
        if (const QScreen *shown = screen())
            height = std::min(height, shown->availableGeometry().height() * 6 / 10);
        scroll->setMinimumSize(label->minimumWidth() +
                                   scroll->verticalScrollBar()->sizeHint().width(),
                               std::max(height, 120));
        grid->addWidget(scroll, row, column, rowSpan, columnSpan);
    }
    box.exec();
}

QString MainWindow::describeClaim(qint64 claimId) const
{
    if (!m_document)
        return {};
    const core::Claim *claim = m_document->claimModel()->claimById(claimId);
    if (!claim)
        return {};
    const core::Taxonomy &taxonomy = m_document->taxonomy();
    const QString language = TaxonomyModel::labelLanguage();
    auto label = [&](core::TaxonomyAxis axis, const QString &key) {
        const core::TaxonomyEntry *e = taxonomy.find(axis, key);
        return key.isEmpty() ? QStringLiteral("—") : (e ? e->displayLabel(language) : key);
    };
    QString status = claim->status;
    for (const core::VocabularyTerm &t : core::claimStatuses()) {
        if (t.key == claim->status)
            status = coreLabel(t.label);
    }
    return tr("<b>%1</b><br>Scope: %2<br>Presented as: %3<br>Evidence: %4<br>Verdict: %5")
        .arg(status.toHtmlEscaped(), label(core::TaxonomyAxis::Scope, claim->scope).toHtmlEscaped(),
             label(core::TaxonomyAxis::Scope, claim->presentedAs).toHtmlEscaped(),
             label(core::TaxonomyAxis::EvidenceLevel, claim->evidenceLevel).toHtmlEscaped(),
             label(core::TaxonomyAxis::Verdict, claim->verdict).toHtmlEscaped());
}

QString MainWindow::languageSetting()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    statusBar()->showMessage(tr("The language changes the next time Crible starts."), 6000);
}

void MainWindow::showSearchResult(qint64 articleId, qint64 claimId, qint64 start, qint64 end)
{
    if (!m_document)
        return;
    if (auto shown = m_document->setCurrentArticle(articleId); !shown) {
        showError(tr("Open article"), shown.error());
        return;
    }
    if (claimId != 0 && m_document->claimModel()->claimById(claimId)) {
        selectClaim(claimId);
        return;
    }
    const core::CodePointIndex &index = m_document->currentIndex();
    m_view->revealSpan(index.toUtf16(start), index.toUtf16(end));
    m_view->setFocus();
}

void MainWindow::showSuggestions(bool shown)
{
    QSettings().setValue(QStringLiteral("view/suggestedClaims"), shown);
    if (m_document)
        m_document->suggestions()->setEnabled(shown);
}

void MainWindow::rebuildSuggestions()
{
    if (!m_document || !m_document->suggestions()->isEnabled()) {
        m_currentSuggestion = {-1, -1};
        m_view->setSuggestionMarks({});
        m_view->setCurrentSuggestion(-1, -1);
        m_suggestionCount->clear();
        m_suggestionCount->hide();
        return;
    }
    const Suggestions *suggestions = m_document->suggestions();
    const core::CodePointIndex &index = m_document->currentIndex();
    QList<ArticleView::SuggestionMark> marks;
    marks.reserve(suggestions->open().size());
    for (const text::ClaimCandidate &c : suggestions->open())
        marks.append({index.toUtf16(c.start), index.toUtf16(c.end)});
    m_view->setSuggestionMarks(std::move(marks));
    if (!suggestions->find(m_currentSuggestion.first, m_currentSuggestion.second))
        m_currentSuggestion = {-1, -1};
    m_view->setCurrentSuggestion(
        m_currentSuggestion.first < 0 ? -1 : index.toUtf16(m_currentSuggestion.first),
        m_currentSuggestion.second < 0 ? -1 : index.toUtf16(m_currentSuggestion.second));
    m_suggestionCount->setText(suggestions->isComputing() ? tr("Looking for suggestions…")
                                                          : tr("%n suggestion(s)", nullptr,
                                                               int(suggestions->open().size())));
    m_suggestionCount->show();
}

void MainWindow::selectSuggestion(qint64 start, qint64 end)
{
    if (!m_document || !m_document->suggestions()->find(start, end))
        return;
    // The suggestion is now what the keys act on: a claim left framed elsewhere would take
    // the next Delete or grade key without being in view.
    clearClaimSelection();
    m_currentSuggestion = {start, end};
    const core::CodePointIndex &index = m_document->currentIndex();
    m_view->setCurrentSuggestion(index.toUtf16(start), index.toUtf16(end));
    m_view->scrollToSpan(index.toUtf16(start), index.toUtf16(end));
}

void MainWindow::goToSuggestion(bool forward)
{
    if (!m_document)
        return;
    const QList<text::ClaimCandidate> &open = m_document->suggestions()->open();
    if (open.isEmpty()) {
        statusBar()->showMessage(m_document->suggestions()->isEnabled()
                                     ? tr("No suggestion left in this article.")
                                     : tr("Suggested claims are hidden (View › Suggested "
                                          "claims)."),
                                 4000);
        return;
    }
    // From the current suggestion unless the cursor has left it, else from the cursor; past
    // either end, wrap around.
    const qint64 cursor = m_document->currentIndex().toCodePoint(m_view->textCursor().position());
    const bool fromCurrent = m_currentSuggestion.first >= 0 &&
                             cursor >= m_currentSuggestion.first &&
                             cursor <= m_currentSuggestion.second;
    const qint64 from = fromCurrent ? m_currentSuggestion.first : cursor;
    const text::ClaimCandidate *target = nullptr;
    if (forward) {
        for (const text::ClaimCandidate &c : open) {
            if (fromCurrent ? c.start > from : c.start >= from) {
                target = &c;
                break;
            }
        }
        if (!target)
            target = &open.constFirst();
    } else {
        for (auto it = open.crbegin(); it != open.crend(); ++it) {
            if (it->start < from) {
                target = &*it;
                break;
            }
        }
        if (!target)
            target = &open.constLast();
    }
    selectSuggestion(target->start, target->end);
}

bool MainWindow::pickSuggestion()
{
    if (!m_document)
        return false;
    const Suggestions *suggestions = m_document->suggestions();
    if (suggestions->find(m_currentSuggestion.first, m_currentSuggestion.second))
        return true;
    const text::ClaimCandidate *under =
        suggestions->at(m_document->currentIndex().toCodePoint(m_view->textCursor().position()));
    if (!under) {
        statusBar()->showMessage(tr("No suggestion selected: press N to go to the next one."),
                                 4000);
        return false;
    }
    m_currentSuggestion = {under->start, under->end};
    return true;
}

void MainWindow::acceptSuggestion()
{
    if (!pickSuggestion())
        return;
    const auto [start, end] = m_currentSuggestion;
    auto id = m_document->acceptSuggestion(start, end);
    if (!id) {
        statusBar()->showMessage(id.error(), 4000);
        return;
    }
    m_currentSuggestion = {-1, -1};
    selectClaim(id.value());
    statusBar()->showMessage(tr("Suggestion accepted as a draft claim"), 3000);
    m_view->setFocus();
}

void MainWindow::rejectSuggestion()
{
    if (!pickSuggestion())
        return;
    const auto [start, end] = m_currentSuggestion;
    if (auto done = m_document->rejectSuggestion(start, end); !done) {
        statusBar()->showMessage(done.error(), 4000);
        return;
    }
    // On to the next one, so a run of rejections is a run of key presses.
    m_currentSuggestion = {-1, -1};
    for (const text::ClaimCandidate &c : m_document->suggestions()->open()) {
        if (c.start >= start) {
            selectSuggestion(c.start, c.end);
            break;
        }
    }
    statusBar()->showMessage(tr("Suggestion rejected"), 3000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_document)
        settings.setValue(QStringLiteral("project/last"), m_document->path());
    event->accept();
}

} // namespace crible::ui
