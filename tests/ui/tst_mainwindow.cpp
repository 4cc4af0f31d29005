// The main window's keyboard, dialogs and layout, driven through the real widgets on the
// offscreen platform: Tab order, "presented as" keys, who new work is credited to, Delete,
// file names of copies and exports, the window's size, search clicks, the F1 box, and the
// editor's --help without a display.
#include "core/offsets.h"
#include "export/exporter.h"
#include "store/project.h"
#include "ui/articlelistmodel.h"
#include "ui/articleview.h"
#include "ui/claimform.h"
#include "ui/claimlistmodel.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/searchpanel.h"
#include "ui/suggestions.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QUndoStack>

using namespace crible;

namespace {

const QString kSeed = QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabLeavesTheTables();
    void presentedAsHasItsOwnKeys();
    void newcomerIsCreditedForTheirWork();
    void deleteActsOnTheVisibleClaimOnly();
    void completedPath_data();
    void completedPath();
    void saveCopyAddsTheExtension();
    void exportAddsTheExtension();
    void exportNamesTheClaimsLeftOut();
    void windowFitsTheScreen();
    void searchResultJumpsOnOneClick();
    void shortcutsNamedByTheTaxonomy();
    void helpNeedsNoDisplay_data();
    void helpNeedsNoDisplay();

private:
    void openSeedProject();
    void showWindow(std::unique_ptr<ui::Document> document);
    qint64 tag(const QString &needle);
    QList<core::Claim> storedClaims() const;
    // Runs `check` on the modal dialog the next action opens, then closes it.
    void onNextDialog(std::function<void(QWidget *)> check);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_projectPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_projectPath = m_dir->filePath(QStringLiteral("test.crible"));
    // Every window starts as on a first run: no saved layout.
    QSettings settings;
    settings.remove(QStringLiteral("window"));
    settings.setValue(QStringLiteral("view/suggestedClaims"), true);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::showWindow(std::unique_ptr<ui::Document> document)
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setDocument(std::move(document));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::openSeedProject()
{
    auto document = ui::Document::create(m_projectPath);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    showWindow(std::move(document).value());
    QVERIFY(m_window->importFiles({kSeed}));
    QCOMPARE(m_window->document()->articleModel()->rowCount(), 1);
    m_window->articleView()->setFocus();
}

qint64 TestMainWindow::tag(const QString &needle)
{
    const qint64 at = m_window->articleView()->toPlainText().indexOf(needle);
    if (at < 0)
        return 0;
    auto id = m_window->document()->tagSelection(at, at + needle.size());
    return id ? id.value() : 0;
}

QList<core::Claim> TestMainWindow::storedClaims() const
{
    auto project = store::Project::open(m_projectPath, nullptr, store::OpenMode::ReadOnly);
    if (!project)
        return {};
    auto claims = project.value()->claims();
    return claims ? claims.value() : QList<core::Claim>();
}

void TestMainWindow::onNextDialog(std::function<void(QWidget *)> check)
{
    QTimer::singleShot(0, this, [check] {
        QWidget *dialog = QApplication::activeModalWidget();
        check(dialog);
        if (auto *d = qobject_cast<QDialog *>(dialog); d && d->isVisible())
            d->reject();
    });
}

void TestMainWindow::tabLeavesTheTables()
{
    openSeedProject();
    // A second article, so that a Tab that moved the articles table would open it.
    const QString second = m_dir->filePath(QStringLiteral("second.txt"));
    QFile file(second);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Un second article\n\nLe crédit social est testé à Rongcheng.\n");
    file.close();
    QVERIFY(m_window->importFiles({second}));
    ui::Document *doc = m_window->document();
    QVERIFY(doc->setCurrentArticle(doc->articleModel()->articleIdAt(0)).ok());
    const qint64 article = doc->currentArticleId();
    const qint64 first = tag(QStringLiteral("crédit social"));
    const qint64 other = tag(QStringLiteral("généralisé en 2020"));
    QVERIFY(first != 0 && other != 0);
    QVERIFY(doc->claimModel()->claims().size() >= 2);
    m_window->selectClaim(first);

    // From the text, Tab goes into the claim's fields.
    ui::ArticleView *view = m_window->articleView();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(m_window->claimForm()->isAncestorOf(focus), focus->metaObject()->className());

    // Then on round the window: the tables are stops, never traps, and nothing moves.
    QList<QWidget *> visited;
    for (int i = 0; i < 60 && !visited.contains(view); ++i) {
        QWidget *w = QApplication::focusWidget();
        QVERIFY(w);
        visited << w;
        QTest::keyClick(w, Qt::Key_Tab);
        QCOMPARE(m_window->currentClaim(), first);
        QCOMPARE(doc->currentArticleId(), article);
    }
    QVERIFY(visited.contains(m_window->articlesView()));
    QVERIFY(visited.contains(m_window->claimsView()));
    QVERIFY2(visited.contains(view), "Tab never came back to the text");
    // Each table is left by one Tab.
    QCOMPARE(visited.count(m_window->claimsView()), 1);
    QCOMPARE(visited.count(m_window->articlesView()), 1);
    // The articles come after the claim form, the claims list after its filters.
    QVERIFY(visited.indexOf(m_window->articlesView()) < visited.indexOf(m_window->claimsView()));

    // Arrows still move rows.
    m_window->claimsView()->setFocus();
    const int row = m_window->claimsView()->currentIndex().row();
    QTest::keyClick(m_window->claimsView(), row == 0 ? Qt::Key_Down : Qt::Key_Up);
    QVERIFY(m_window->currentClaim() != first);
}

void TestMainWindow::presentedAsHasItsOwnKeys()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const qint64 id = tag(QStringLiteral("généralisé en 2020"));
    QVERIFY(id != 0);
    m_window->selectClaim(id);
    view->setFocus();
    ui::ClaimListModel *claims = m_window->document()->claimModel();
    const QList<core::TaxonomyEntry> &scopes =
        m_window->document()->taxonomy().entries(core::TaxonomyAxis::Scope);
    QVERIFY(scopes.size() >= 3);

    // The scope alone: "presented as" is not invented from it.
    QTest::keyClick(view, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(claims->claimById(id)->scope, scopes.at(2).key);
    QCOMPARE(claims->claimById(id)->presentedAs, QString());
    QCOMPARE(storedClaims().first().presentedAs, QString());

    // Its own keys: Shift+Alt+digit, the scope untouched.
    QTest::keyClick(view, Qt::Key_1, Qt::ShiftModifier | Qt::AltModifier);
    QCOMPARE(claims->claimById(id)->presentedAs, scopes.at(0).key);
    QCOMPARE(claims->claimById(id)->scope, scopes.at(2).key);
    QCOMPARE(storedClaims().first().presentedAs, scopes.at(0).key);
    // One undo step each.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(claims->claimById(id)->presentedAs, QString());
    QCOMPARE(claims->claimById(id)->scope, scopes.at(2).key);

    // No clash: the key sequence belongs to one action only.
    const QKeySequence key(Qt::SHIFT | Qt::ALT | Qt::Key_1);
    int owners = 0;
    for (QAction *a : m_window->findChildren<QAction *>())
        owners += a->shortcuts().contains(key) ? 1 : 0;
    QCOMPARE(owners, 1);
}

void TestMainWindow::newcomerIsCreditedForTheirWork()
{
    const QByteArray user = qgetenv("USER");
    qputenv("USER", "lea-newcomer");
    auto restore = qScopeGuard([&] { qputenv("USER", user); });
    auto document =
        ui::Document::createFromCorpus(m_projectPath, QStringLiteral(CRIBLE_CORPUS_DIR), QString());
    QVERIFY2(document.ok(), qPrintable(document.error()));
    showWindow(std::move(document).value());
    ui::Document *doc = m_window->document();
    QCOMPARE(doc->settings().defaultAnnotator, QStringLiteral("lea-newcomer"));
    const QList<core::Claim> imported = storedClaims();
    QVERIFY(!imported.isEmpty());

    // A claim of their own, through the keys.
    ui::ArticleView *view = m_window->articleView();
    const QString text = view->toPlainText();
    QTextCursor cursor(view->document());
    const qint64 at = text.indexOf(QStringLiteral("crédit social"));
    QVERIFY(at >= 0);
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 13), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_T);
    const qint64 id = m_window->currentClaim();
    QVERIFY(id != 0);
    QCOMPARE(doc->claimModel()->claimById(id)->annotator, QStringLiteral("lea-newcomer"));

    // The imported claims keep their annotator; the change log names the newcomer.
    auto project = store::Project::open(m_projectPath, nullptr, store::OpenMode::ReadOnly);
    QVERIFY(project.ok());
    auto stored = project.value()->claims();
    QVERIFY(stored.ok());
    int reference = 0;
    for (const core::Claim &c : stored.value()) {
        if (c.id == id)
            QCOMPARE(c.annotator, QStringLiteral("lea-newcomer"));
        else if (c.annotator == QLatin1String("crible-reference"))
            ++reference;
    }
    QCOMPARE(reference, imported.size());
    auto log = project.value()->changeLog(5);
    QVERIFY(log.ok());
    QVERIFY(!log->isEmpty());
    const core::Claim *mine = doc->claimModel()->claimById(id);
    bool logged = false;
    for (const store::ChangeRecord &r : log.value()) {
        if (r.entityUuid == mine->uuid) {
            QCOMPARE(r.actor, QStringLiteral("lea-newcomer"));
            logged = true;
        }
    }
    QVERIFY(logged);
}

void TestMainWindow::deleteActsOnTheVisibleClaimOnly()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    ui::Suggestions *suggestions = m_window->document()->suggestions();
    QTRY_VERIFY_WITH_TIMEOUT(!suggestions->isComputing(), 30000);
    QVERIFY(suggestions->open().size() >= 2);
    const qint64 id = tag(QStringLiteral("généralisé en 2020"));
    QVERIFY(id != 0);
    m_window->selectClaim(id);
    QCOMPARE(view->selectedClaim(), id);
    const int count = int(m_window->document()->claimModel()->claims().size());

    // N: the cursor goes to a suggestion; the claim is no longer shown selected.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N);
    QVERIFY(m_window->currentSuggestion().first >= 0);
    QCOMPARE(view->selectedClaim(), qint64(0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_window->document()->claimModel()->claims().size(), count);
    QVERIFY(m_window->document()->claimModel()->claimById(id));
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    // Tabbing into the claims list selects nothing either.
    m_window->claimsView()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_window->claimsView()->hasFocus());
    QCOMPARE(m_window->currentClaim(), qint64(0));
    QTest::keyClick(m_window->claimsView(), Qt::Key_Delete);
    QVERIFY(m_window->document()->claimModel()->claimById(id));

    // Selected again (framed in the text, selected in the list): Delete removes it.
    m_window->selectClaim(id);
    QVERIFY(m_window->claimsView()->selectionModel()->hasSelection());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_window->document()->claimModel()->claims().size(), count - 1);
    QVERIFY(!m_window->document()->claimModel()->claimById(id));
}

void TestMainWindow::completedPath_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare-name") << QStringLiteral("/tmp/copie") << QStringLiteral("crible")
                               << QStringLiteral("/tmp/copie.crible");
    QTest::newRow("already-there")
        << QStringLiteral("/tmp/copie.crible") << QStringLiteral("crible")
        << QStringLiteral("/tmp/copie.crible");
    QTest::newRow("upper-case") << QStringLiteral("/tmp/COPIE.CRIBLE") << QStringLiteral("crible")
                                << QStringLiteral("/tmp/COPIE.CRIBLE");
    QTest::newRow("dot-in-name") << QStringLiteral("/tmp/v1.2/copie.v2") << QStringLiteral("crible")
                                 << QStringLiteral("/tmp/v1.2/copie.v2.crible");
    QTest::newRow("html-export") << QStringLiteral("/tmp/table") << QStringLiteral("html")
                                 << QStringLiteral("/tmp/table.html");
    QTest::newRow("cancelled") << QString() << QStringLiteral("html") << QString();
}

void TestMainWindow::completedPath()
{
    QFETCH(QString, typed);
    QFETCH(QString, extension);
    QFETCH(QString, expected);
    QCOMPARE(ui::MainWindow::completedPath(typed, extension), expected);
    // The proposed name is a plain file name with the extension, whatever the title holds.
    const QString proposed =
        ui::MainWindow::suggestedFileName(QStringLiteral("Crédit / social: 2020?"), extension);
    QVERIFY(proposed.endsWith(u'.' + extension));
    QVERIFY(!proposed.contains(u'/'));
    QVERIFY(!proposed.contains(u':'));
    QVERIFY(proposed.startsWith(QStringLiteral("Crédit")));
}

void TestMainWindow::saveCopyAddsTheExtension()
{
    openSeedProject();
    QAction *copy = m_window->findChild<QAction *>(QStringLiteral("saveCopy"));
    QVERIFY(copy);
    const QString typed = m_dir->filePath(QStringLiteral("copie"));
    QString proposed;
    bool seen = false;
    onNextDialog([&](QWidget *w) {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        if (!dialog)
            return;
        seen = true;
        proposed = dialog->selectedFiles().value(0);
        dialog->selectFile(typed);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    });
    copy->trigger();
    QVERIFY(seen);
    // The project's name, with the extension.
    QVERIFY2(QFileInfo(proposed).fileName().startsWith(QStringLiteral("test")),
             qPrintable(proposed));
    QVERIFY2(proposed.endsWith(QStringLiteral(".crible")), qPrintable(proposed));
    QVERIFY(!QFileInfo::exists(typed));
    QVERIFY(QFileInfo::exists(typed + QStringLiteral(".crible")));
    auto reopened =
        store::Project::open(typed + QStringLiteral(".crible"), nullptr, store::OpenMode::ReadOnly);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
}

void TestMainWindow::exportAddsTheExtension()
{
    openSeedProject();
    QVERIFY(tag(QStringLiteral("généralisé en 2020")) != 0);
    QMenu *exportMenu = nullptr;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QCoreApplication::translate("crible::ui::MainWindow", "&Export"))
            exportMenu = menu;
    }
    QVERIFY(exportMenu);
    QVERIFY(!exportMenu->actions().isEmpty());
    const QStringList formats = exporters::exportFormats();
    QVERIFY(!formats.isEmpty());
    auto exporter = exporters::createExporter(formats.first());
    QVERIFY(exporter);
    const QString extension = exporter->fileExtension();
    const QString typed = m_dir->filePath(QStringLiteral("table"));
    QString proposed;
    onNextDialog([&](QWidget *w) {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        if (!dialog)
            return;
        proposed = dialog->selectedFiles().value(0);
        dialog->selectFile(typed);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    });
    exportMenu->actions().first()->trigger();
    QVERIFY2(proposed.endsWith(u'.' + extension), qPrintable(proposed));
    QVERIFY(!QFileInfo::exists(typed));
    QVERIFY2(QFileInfo::exists(typed + u'.' + extension), qPrintable(typed + u'.' + extension));
}

void TestMainWindow::exportNamesTheClaimsLeftOut()
{
    openSeedProject();
    QVERIFY(tag(QStringLiteral("généralisé en 2020")) != 0); // a draft: FEVER leaves it out
    auto fever = exporters::createExporter(QStringLiteral("fever"));
    QVERIFY(fever);
    QAction *action = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == fever->displayName() + QStringLiteral("…"))
            action = a;
    }
    QVERIFY(action);
    const QString typed = m_dir->filePath(QStringLiteral("claims.jsonl"));
    onNextDialog([&](QWidget *w) {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        if (!dialog)
            return;
        dialog->selectFile(typed);
        static_cast<QDialog *>(dialog)->accept();
    });
    action->trigger();
    QVERIFY(QFileInfo::exists(typed));
    // The file is written, and a box that does not block says what is not in it and why.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("exportOmissions"))));
    QVERIFY(box->isVisible());
    QVERIFY(!box->isModal() || box->windowModality() == Qt::WindowModal);
    const QList<exporters::ExportOmission> expected =
        fever->omissions(exporters::ExportData::load(m_window->document()->project(), {}).value());
    QVERIFY(!expected.isEmpty());
    for (const exporters::ExportOmission &o : expected)
        QVERIFY2(box->text().contains(o.message), qPrintable(box->text()));
    QVERIFY(box->text().contains(QDir::toNativeSeparators(typed)));
    box->close();
}

void TestMainWindow::windowFitsTheScreen()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    const QRect area = screen->availableGeometry();
    {
        ui::MainWindow window;
        QVERIFY(window.width() <= area.width());
        QVERIFY(window.height() <= area.height());
        QCOMPARE(window.size(), ui::MainWindow::firstStartSize(area.size()));
        // A layout saved on a larger screen.
        window.setGeometry(QRect(area.topLeft(), area.size() * 2));
        QSettings().setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    }
    ui::MainWindow window;
    QVERIFY2(window.width() <= area.width() && window.height() <= area.height(),
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    QVERIFY(area.contains(window.geometry()));
    QSettings().remove(QStringLiteral("window"));

    // The figures of a laptop and a large screen.
    QCOMPARE(ui::MainWindow::firstStartSize(QSize(1024, 700)), QSize(921, 630));
    QCOMPARE(ui::MainWindow::firstStartSize(QSize(2560, 1400)), QSize(1400, 880));

    // On a small window the docks yield: the text keeps a readable width.
    openSeedProject();
    m_window->resize(ui::MainWindow::firstStartSize(area.size()));
    QTest::qWait(50);
    ui::ArticleView *view = m_window->articleView();
    QVERIFY(view->minimumWidth() >= 20 * view->fontMetrics().averageCharWidth());
    QVERIFY2(view->width() >= view->minimumWidth(),
             qPrintable(QStringLiteral("%1 < %2").arg(view->width()).arg(view->minimumWidth())));
}

void TestMainWindow::searchResultJumpsOnOneClick()
{
    openSeedProject();
    const QString second = m_dir->filePath(QStringLiteral("second.txt"));
    QFile file(second);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Un autre article\n\nLes zèbres de Rongcheng sont notés.\n");
    file.close();
    QVERIFY(m_window->importFiles({second}));
    ui::Document *doc = m_window->document();
    QVERIFY(doc->setCurrentArticle(doc->articleModel()->articleIdAt(0)).ok());
    const qint64 shown = doc->currentArticleId();
    QVERIFY(!doc->currentText().contains(QStringLiteral("zèbres")));

    ui::SearchPanel *panel = m_window->searchPanel();
    panel->parentWidget()->show();
    panel->search(QStringLiteral("zèbres"));
    QCOMPARE(panel->resultCount(), 1);
    auto *results = panel->findChild<QListWidget *>(QStringLiteral("searchResults"));
    QVERIFY(results);
    QTRY_VERIFY(results->isVisible());
    const QRect rect = results->visualItemRect(results->item(0));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(doc->currentArticleId() != shown);
    QVERIFY(doc->currentText().contains(QStringLiteral("zèbres")));
}

void TestMainWindow::shortcutsNamedByTheTaxonomy()
{
    openSeedProject();
    ui::Document *doc = m_window->document();
    const core::Taxonomy &taxonomy = doc->taxonomy();
    const QString language = QStringLiteral("en");
    const QString level1 =
        taxonomy.entries(core::TaxonomyAxis::EvidenceLevel).at(0).displayLabel(language);
    const QString scope3 = taxonomy.entries(core::TaxonomyAxis::Scope).at(2).displayLabel(language);
    auto action = [&](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name));
    };
    QVERIFY(action("level1") && action("scope3") && action("presentedAs3") && action("verdict1"));
    QCOMPARE(action("level1")->text(), level1);
    QCOMPARE(action("scope3")->text(), scope3);
    QCOMPARE(action("presentedAs3")->text(), scope3);

    // Renamed in the taxonomy: the menus follow.
    core::Taxonomy changed = taxonomy;
    QList<core::TaxonomyEntry> &levels = changed.entries(core::TaxonomyAxis::EvidenceLevel);
    levels[0].label = QStringLiteral("Proof & papers");
    levels[0].labelFr = QStringLiteral("Preuves & papiers");
    QVERIFY(doc->changeTaxonomy(changed, QStringLiteral("Rename")).ok());
    QCOMPARE(action("level1")->text(), doc->taxonomy()
                                           .entries(core::TaxonomyAxis::EvidenceLevel)
                                           .at(0)
                                           .displayLabel(language)
                                           .replace(u'&', QStringLiteral("&&")));
    QVERIFY(action("level1")->text().contains(QStringLiteral("&&")));

    // F1: fits the screen, lists "presented as" keys and the labels, not numbers.
    QAction *help = action("shortcuts");
    QVERIFY(help);
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    QString text;
    int height = 0;
    bool seen = false;
    onNextDialog([&](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box || box->objectName() != QLatin1String("shortcutsDialog"))
            return;
        seen = true;
        height = box->frameGeometry().height();
        text = QTextDocumentFragment::fromHtml(box->text()).toPlainText();
        // The list scrolls rather than running off the screen.
        auto *scroll = box->findChild<QScrollArea *>(QStringLiteral("shortcutsScroll"));
        QVERIFY(scroll);
        QVERIFY(scroll->widget()->height() > scroll->viewport()->height());
    });
    help->trigger();
    QVERIFY(seen);
    QVERIFY2(height <= area.height(), qPrintable(QString::number(height)));
    QVERIFY(text.contains(
        QKeySequence(Qt::SHIFT | Qt::ALT | Qt::Key_1).toString(QKeySequence::NativeText)));
    QVERIFY(text.contains(scope3));
    QVERIFY(text.contains(QStringLiteral("Proof & papers")) ||
            text.contains(QStringLiteral("Preuves & papiers")));
    QVERIFY(!text.contains(QStringLiteral("Scope 3")));
    QVERIFY(!text.contains(QStringLiteral("Level 1")));
}

void TestMainWindow::helpNeedsNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<QString>("printed"); // on stdout when it succeeds, else on stderr
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true
                          << QStringLiteral("--lang");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true
                             << QStringLiteral("crible ");
    QTest::newRow("bad-option") << QStringList{QStringLiteral("--no-such-option")} << false
                                << QStringLiteral("no-such-option");
    QTest::newRow("no-display") << QStringList() << false << QStringLiteral("no display");
}

void TestMainWindow::helpNeedsNoDisplay()
{
#ifndef CRIBLE_EDITOR_PATH
    QSKIP("the crible executable is not built");
#else
    QFETCH(QStringList, arguments);
    QFETCH(bool, succeeds);
    QFETCH(QString, printed);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // A first run must not create anything in the user's folders.
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CRIBLE_EDITOR_PATH), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode() == 0, succeeds);
    QVERIFY2((succeeds ? out : err).contains(printed), qPrintable(out + err));
    if (succeeds)
        QVERIFY(!err.contains(QStringLiteral("no display")));
#endif
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
