// Drives the real editor window on the offscreen platform: keys, clicks and actions as a
// user would, then checks what the project file holds.
#include "core/offsets.h"
#include "store/project.h"
#include "ui/articlelistmodel.h"
#include "ui/articleview.h"
#include "ui/claimfiltermodel.h"
#include "ui/claimlistmodel.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/searchpanel.h"
#include "ui/taxonomydialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace crible;

namespace {

const QString kSeed = QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt");

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tagSnapsToWords_data();
    void tagSnapsToWords();
    void tagNeverSplitsAGrapheme();
    void sentenceShortcut();
    void gradeShortcutsUndoRedo();
    void clickHighlightSelectsClaim();
    void filterClaimsList();
    void importBadFileShowsError();
    void dropImportsArticles_data();
    void dropImportsArticles();
    void taxonomyEditIsUndoable();
    void searchJumpsToPlace();
    void sourcesSettingsAndCopy();
    void reopenFindsEveryChange();

private:
    // A window on a new project holding the seed article.
    void openSeedProject();
    void select(qint64 utf16Start, qint64 utf16End);
    qint64 find(const QString &needle) const;
    QList<core::Claim> storedClaims() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_projectPath;
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The window remembers its layout and last project: keep that out of the user's settings.
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

void TestEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_projectPath = m_dir->filePath(QStringLiteral("test.crible"));
}

void TestEditor::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestEditor::openSeedProject()
{
    auto document = ui::Document::create(m_projectPath);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setDocument(std::move(document).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->importFiles({kSeed}));
    QCOMPARE(m_window->document()->articleModel()->rowCount(), 1);
    QVERIFY(m_window->articleView()->toPlainText().contains(QStringLiteral("crédit social")));
    m_window->articleView()->setFocus();
}

void TestEditor::select(qint64 utf16Start, qint64 utf16End)
{
    ui::ArticleView *view = m_window->articleView();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(utf16Start));
    cursor.setPosition(int(utf16End), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
}

qint64 TestEditor::find(const QString &needle) const
{
    return m_window->articleView()->toPlainText().indexOf(needle);
}

QList<core::Claim> TestEditor::storedClaims() const
{
    auto project = store::Project::open(m_projectPath, nullptr, store::OpenMode::ReadOnly);
    if (!project)
        return {};
    auto claims = project.value()->claims();
    return claims ? claims.value() : QList<core::Claim>();
}

void TestEditor::tagSnapsToWords_data()
{
    QTest::addColumn<QString>("context"); // where to look in the text
    QTest::addColumn<int>("from");        // sloppy selection inside `context`
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("expected"); // the quote after snapping

    QTest::newRow("inside-one-word")
        << QStringLiteral("généralisé en 2020") << 2 << 6 << QStringLiteral("généralisé");
    QTest::newRow("across-two-words")
        << QStringLiteral("généralisé en 2020") << 4 << 12 << QStringLiteral("généralisé en");
    QTest::newRow("trailing-space")
        << QStringLiteral("crédit social devrait") << 0 << 14 << QStringLiteral("crédit social");
}

void TestEditor::tagSnapsToWords()
{
    QFETCH(QString, context);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, expected);
    openSeedProject();
    const qint64 at = find(context);
    QVERIFY(at >= 0);
    select(at + from, at + to);
    QTest::keyClick(m_window->articleView(), Qt::Key_T);
    const QList<core::Claim> &claims = m_window->document()->claimModel()->claims();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.first().quote, expected);
    QVERIFY(claims.first().isDraft());
    QCOMPARE(m_window->currentClaim(), claims.first().id);
    // Saved at once: a second, read-only connection sees it.
    const QList<core::Claim> stored = storedClaims();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().quote, expected);
}

void TestEditor::tagNeverSplitsAGrapheme()
{
    QFile file(m_dir->filePath(QStringLiteral("emoji.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Un titre\n\nBravo 😀 à tous, e\u0301te\u0301 2020.\n").toUtf8());
    file.close();
    auto document = ui::Document::create(m_projectPath);
    QVERIFY(document.ok());
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setDocument(std::move(document).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->importFiles({file.fileName()}));
    const qint64 emoji = find(QStringLiteral("😀"));
    QVERIFY(emoji > 0);
    // From the middle of the surrogate pair to the end of the pair: one half of 😀, given
    // to the document at the editor boundary (a text cursor cannot stand there).
    auto tagged = m_window->document()->tagSelection(emoji + 1, emoji + 2);
    QVERIFY2(tagged.ok(), qPrintable(tagged.error()));
    const QList<core::Claim> &claims = m_window->document()->claimModel()->claims();
    QCOMPARE(claims.size(), 1);
    QVERIFY2(claims.first().quote.contains(QStringLiteral("😀")), qPrintable(claims.first().quote));
    for (QChar c : claims.first().quote)
        QVERIFY(!c.isSurrogate() || claims.first().quote.contains(QStringLiteral("😀")));
    QCOMPARE(claims.first().end - claims.first().start,
             qint64(claims.first().quote.toUcs4().size()));
    // NFD input is stored as NFC: a selection inside "été" takes the whole word.
    const qint64 ete = find(QStringLiteral("été"));
    QVERIFY(ete > 0);
    select(ete + 1, ete + 2);
    QTest::keyClick(m_window->articleView(), Qt::Key_T);
    QCOMPARE(m_window->document()->claimModel()->claims().size(), 2);
    QCOMPARE(m_window->document()->claimModel()->claimById(m_window->currentClaim())->quote,
             QStringLiteral("été"));
}

void TestEditor::sentenceShortcut()
{
    openSeedProject();
    const QString sentence = QStringLiteral(
        "En test dans plusieurs régions, le crédit social devrait être généralisé en 2020.");
    const qint64 at = find(sentence);
    QVERIFY(at >= 0);
    select(at + 20, at + 20);
    QTest::keyClick(m_window->articleView(), Qt::Key_S);
    const QList<core::Claim> &claims = m_window->document()->claimModel()->claims();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.first().quote, sentence);
}

void TestEditor::gradeShortcutsUndoRedo()
{
    openSeedProject();
    const qint64 at = find(QStringLiteral("généralisé en 2020"));
    select(at, at + 18);
    ui::ArticleView *view = m_window->articleView();
    QTest::keyClick(view, Qt::Key_T);
    const qint64 id = m_window->currentClaim();
    QVERIFY(id != 0);
    ui::ClaimListModel *claims = m_window->document()->claimModel();
    const core::Taxonomy &taxonomy = m_window->document()->taxonomy();

    QTest::keyClick(view, Qt::Key_2); // second evidence level
    QCOMPARE(claims->claimById(id)->evidenceLevel,
             taxonomy.entries(core::TaxonomyAxis::EvidenceLevel).at(1).key);
    QTest::keyClick(view, Qt::Key_3, Qt::AltModifier); // third scope
    const QString scope = taxonomy.entries(core::TaxonomyAxis::Scope).at(2).key;
    QCOMPARE(claims->claimById(id)->scope, scope);
    QVERIFY(claims->claimById(id)->isDraft());                               // no verdict yet
    QTest::keyClick(view, Qt::Key_4, Qt::ControlModifier | Qt::AltModifier); // fourth verdict
    QCOMPARE(claims->claimById(id)->verdict,
             taxonomy.entries(core::TaxonomyAxis::Verdict).at(3).key);
    QCOMPARE(claims->claimById(id)->status, QStringLiteral("graded"));
    // The highlight follows: filled with the scope's colour, no longer a draft.
    const auto &highlights = view->highlights();
    QCOMPARE(highlights.size(), 1);
    QVERIFY(!highlights.first().draft);
    QCOMPARE(highlights.first().fill,
             QColor(taxonomy.find(core::TaxonomyAxis::Scope, scope)->color));

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // undo the verdict
    QVERIFY(claims->claimById(id)->verdict.isEmpty());
    QVERIFY(claims->claimById(id)->isDraft());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // undo the scope
    QVERIFY(claims->claimById(id)->scope.isEmpty());
    QCOMPARE(storedClaims().first().scope, QString());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QCOMPARE(claims->claimById(id)->scope, scope);
    QCOMPARE(storedClaims().first().scope, scope);
    // Undo down to before the tag: the claim is gone, from the file as well.
    m_window->document()->undoStack()->setIndex(0);
    QCOMPARE(claims->rowCount(), 0);
    QCOMPARE(storedClaims().size(), 0);
    // The article import is undone last, so the list is empty.
    QCOMPARE(m_window->document()->articleModel()->rowCount(), 0);
    m_window->document()->undoStack()->setIndex(m_window->document()->undoStack()->count());
    QCOMPARE(m_window->document()->articleModel()->rowCount(), 1);
    QCOMPARE(storedClaims().size(), 1);
    QCOMPARE(storedClaims().first().verdict,
             taxonomy.entries(core::TaxonomyAxis::Verdict).at(3).key);
}

void TestEditor::clickHighlightSelectsClaim()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const qint64 first = find(QStringLiteral("Big Data"));
    const qint64 second = find(QStringLiteral("généralisé en 2020"));
    select(first, first + 8);
    QTest::keyClick(view, Qt::Key_T);
    const qint64 firstId = m_window->currentClaim();
    select(second, second + 18);
    QTest::keyClick(view, Qt::Key_T);
    const qint64 secondId = m_window->currentClaim();
    QVERIFY(firstId != secondId);

    // Choosing the first in the list scrolls the text to it and selects it.
    QTableView *list = m_window->claimsView();
    const QModelIndex row0 = list->model()->index(0, 0);
    list->setCurrentIndex(row0);
    QCOMPARE(m_window->currentClaim(), firstId);
    QCOMPARE(view->selectedClaim(), firstId);

    // Clicking inside the second highlight selects it.
    QTextCursor cursor(view->document());
    cursor.setPosition(int(second + 3));
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    QApplication::processEvents();
    const QPoint point = view->cursorRect(cursor).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(m_window->currentClaim(), secondId);
    QCOMPARE(list->currentIndex().data(ui::ClaimListModel::ClaimIdRole).toLongLong(), secondId);
}

void TestEditor::filterClaimsList()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const QStringList words = {QStringLiteral("Big Data"), QStringLiteral("généralisé"),
                               QStringLiteral("Grande Muraille")};
    for (const QString &w : words) {
        const qint64 at = find(w);
        QVERIFY(at >= 0);
        select(at, at + w.size());
        QTest::keyClick(view, Qt::Key_T);
    }
    // Scope 1 on the first two, scope 4 on the last.
    QTableView *list = m_window->claimsView();
    for (int row = 0; row < 3; ++row) {
        list->setCurrentIndex(list->model()->index(row, 0));
        list->setFocus();
        QTest::keyClick(list, row < 2 ? Qt::Key_1 : Qt::Key_4, Qt::AltModifier);
    }
    QCOMPARE(list->model()->rowCount(), 3);
    const core::Taxonomy &taxonomy = m_window->document()->taxonomy();
    auto *scopeFilter = m_window->findChild<QComboBox *>(QStringLiteral("scopeFilter"));
    QVERIFY(scopeFilter);
    scopeFilter->setCurrentIndex(
        scopeFilter->findData(taxonomy.entries(core::TaxonomyAxis::Scope).at(0).key));
    QCOMPARE(list->model()->rowCount(), 2);
    scopeFilter->setCurrentIndex(
        scopeFilter->findData(taxonomy.entries(core::TaxonomyAxis::Scope).at(3).key));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Grande Muraille"));
    scopeFilter->setCurrentIndex(0); // any
    auto *text = m_window->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    QTest::keyClicks(text, QStringLiteral("GÉNÉRAL"));
    QCOMPARE(list->model()->rowCount(), 1);
    text->clear();
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("draft")));
    QCOMPARE(list->model()->rowCount(), 3);
    status->setCurrentIndex(status->findData(QStringLiteral("graded")));
    QCOMPARE(list->model()->rowCount(), 0);
    auto *level = m_window->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    status->setCurrentIndex(0);
    level->setCurrentIndex(level->findData(ui::ClaimFilterModel::unsetKey()));
    QCOMPARE(list->model()->rowCount(), 3);
}

void TestEditor::importBadFileShowsError()
{
    openSeedProject();
    const QString bad = m_dir->filePath(QStringLiteral("broken-scan.txt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Two literals: "\x00b" would otherwise read as one hex escape.
    file.write(QByteArray("\x00\x01\x02PK\x03\x04\x00\x00" "binary", 14));
    file.close();
    QString shown;
    QString dialogText;
    connect(m_window.get(), &ui::MainWindow::errorShown, this,
            [&](const QString &m) { shown = m; });
    QTimer::singleShot(0, this, [&] {
        // The dialog is modal: find it, read it, close it.
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            dialogText = box->text();
            box->accept();
        }
    });
    const int before = m_window->document()->articleModel()->rowCount();
    const int steps = m_window->document()->undoStack()->count();
    QVERIFY(!m_window->importFiles({kSeed, bad}));
    QVERIFY2(dialogText.contains(QStringLiteral("broken-scan.txt")), qPrintable(dialogText));
    QCOMPARE(shown, dialogText);
    QCOMPARE(m_window->document()->articleModel()->rowCount(), before);
    QCOMPARE(m_window->document()->undoStack()->count(), steps);
    auto project = store::Project::open(m_projectPath, nullptr, store::OpenMode::ReadOnly);
    QVERIFY(project.ok());
    QCOMPARE(project.value()->articles()->size(), qsizetype(before));
}

void TestEditor::dropImportsArticles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("markdown") << QStringLiteral("note.md")
                              << QByteArray("# Un titre\n\nLe *score* est de 950 points.\n")
                              << QStringLiteral("950 points");
    QTest::newRow("html") << QStringLiteral("page.html")
                          << QByteArray("<html lang=\"fr\"><body><h1>Titre</h1><p>Rongcheng "
                                        "attribue des points.</p></body></html>")
                          << QStringLiteral("Rongcheng attribue des points");
    QTest::newRow("plain-text") << QStringLiteral("brut.txt")
                                << QByteArray("Titre\n\nLes listes noires des tribunaux.\n")
                                << QStringLiteral("listes noires");
}

void TestEditor::dropImportsArticles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedText);
    openSeedProject();
    QFile file(m_dir->filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file.fileName())});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->document()->articleModel()->rowCount(), 2);
    // The dropped article is shown.
    QVERIFY2(m_window->articleView()->toPlainText().contains(expectedText),
             qPrintable(m_window->articleView()->toPlainText()));
    // One undo step takes it back out of the project.
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->articleModel()->rowCount(), 1);
}

void TestEditor::taxonomyEditIsUndoable()
{
    openSeedProject();
    ui::Document *doc = m_window->document();
    const QString before = doc->taxonomy().entries(core::TaxonomyAxis::Scope).at(0).key;
    ui::TaxonomyDialog dialog(doc, m_window.get());
    QVERIFY(dialog.moveEntry(core::TaxonomyAxis::Scope, 0, 1));
    QCOMPARE(doc->taxonomy().entries(core::TaxonomyAxis::Scope).at(1).key, before);
    QVERIFY(dialog.addEntry(core::TaxonomyAxis::Verdict, QStringLiteral("Satire")));
    QVERIFY(doc->taxonomy().contains(core::TaxonomyAxis::Verdict, QStringLiteral("satire")));
    QVERIFY(dialog.recolourEntry(core::TaxonomyAxis::Scope, 0, QColor(Qt::red)));
    QCOMPARE(doc->taxonomy().entries(core::TaxonomyAxis::Scope).at(0).color,
             QStringLiteral("#ff0000"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(!doc->taxonomy().contains(core::TaxonomyAxis::Verdict, QStringLiteral("satire")));
    doc->undoStack()->undo();
    QCOMPARE(doc->taxonomy().entries(core::TaxonomyAxis::Scope).at(0).key, before);
    auto project = store::Project::open(m_projectPath, nullptr, store::OpenMode::ReadOnly);
    QVERIFY(project.ok());
    QCOMPARE(project.value()->taxonomy()->entries(core::TaxonomyAxis::Scope).at(0).key, before);
}

void TestEditor::searchJumpsToPlace()
{
    openSeedProject();
    ui::SearchPanel *search = m_window->searchPanel();
    search->search(QStringLiteral("muraille"));
    QVERIFY(search->resultCount() >= 1);
    m_window->articleView()->moveCursor(QTextCursor::Start);
    search->activate(0);
    const QTextCursor cursor = m_window->articleView()->textCursor();
    QVERIFY(cursor.hasSelection());
    QVERIFY2(cursor.selectedText().contains(QStringLiteral("Muraille")),
             qPrintable(cursor.selectedText()));
}

void TestEditor::sourcesSettingsAndCopy()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const qint64 at = find(QStringLiteral("Grande Muraille"));
    select(at, at + 15);
    QTest::keyClick(view, Qt::Key_T);
    const qint64 id = m_window->currentClaim();
    ui::Document *doc = m_window->document();
    core::Source source;
    source.title =
        QStringLiteral("Planning Outline for the Construction of a Social Credit System");
    source.url = QStringLiteral("https://example.org/planning-outline");
    source.primary = true;
    QVERIFY(doc->addSourceAndLink(id, source, QStringLiteral("refutes"), QStringLiteral("by 2020"))
                .ok());
    QCOMPARE(doc->claimModel()->claimById(id)->sources.size(), qsizetype(1));
    QCOMPARE(doc->claimModel()->claimById(id)->sources.first().stance, QStringLiteral("refutes"));
    QCOMPARE(doc->sources().size(), qsizetype(1));
    doc->undoStack()->undo(); // the link and the new source go together
    QCOMPARE(doc->claimModel()->claimById(id)->sources.size(), qsizetype(0));
    QCOMPARE(doc->sources().size(), qsizetype(0));
    doc->undoStack()->redo();
    QCOMPARE(doc->claimModel()->claimById(id)->sources.size(), qsizetype(1));

    core::ProjectSettings settings = doc->settings();
    settings.organisationName = QStringLiteral("Les Décodeurs de la classe");
    settings.defaultAnnotator = QStringLiteral("élève-3");
    QVERIFY(doc->changeSettings(settings).ok());
    QCOMPARE(doc->settings().organisationName, settings.organisationName);
    doc->undoStack()->undo();
    QVERIFY(doc->settings().organisationName.isEmpty());
    doc->undoStack()->redo();

    // Save a copy: one file that opens on its own with the same claim and source.
    const QString copy = m_dir->filePath(QStringLiteral("copy.crible"));
    QVERIFY(doc->saveCopy(copy).ok());
    m_window.reset();
    auto opened = ui::Document::open(copy);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value()->claimModel()->claims().size(), qsizetype(1));
    QCOMPARE(opened.value()->claimModel()->claims().first().sources.size(), qsizetype(1));
    QCOMPARE(opened.value()->settings().organisationName, settings.organisationName);
}

void TestEditor::reopenFindsEveryChange()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const qint64 at = find(QStringLiteral("généralisé en 2020"));
    select(at, at + 18);
    QTest::keyClick(view, Qt::Key_T);
    QTest::keyClick(view, Qt::Key_1);
    QTest::keyClick(view, Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
    // Type into the form: claimant and restatement, committed when the field is left.
    auto *claimant = m_window->findChild<QLineEdit *>(QStringLiteral("claimant"));
    QVERIFY(claimant && claimant->isEnabled());
    claimant->setFocus();
    QTest::keyClicks(claimant, QStringLiteral("Le blog"));
    QTest::keyClick(claimant, Qt::Key_Return);
    auto *restatement = m_window->findChild<QLineEdit *>(QStringLiteral("restatement"));
    restatement->setFocus();
    QTest::keyClicks(restatement, QStringLiteral("Un score national unique en 2020"));
    QTest::keyClick(restatement, Qt::Key_Return);
    const qint64 other = find(QStringLiteral("Big Data"));
    select(other, other + 8);
    QTest::keyClick(view, Qt::Key_T);
    QTest::keyClick(view, Qt::Key_Delete); // and take it back out
    const core::Taxonomy taxonomy = m_window->document()->taxonomy();
    m_window.reset();

    auto reopened = ui::Document::open(m_projectPath);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    const QList<core::Claim> &claims = reopened.value()->claimModel()->claims();
    QCOMPARE(claims.size(), 1);
    const core::Claim &c = claims.first();
    QCOMPARE(c.quote, QStringLiteral("généralisé en 2020"));
    QCOMPARE(c.evidenceLevel, taxonomy.entries(core::TaxonomyAxis::EvidenceLevel).at(0).key);
    QCOMPARE(c.scope, taxonomy.entries(core::TaxonomyAxis::Scope).at(1).key);
    QCOMPARE(c.verdict, taxonomy.entries(core::TaxonomyAxis::Verdict).at(2).key);
    QCOMPARE(c.claimant, QStringLiteral("Le blog"));
    QCOMPARE(c.restatement, QStringLiteral("Un score national unique en 2020"));
    QCOMPARE(c.status, QStringLiteral("graded"));
    QCOMPARE(reopened.value()->articleModel()->rowCount(), 1);
    QCOMPARE(reopened.value()
                 ->articleModel()
                 ->data(reopened.value()->articleModel()->index(0, ui::ArticleListModel::Claims))
                 .toInt(),
             1);
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
