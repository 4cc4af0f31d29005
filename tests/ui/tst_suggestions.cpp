// Suggested claims in the editor (issue 10), driven through the real window on the offscreen
// platform: keys and clicks as a user would, then what the project file holds, read back by
// a second, read-only store::Project.
#include "core/offsets.h"
#include "store/project.h"
#include "text/claim_spotter.h"
#include "ui/articlelistmodel.h"
#include "ui/articleview.h"
#include "ui/claimlistmodel.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/suggestions.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>

using namespace crible;

namespace {

const QString kSeed = QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt");

using Span = std::pair<qint64, qint64>;

} // namespace

class TestSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void marksMatchTheSpotter();
    void acceptMakesADraftClaim();
    void rejectIsRememberedAfterReopening();
    void undoneDecisionsStayUndoneAfterReopening();
    void claimedPassagesAreNotSuggested();
    void nextStartsFromTheCursor();
    void clickSelectsAndTooltipExplains();
    void contextMenuRejects();
    void toggleHidesEveryMark();
    void shortcutsAreListed();
    void frenchForEveryNewString();
    void longArticleIsSpottedOffTheGuiThread();

private:
    void openSeedProject();
    void reopen();
    // The spotter's own answer for the article shown, in code points.
    QList<text::ClaimCandidate> expectedCandidates() const;
    QList<Span> markedSpans() const; // code points
    QList<core::Claim> storedClaims() const;
    QList<store::SuggestionDecision> storedDecisions() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_projectPath;
};

void TestSuggestions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

void TestSuggestions::init()
{
    QSettings().setValue(QStringLiteral("view/suggestedClaims"), true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_projectPath = m_dir->filePath(QStringLiteral("test.crible"));
}

void TestSuggestions::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestSuggestions::openSeedProject()
{
    auto document = ui::Document::create(m_projectPath);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setDocument(std::move(document).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->importFiles({kSeed}));
    m_window->articleView()->setFocus();
}

void TestSuggestions::reopen()
{
    m_window.reset();
    auto document = ui::Document::open(m_projectPath);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setDocument(std::move(document).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->articleView()->setFocus();
}

QList<text::ClaimCandidate> TestSuggestions::expectedCandidates() const
{
    const core::Article &article = m_window->document()->currentArticle();
    auto spotter = text::ClaimSpotter::forLanguage(article.language.isEmpty() ? QStringLiteral("fr")
                                                                              : article.language);
    if (!spotter)
        return {};
    return spotter->spot(article.text);
}

QList<Span> TestSuggestions::markedSpans() const
{
    const core::CodePointIndex &index = m_window->document()->currentIndex();
    QList<Span> spans;
    for (const ui::ArticleView::SuggestionMark &m : m_window->articleView()->suggestionMarks())
        spans.append({index.toCodePoint(m.start), index.toCodePoint(m.end)});
    return spans;
}

QList<core::Claim> TestSuggestions::storedClaims() const
{
    auto project = store::Project::open(m_projectPath, nullptr, store::OpenMode::ReadOnly);
    if (!project)
        return {};
    auto claims = project.value()->claims();
    return claims ? claims.value() : QList<core::Claim>();
}

QList<store::SuggestionDecision> TestSuggestions::storedDecisions() const
{
    auto project = store::Project::open(m_projectPath, nullptr, store::OpenMode::ReadOnly);
    if (!project)
        return {};
    auto articles = project.value()->articles();
    if (!articles || articles->isEmpty())
        return {};
    auto decisions = project.value()->suggestionDecisions(articles->constFirst().id);
    return decisions ? decisions.value() : QList<store::SuggestionDecision>();
}

void TestSuggestions::marksMatchTheSpotter()
{
    openSeedProject();
    const QList<text::ClaimCandidate> expected = expectedCandidates();
    QVERIFY(expected.size() > 2);
    QList<Span> expectedSpans;
    for (const text::ClaimCandidate &c : expected)
        expectedSpans.append({c.start, c.end});
    QCOMPARE(markedSpans(), expectedSpans);
    // The quote under each mark is the spotter's quote: the UTF-16 conversion is right.
    // (The stored text, not toPlainText(), which turns no-break spaces into spaces.)
    const QString shown = m_window->document()->currentText();
    const QList<ui::ArticleView::SuggestionMark> &marks =
        m_window->articleView()->suggestionMarks();
    for (qsizetype i = 0; i < marks.size(); ++i)
        QCOMPARE(shown.mid(marks[i].start, marks[i].end - marks[i].start), expected[i].quote);
    QCOMPARE(m_window->suggestionCount()->text(),
             QStringLiteral("%1 suggestion(s)").arg(expected.size()));
    m_window->articleView()->viewport()->repaint();
    QVERIFY(m_window->articleView()->lastPaintedSuggestions() > 0);
}

void TestSuggestions::acceptMakesADraftClaim()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const QList<text::ClaimCandidate> expected = expectedCandidates();
    QVERIFY(!expected.isEmpty());
    const Span first{expected.constFirst().start, expected.constFirst().end};

    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_window->currentSuggestion(), first);
    QTest::keyClick(view, Qt::Key_A);

    const QList<core::Claim> claims = storedClaims();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(Span(claims.constFirst().start, claims.constFirst().end), first);
    QVERIFY(claims.constFirst().isDraft());
    QCOMPARE(claims.constFirst().quote, expected.constFirst().quote);
    QCOMPARE(m_window->currentClaim(), claims.constFirst().id);
    QVERIFY(!markedSpans().contains(first));
    QCOMPARE(markedSpans().size(), expected.size() - 1);
    const QList<store::SuggestionDecision> decisions = storedDecisions();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(Span(decisions.constFirst().start, decisions.constFirst().end), first);
    QCOMPARE(decisions.constFirst().decision, QStringLiteral("accepted"));

    // One undo step takes the claim back and shows the suggestion again.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(storedClaims().isEmpty());
    QVERIFY(markedSpans().contains(first));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedClaims().size(), 1);
    QVERIFY(!markedSpans().contains(first));
}

void TestSuggestions::rejectIsRememberedAfterReopening()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const QList<text::ClaimCandidate> expected = expectedCandidates();
    QVERIFY(expected.size() >= 3);
    const Span second{expected[1].start, expected[1].end};
    const Span third{expected[2].start, expected[2].end};

    QTest::keyClick(view, Qt::Key_N);
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_window->currentSuggestion(), second);
    QTest::keyClick(view, Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(m_window->currentSuggestion(), Span(expected[0].start, expected[0].end));
    QTest::keyClick(view, Qt::Key_N);
    QTest::keyClick(view, Qt::Key_R);
    QVERIFY(!markedSpans().contains(second));
    QCOMPARE(markedSpans().size(), expected.size() - 1);
    QCOMPARE(m_window->currentSuggestion(), third); // rejecting moves on
    QVERIFY(storedClaims().isEmpty());

    // Undo shows it again, redo hides it again.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(markedSpans().contains(second));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!markedSpans().contains(second));

    const QList<store::SuggestionDecision> decisions = storedDecisions();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(Span(decisions.constFirst().start, decisions.constFirst().end), second);
    QCOMPARE(decisions.constFirst().decision, QStringLiteral("rejected"));

    reopen();
    QVERIFY(!markedSpans().isEmpty());
    QVERIFY(!markedSpans().contains(second));
    QVERIFY(markedSpans().contains(third));
    QCOMPARE(markedSpans().size(), expected.size() - 1);
}

void TestSuggestions::undoneDecisionsStayUndoneAfterReopening()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const QList<text::ClaimCandidate> expected = expectedCandidates();
    QVERIFY(expected.size() >= 2);
    const Span first{expected[0].start, expected[0].end};
    const Span second{expected[1].start, expected[1].end};

    // Reject the first, then accept the second; undo the acceptance.
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_window->currentSuggestion(), first);
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(m_window->currentSuggestion(), second);
    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(storedDecisions().size(), 2);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedDecisions().size(), 1);
    QCOMPARE(storedDecisions().constFirst().decision, QStringLiteral("rejected"));

    // Reopened: the undone acceptance left nothing behind, the rejection holds.
    reopen();
    QVERIFY(markedSpans().contains(second));
    QVERIFY(!markedSpans().contains(first));
    QVERIFY(storedClaims().isEmpty());
    // The same for an undone rejection.
    view = m_window->articleView();
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_window->currentSuggestion(), second);
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(storedDecisions().size(), 2);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    reopen();
    QCOMPARE(storedDecisions().size(), 1);
    QVERIFY(markedSpans().contains(second));
    QCOMPARE(markedSpans().size(), expected.size() - 1);
}

void TestSuggestions::claimedPassagesAreNotSuggested()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const QList<text::ClaimCandidate> expected = expectedCandidates();
    QVERIFY(!expected.isEmpty());
    const text::ClaimCandidate &target = expected.constLast();
    // Tag the whole sentence around the suggestion with S: it covers the suggestion.
    const core::CodePointIndex &index = m_window->document()->currentIndex();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(index.toUtf16((target.start + target.end) / 2)));
    view->setTextCursor(cursor);
    QTest::keyClick(view, Qt::Key_S);
    QCOMPARE(storedClaims().size(), 1);
    QVERIFY(!markedSpans().contains(Span(target.start, target.end)));
    QVERIFY(storedDecisions().isEmpty()); // covered, not decided
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(markedSpans().contains(Span(target.start, target.end)));
}

void TestSuggestions::nextStartsFromTheCursor()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const QList<text::ClaimCandidate> expected = expectedCandidates();
    QVERIFY(expected.size() >= 4);
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_window->currentSuggestion(), Span(expected[0].start, expected[0].end));
    // The annotator moves on in the text: N starts from there, not from the last suggestion.
    const core::CodePointIndex &index = m_window->document()->currentIndex();
    const qint64 at = expected[2].end;
    QTextCursor cursor(view->document());
    cursor.setPosition(int(index.toUtf16(at)));
    view->setTextCursor(cursor);
    QTest::keyClick(view, Qt::Key_N);
    const auto next = std::find_if(expected.begin(), expected.end(),
                                   [&](const text::ClaimCandidate &c) { return c.start >= at; });
    QVERIFY(next != expected.end());
    QCOMPARE(m_window->currentSuggestion(), Span(next->start, next->end));
    QTest::keyClick(view, Qt::Key_N, Qt::ShiftModifier);
    const auto previous = std::prev(next);
    QCOMPARE(m_window->currentSuggestion(), Span(previous->start, previous->end));
    // Past the first one, Shift+N wraps around to the last.
    cursor.setPosition(0);
    view->setTextCursor(cursor);
    QTest::keyClick(view, Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(m_window->currentSuggestion(),
             Span(expected.constLast().start, expected.constLast().end));
}

void TestSuggestions::clickSelectsAndTooltipExplains()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const QList<text::ClaimCandidate> expected = expectedCandidates();
    QVERIFY(!expected.isEmpty());
    const text::ClaimCandidate &target = expected.constFirst();
    const core::CodePointIndex &index = m_window->document()->currentIndex();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(index.toUtf16(target.start + 1)));
    const QPoint inside = view->cursorRect(cursor).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(m_window->currentSuggestion(), Span(target.start, target.end));

    // The tooltip of the mark itself, through the view's event.
    QHelpEvent help(QEvent::ToolTip, inside, view->viewport()->mapToGlobal(inside));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), ui::Suggestions::describe(target));
    QToolTip::hideText();

    const QString tip = ui::Suggestions::describe(target);
    QVERIFY(tip.contains(target.detail.toHtmlEscaped()));
    for (const QString &reason : target.reasons)
        QVERIFY2(tip.contains(ui::Suggestions::reasonLabel(reason)), qPrintable(reason));
    QVERIFY(ui::Suggestions::reasonLabel(QStringLiteral("named-system")) !=
            QStringLiteral("named-system"));
}

void TestSuggestions::contextMenuRejects()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    const QList<text::ClaimCandidate> expected = expectedCandidates();
    QVERIFY(expected.size() >= 2);
    const text::ClaimCandidate &target = expected[1];
    const core::CodePointIndex &index = m_window->document()->currentIndex();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(index.toUtf16(target.start + 1)));
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    const QPoint inside = view->cursorRect(cursor).center();

    QStringList offered;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *reject = nullptr;
        for (QAction *a : menu->actions()) {
            offered << a->objectName();
            if (a->objectName() == QLatin1String("rejectSuggestion"))
                reject = a;
        }
        menu->close();
        if (reject)
            reject->trigger();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, inside,
                            view->viewport()->mapToGlobal(inside));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY2(offered.contains(QStringLiteral("acceptSuggestion")), qPrintable(offered.join(u',')));
    QVERIFY(offered.contains(QStringLiteral("rejectSuggestion")));
    QVERIFY(!markedSpans().contains(Span(target.start, target.end)));
    QCOMPARE(storedDecisions().size(), 1);
    QCOMPARE(storedDecisions().constFirst().decision, QStringLiteral("rejected"));
    QCOMPARE(Span(storedDecisions().constFirst().start, storedDecisions().constFirst().end),
             Span(target.start, target.end));
}

void TestSuggestions::toggleHidesEveryMark()
{
    openSeedProject();
    ui::ArticleView *view = m_window->articleView();
    QVERIFY(!view->suggestionMarks().isEmpty());
    auto *toggle = m_window->findChild<QAction *>(QStringLiteral("showSuggestions"));
    QVERIFY(toggle);
    QVERIFY(toggle->isChecked());
    QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!toggle->isChecked());
    QVERIFY(view->suggestionMarks().isEmpty());
    view->viewport()->repaint();
    QCOMPARE(view->lastPaintedSuggestions(), 0);
    QVERIFY(m_window->suggestionCount()->isHidden());
    QCOMPARE(QSettings().value(QStringLiteral("view/suggestedClaims")).toBool(), false);
    // N says why nothing happens rather than jumping to a hidden mark.
    QTest::keyClick(view, Qt::Key_N);
    QCOMPARE(m_window->currentSuggestion(), Span(-1, -1));

    // Remembered: a new window starts with them hidden.
    reopen();
    QVERIFY(m_window->articleView()->suggestionMarks().isEmpty());
    toggle = m_window->findChild<QAction *>(QStringLiteral("showSuggestions"));
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QCOMPARE(markedSpans().size(), expectedCandidates().size());
}

void TestSuggestions::shortcutsAreListed()
{
    openSeedProject();
    QString listed;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        listed = box->text();
        box->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("shortcuts"))->trigger();
    for (const char *name : {"nextSuggestion", "previousSuggestion", "acceptSuggestion",
                             "rejectSuggestion", "showSuggestions"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->shortcut().isEmpty(), name);
        QVERIFY2(
            listed.contains(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped()),
            name);
        QVERIFY2(listed.contains(QString(action->text()).remove(u'&').toHtmlEscaped()), name);
    }
}

void TestSuggestions::longArticleIsSpottedOffTheGuiThread()
{
    QFile seed(kSeed);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QString paragraph = QString::fromUtf8(seed.readAll());
    QString big;
    while (big.size() < 1'000'000)
        big += paragraph + u'\n';

    auto spotter = text::ClaimSpotter::forLanguage(QStringLiteral("fr"));
    QVERIFY(spotter.ok());
    QElapsedTimer timer;
    timer.start();
    const qsizetype seedCount = spotter->spot(paragraph).size();
    const qint64 seedMs = timer.elapsed();
    timer.restart();
    const qsizetype bigCount = spotter->spot(big).size();
    const qint64 bigMs = timer.elapsed();
    qInfo("spotting: seed %lld UTF-16 units %lld ms (%lld candidates); %lld units %lld ms "
          "(%lld candidates)",
          qint64(paragraph.size()), seedMs, qint64(seedCount), qint64(big.size()), bigMs,
          qint64(bigCount));
    QVERIFY(bigCount > seedCount);

    const QString path = m_dir->filePath(QStringLiteral("long.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(big.toUtf8());
    file.close();
    openSeedProject();
    QVERIFY(m_window->importFiles({path}));
    ui::Suggestions *suggestions = m_window->document()->suggestions();
    QVERIFY(m_window->document()->currentText().size() > ui::Suggestions::kSynchronousLimit);
    // Back from the worker only later: the window keeps painting meanwhile.
    QVERIFY(suggestions->isComputing());
    QVERIFY(m_window->articleView()->suggestionMarks().isEmpty());
    // The worker runs at a lower priority: on a loaded machine it takes many times what the
    // same spotting took above at full priority. Only that it finishes is checked here.
    QTRY_VERIFY_WITH_TIMEOUT(!suggestions->isComputing(), int(60000 + 30 * bigMs));
    QCOMPARE(m_window->articleView()->suggestionMarks().size(), bigCount);
    // A claim on the long article refilters thousands of suggestions on the GUI thread.
    ui::ArticleView *view = m_window->articleView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N); // the cursor goes to the first suggestion
    timer.restart();
    QTest::keyClick(view, Qt::Key_S);
    const qint64 tagMs = timer.elapsed();
    const qsizetype left = m_window->articleView()->suggestionMarks().size();
    QVERIFY(left < bigCount);
    timer.restart();
    QTest::keyClick(view, Qt::Key_N);
    QTest::keyClick(view, Qt::Key_R);
    const qint64 rejectMs = timer.elapsed();
    QCOMPARE(m_window->articleView()->suggestionMarks().size(), left - 1);
    qInfo("1 MB article, %lld suggestions: tagging a sentence %lld ms, N then R %lld ms",
          qint64(bigCount), tagMs, rejectMs);
    // A stale result never lands on another article: switch while a run is going.
    const qint64 longId = m_window->document()->currentArticleId();
    const qint64 seedId = m_window->document()->articleModel()->articleIdAt(
        m_window->document()->articleModel()->rowOf(longId) == 0 ? 1 : 0);
    QVERIFY(m_window->document()->setCurrentArticle(seedId).ok());
    QVERIFY(m_window->document()->setCurrentArticle(longId).ok());
    QVERIFY(m_window->document()->setCurrentArticle(seedId).ok());
    QCOMPARE(markedSpans().size(), seedCount);
    QTest::qWait(bigMs * 2 + 200);
    QCOMPARE(markedSpans().size(), seedCount);
}

void TestSuggestions::frenchForEveryNewString()
{
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/crible_fr.qm")));
    // Every reason the spotter can give has a French label (a key the editor does not know
    // falls back to itself, which has none).
    for (const QString &key : text::ClaimSpotter::reasonKeys()) {
        const QString english = ui::Suggestions::reasonLabel(key);
        QVERIFY2(
            !french.translate("crible::ui::Suggestions", english.toUtf8().constData()).isEmpty(),
            qPrintable(key));
    }
    // And every action of the feature, by the text the menus show.
    openSeedProject();
    for (const char *name : {"nextSuggestion", "previousSuggestion", "acceptSuggestion",
                             "rejectSuggestion", "showSuggestions"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!french.translate("crible::ui::MainWindow", action->text().toUtf8().constData())
                      .isEmpty(),
                 name);
    }
}

QTEST_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
