// The claim form and the source-link dialog driven as a user drives them, in the real editor
// window on the offscreen platform: clicks in and out of fields, typing, pasting, Alt+letter.
// What counts is what the project file holds afterwards (the claim, the change log) and the
// undo stack.
#include "store/project.h"
#include "ui/articleview.h"
#include "ui/claimform.h"
#include "ui/claimlistmodel.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/sourcelinkdialog.h"
#include "ui/startup.h"

#include <QApplication>
#include <QCompleter>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace crible;
using namespace Qt::StringLiterals;

namespace {

const QString kSeed = QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt");
const QChar kNbsp(0x00A0);

// French typography, as a fact-checker types it: no-break spaces after "n°" and before
// ":" and "?", a narrow one before ";", and a line break.
QString frenchExplanation()
{
    return u"La décision n°"_s + kNbsp + u"654 existe"_s + kNbsp +
           u": elle vise une entreprise, pas des personnes\u202f; voir l'annexe"_s + kNbsp +
           u"?\nSeconde ligne, « citée »."_s;
}

// Types text the way a keyboard sends it, one key event a character (QTest::keyClicks takes
// Latin-1 only).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Watches for a modal window while the test runs: records it and closes it, so a dialog the
// code under test opens can neither go unnoticed nor hang the test.
class ModalWatch final
{
public:
    ModalWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                ++m_seen;
                modal->close();
            }
        });
        m_timer.start(10);
    }
    int seen() const { return m_seen; }

private:
    QTimer m_timer;
    int m_seen = 0;
};

} // namespace

class TestClaimForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void untouchedFieldSavesNothing_data();
    void untouchedFieldSavesNothing();
    void realEditSavesOnceUnderItsName_data();
    void realEditSavesOnceUnderItsName();
    void untouchedSourcePassageSavesNothing();
    void badStatusDateMarkedInline_data();
    void badStatusDateMarkedInline();
    void longRestatementKeptAndRefused();
    void mnemonicsLeaveTheMenuBarAlone_data();
    void mnemonicsLeaveTheMenuBarAlone();
    void sourcePickerIsSortedAndSearchable();

private:
    // A window on a new project holding the seed article and one claim whose text fields
    // carry no-break spaces; the form shows it.
    void openProjectWithClaim();
    ui::ClaimForm *form() const { return m_window->claimForm(); }
    template <typename W = QWidget> W *field(const QString &name) const
    {
        return form()->findChild<W *>(name);
    }
    void clickInto(QWidget *widget);
    // Leaves the form the way a user does: a click in the article text.
    void clickOutOfForm();
    core::Claim storedClaim() const;
    int changeLogSize() const;
    QUndoStack *undoStack() const { return m_window->document()->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_claimId = 0;
    core::Claim m_setup; // the claim as stored before the test acts
};

void TestClaimForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
}

void TestClaimForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClaimForm::cleanup()
{
    m_window.reset();
    m_dir.reset();
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

void TestClaimForm::openProjectWithClaim()
{
    auto document = ui::Document::create(m_dir->filePath(u"test.crible"_s));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    m_window = std::make_unique<ui::MainWindow>();
    m_window->setDocument(std::move(document).value());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->importFiles({kSeed}));

    ui::Document *doc = m_window->document();
    const QString text = doc->currentText();
    const qsizetype at = text.indexOf(u"crédit social"_s);
    QVERIFY(at >= 0);
    auto id = doc->tagSelection(at, at + 13);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_claimId = id.value();

    core::Claim claim = *doc->claimModel()->claimById(m_claimId);
    claim.claimant = u"M."_s + kNbsp + u"Dupont"_s;
    claim.restatement = u"Le système existe"_s + kNbsp + u"?"_s;
    claim.explanation = frenchExplanation();
    claim.annotator = u"Équipe"_s + kNbsp + u"B"_s;
    claim.statusAsOf = u"2019-03"_s;
    auto changed = doc->changeClaim(claim, u"setup"_s);
    QVERIFY2(changed.ok(), qPrintable(changed.error()));
    m_window->selectClaim(m_claimId);
    QCOMPARE(form()->claimId(), m_claimId);

    m_setup = storedClaim();
    // The store keeps the text as given: the starting point really holds what is tested.
    QCOMPARE(m_setup.explanation, frenchExplanation());
    QVERIFY(m_setup.claimant.contains(kNbsp));
}

void TestClaimForm::clickInto(QWidget *widget)
{
    QVERIFY(widget);
    auto *text = qobject_cast<QPlainTextEdit *>(widget);
    QWidget *target = text ? text->viewport() : widget;
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(8, target->height() / 2));
    QTRY_VERIFY(widget->hasFocus());
}

void TestClaimForm::clickOutOfForm()
{
    QWidget *view = m_window->claimsView()->viewport();
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(view->width() - 4, view->height() - 4));
    QTRY_VERIFY(!form()->isAncestorOf(QApplication::focusWidget()));
}

core::Claim TestClaimForm::storedClaim() const
{
    auto claim = m_window->document()->project().claim(m_claimId);
    return claim ? claim.value() : core::Claim();
}

int TestClaimForm::changeLogSize() const
{
    auto log = m_window->document()->project().changeLog(1000000);
    return log ? int(log->size()) : -1;
}

void TestClaimForm::untouchedFieldSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("explanation") << u"explanation"_s;
    QTest::newRow("claimant") << u"claimant"_s;
    QTest::newRow("restatement") << u"restatement"_s;
    QTest::newRow("status-as-of") << u"statusAsOf"_s;
    QTest::newRow("annotator") << u"annotator"_s;
}

void TestClaimForm::untouchedFieldSavesNothing()
{
    QFETCH(QString, field);
    openProjectWithClaim();
    const int rows = changeLogSize();
    const int steps = undoStack()->count();
    const int index = undoStack()->index();
    ModalWatch modals;

    // In and out of the field, twice, through another field and out of the form.
    clickInto(this->field(field));
    clickInto(this->field(field == u"claimant"_s ? u"annotator"_s : u"claimant"_s));
    clickInto(this->field(field));
    clickOutOfForm();
    m_window->selectClaim(m_claimId);
    clickInto(this->field(field));
    clickOutOfForm();

    QCOMPARE(changeLogSize(), rows);
    QCOMPARE(undoStack()->count(), steps);
    QCOMPARE(undoStack()->index(), index);
    QCOMPARE(modals.seen(), 0);
    const core::Claim stored = storedClaim();
    QCOMPARE(stored.explanation, m_setup.explanation);
    QCOMPARE(stored.claimant, m_setup.claimant);
    QCOMPARE(stored.restatement, m_setup.restatement);
    QCOMPARE(stored.annotator, m_setup.annotator);
    QCOMPARE(stored.statusAsOf, m_setup.statusAsOf);
}

void TestClaimForm::realEditSavesOnceUnderItsName_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");    // typed at the end of the field
    QTest::addColumn<QString>("undoText"); // the undo step's name
    QTest::newRow("explanation") << u"explanation"_s << u" Vérifié."_s << u"Edit explanation"_s;
    QTest::newRow("claimant") << u"claimant"_s << u" (élu)"_s << u"Edit claimant"_s;
    QTest::newRow("restatement") << u"restatement"_s << u" Non."_s << u"Edit restatement"_s;
    QTest::newRow("annotator") << u"annotator"_s << u"2"_s << u"Edit annotator"_s;
    QTest::newRow("status-as-of") << u"statusAsOf"_s << u"-05"_s << u"Edit status date"_s;
    QTest::newRow("verdict") << u"verdict"_s << QString() << u"Set verdict"_s;
}

void TestClaimForm::realEditSavesOnceUnderItsName()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, undoText);
    openProjectWithClaim();
    const int rows = changeLogSize();
    const int steps = undoStack()->count();
    ModalWatch modals;

    // Through the explanation first, untouched: it must not ride along with the change.
    clickInto(this->field<QPlainTextEdit>(u"explanation"_s));
    if (field == u"verdict"_s) {
        auto *combo = this->field<QComboBox>(field);
        clickInto(this->field<QLineEdit>(u"claimant"_s));
        combo->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Down);
    } else {
        QWidget *w = this->field(field);
        clickInto(w);
        if (qobject_cast<QPlainTextEdit *>(w))
            QTest::keyClick(w, Qt::Key_End, Qt::ControlModifier);
        else
            QTest::keyClick(w, Qt::Key_End);
        type(w, typed);
    }
    clickOutOfForm();

    QCOMPARE(changeLogSize(), rows + 1);
    QCOMPARE(undoStack()->count(), steps + 1);
    QCOMPARE(undoStack()->undoText(), undoText);
    QCOMPARE(modals.seen(), 0);
    const core::Claim stored = storedClaim();
    core::Claim expected = m_setup;
    if (field == u"explanation"_s)
        expected.explanation += typed;
    else if (field == u"claimant"_s)
        expected.claimant += typed;
    else if (field == u"restatement"_s)
        expected.restatement += typed;
    else if (field == u"annotator"_s)
        expected.annotator += typed;
    else if (field == u"statusAsOf"_s)
        expected.statusAsOf += typed;
    else
        QVERIFY(!stored.verdict.isEmpty());
    expected.verdict = stored.verdict;
    // Byte for byte: the no-break spaces and the line break of every field survive.
    QCOMPARE(stored.explanation, expected.explanation);
    QCOMPARE(stored.claimant, expected.claimant);
    QCOMPARE(stored.restatement, expected.restatement);
    QCOMPARE(stored.annotator, expected.annotator);
    QCOMPARE(stored.statusAsOf, expected.statusAsOf);

    // Undone, the claim is as it was.
    undoStack()->undo();
    const core::Claim undone = storedClaim();
    QCOMPARE(undone.explanation, m_setup.explanation);
    QCOMPARE(undone.claimant, m_setup.claimant);
    QCOMPARE(undone.verdict, m_setup.verdict);
}

void TestClaimForm::untouchedSourcePassageSavesNothing()
{
    openProjectWithClaim();
    ui::Document *doc = m_window->document();
    core::Source source;
    source.title = u"Avis du Conseil des affaires d'État"_s;
    source.url = u"https://www.gov.cn/zhengce/content/2014-06/27/content_8913.htm"_s;
    source.readVia = u"direct"_s;
    const QString passage = u"Article"_s + kNbsp + u"3"_s + kNbsp + u": « le crédit »\nsuite"_s;
    auto added = doc->addSourceAndLink(m_claimId, source, u"supports"_s, passage);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(storedClaim().sources.size(), 1);
    QCOMPARE(storedClaim().sources.first().passage, passage);

    auto *table = form()->findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    const QPoint cell = table->visualRect(table->model()->index(0, 0)).center();

    // Opened with a double click, `append` typed at the end of the passage, OK clicked.
    auto openAndAccept = [&](const QString &append) {
        bool seen = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ui::SourceLinkDialog *>(QApplication::activeModalWidget());
            if (!dialog || seen)
                return;
            seen = true;
            if (!append.isEmpty()) {
                auto *edit = dialog->findChild<QPlainTextEdit *>();
                edit->setFocus();
                QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
                type(edit, append);
            }
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        poll.start(20);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
        QTRY_VERIFY(seen);
    };

    const int rows = changeLogSize();
    const int steps = undoStack()->count();
    openAndAccept({});
    QCOMPARE(changeLogSize(), rows);
    QCOMPARE(undoStack()->count(), steps);
    QCOMPARE(storedClaim().sources.first().passage, passage);

    openAndAccept(u" fin"_s);
    QCOMPARE(changeLogSize(), rows + 1);
    QCOMPARE(undoStack()->count(), steps + 1);
    QCOMPARE(storedClaim().sources.first().passage, passage + u" fin"_s);
}

void TestClaimForm::badStatusDateMarkedInline_data()
{
    QTest::addColumn<QString>("bad");
    QTest::newRow("no-such-day") << u"2021-02-30"_s;
    QTest::newRow("french-order") << u"30/01/2021"_s;
    QTest::newRow("words") << u"mars 2021"_s;
    QTest::newRow("month-13") << u"2021-13"_s;
}

void TestClaimForm::badStatusDateMarkedInline()
{
    QFETCH(QString, bad);
    openProjectWithClaim();
    auto *date = field<QLineEdit>(u"statusAsOf"_s);
    QVERIFY(date);
    int errors = 0;
    connect(m_window.get(), &ui::MainWindow::errorShown, this, [&] { ++errors; });
    ModalWatch modals;
    const int rows = changeLogSize();
    const int steps = undoStack()->count();

    clickInto(date);
    date->selectAll();
    type(date, bad);
    clickOutOfForm();
    QTest::qWait(100); // time for a dialog to come up, had one been opened

    QCOMPARE(modals.seen(), 0);
    QCOMPARE(errors, 0);
    QCOMPARE(changeLogSize(), rows);
    QCOMPARE(undoStack()->count(), steps);
    QCOMPARE(storedClaim().statusAsOf, m_setup.statusAsOf);
    // Kept as typed, to be corrected, and marked with the form expected.
    QCOMPARE(date->text(), bad);
    QVERIFY(date->property("invalid").toBool());
    auto *problem = field<QLabel>(u"statusAsOfProblem"_s);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"YYYY-MM-DD"_s), qPrintable(problem->text()));
    QVERIFY(date->toolTip().contains(u"YYYY-MM-DD"_s));
    // A grade set meanwhile neither loses the typed date nor saves it.
    auto *verdict = field<QComboBox>(u"verdict"_s);
    verdict->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(verdict->hasFocus());
    QTest::keyClick(verdict, Qt::Key_Down);
    QCOMPARE(changeLogSize(), rows + 1);
    QCOMPARE(undoStack()->undoText(), u"Set verdict"_s);
    QCOMPARE(storedClaim().statusAsOf, m_setup.statusAsOf);
    QCOMPARE(date->text(), bad);

    // Corrected: the mark goes while typing, the date saves once on leaving.
    clickInto(date);
    date->selectAll();
    type(date, u"2021-02-28"_s);
    QVERIFY(!date->property("invalid").toBool());
    QVERIFY(!problem->isVisible());
    clickOutOfForm();
    QCOMPARE(changeLogSize(), rows + 2);
    QCOMPARE(undoStack()->undoText(), u"Edit status date"_s);
    QCOMPARE(storedClaim().statusAsOf, u"2021-02-28"_s);

    // Emptied: allowed, saved.
    m_window->selectClaim(m_claimId);
    clickInto(date);
    date->selectAll();
    QTest::keyClick(date, Qt::Key_Backspace);
    clickOutOfForm();
    QCOMPARE(changeLogSize(), rows + 3);
    QCOMPARE(storedClaim().statusAsOf, QString());
    QVERIFY(!date->property("invalid").toBool());
    QCOMPARE(modals.seen(), 0);
}

void TestClaimForm::longRestatementKeptAndRefused()
{
    openProjectWithClaim();
    auto *restatement = field<QLineEdit>(u"restatement"_s);
    auto *count = field<QLabel>(u"restatementCount"_s);
    QVERIFY(restatement && count);
    QCOMPARE(count->text(), u"%1/75"_s.arg(m_setup.restatement.size()));
    ModalWatch modals;
    const int rows = changeLogSize();

    // 90 characters pasted: all of them stay in the field, the counter says so in red.
    const QString pasted =
        u"Le gouvernement chinois attribue à chaque citoyen une note unique qui décide de tout"_s
        u" en 2020"_s;
    QCOMPARE(pasted.size(), 92);
    QGuiApplication::clipboard()->setText(pasted);
    clickInto(restatement);
    restatement->selectAll();
    QTest::keyClick(restatement, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(restatement->text(), pasted);
    QCOMPARE(count->text(), u"92/75"_s);
    QVERIFY(count->property("over").toBool());
    auto *problem = field<QLabel>(u"restatementProblem"_s);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"75"_s), qPrintable(problem->text()));

    clickOutOfForm();
    QCOMPARE(modals.seen(), 0);
    QCOMPARE(changeLogSize(), rows);
    QCOMPARE(storedClaim().restatement, m_setup.restatement);
    QCOMPARE(restatement->text(), pasted);
    QVERIFY(restatement->property("invalid").toBool());

    // Shortened by typing: the counter follows, the restatement saves once.
    clickInto(restatement);
    QTest::keyClick(restatement, Qt::Key_End);
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(restatement, Qt::Key_Backspace);
    QCOMPARE(count->text(), u"72/75"_s);
    QVERIFY(!count->property("over").toBool());
    QVERIFY(!problem->isVisible());
    clickOutOfForm();
    QCOMPARE(changeLogSize(), rows + 1);
    QCOMPARE(undoStack()->undoText(), u"Edit restatement"_s);
    QCOMPARE(storedClaim().restatement, pasted.left(72).trimmed());
    QCOMPARE(modals.seen(), 0);
}

void TestClaimForm::mnemonicsLeaveTheMenuBarAlone_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << u"en"_s;
    QTest::newRow("french") << u"fr"_s;
}

void TestClaimForm::mnemonicsLeaveTheMenuBarAlone()
{
    QFETCH(QString, language);
    QCOMPARE(ui::installTranslations(*qApp, language), language);
    openProjectWithClaim();

    QMap<QKeySequence, QString> menus;
    QStringList menuClashes;
    QMenu *claimMenu = nullptr; // the one holding "Tag selection"
    for (QAction *a : m_window->menuBar()->actions()) {
        const QKeySequence key = QKeySequence::mnemonic(a->text());
        if (!key.isEmpty() && menus.contains(key))
            menuClashes.append(a->text() + u" and "_s + menus.value(key));
        if (!key.isEmpty())
            menus.insert(key, a->text());
        if (!a->menu())
            continue;
        for (QAction *item : a->menu()->actions()) {
            if (item->objectName() == u"tagSelection"_s)
                claimMenu = a->menu();
        }
    }
    QVERIFY2(menuClashes.isEmpty(), qPrintable(menuClashes.join(u"; "_s))); // the menu bar too
    QVERIFY(menus.size() >= 4);
    QVERIFY(claimMenu);

    // Every mnemonic of the form: its labels' and its buttons'.
    QMap<QKeySequence, QString> fields;
    QStringList problems;
    auto check = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        if (menus.contains(key))
            problems.append(text + u" takes the menu's "_s + menus.value(key));
        if (fields.contains(key))
            problems.append(text + u" and "_s + fields.value(key));
        fields.insert(key, text);
    };
    for (QLabel *label : form()->findChildren<QLabel *>()) {
        if (label->buddy())
            check(label->text());
    }
    for (QAbstractButton *button : form()->findChildren<QAbstractButton *>())
        check(button->text());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY2(fields.size() >= 14, qPrintable(QString::number(fields.size())));

    // The source dialog, in both its forms: no mnemonic twice.
    for (auto mode :
         {ui::SourceLinkDialog::Mode::NewSource, ui::SourceLinkDialog::Mode::ExistingSource}) {
        ui::SourceLinkDialog dialog(mode, {});
        QMap<QKeySequence, QString> seen;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            const QKeySequence key = QKeySequence::mnemonic(label->text());
            if (key.isEmpty())
                continue;
            QVERIFY2(!seen.contains(key), qPrintable(label->text() + u" / "_s + seen.value(key)));
            seen.insert(key, label->text());
        }
        QVERIFY(seen.size() >= 3);
    }

    // Alt and the Claim menu's letter, the form showing a claim: the menu opens, the keyboard
    // stays out of the form.
    const QKeySequence claimKey = QKeySequence::mnemonic(claimMenu->title());
    QVERIFY(!claimKey.isEmpty());
    QWidget *text = m_window->articleView();
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClick(text, Qt::Key(claimKey[0].key()), claimKey[0].keyboardModifiers());
    QTRY_VERIFY(claimMenu->isVisible());
    QVERIFY(!form()->isAncestorOf(QApplication::focusWidget()));
    claimMenu->close();
}

void TestClaimForm::sourcePickerIsSortedAndSearchable()
{
    QList<core::Source> sources;
    const QStringList titles = {u"Zhima Credit rules"_s, u"état des lieux"_s, u"Annual report 10"_s,
                                u"Annual report 9"_s, u"Court blacklist figures"_s};
    for (qsizetype i = 0; i < titles.size(); ++i) {
        core::Source s;
        s.id = 100 + i;
        s.uuid = u"uuid-%1"_s.arg(i);
        s.title = titles.at(i);
        sources.append(s);
    }
    ui::SourceLinkDialog dialog(ui::SourceLinkDialog::Mode::ExistingSource, sources);
    auto *picker = dialog.findChild<QComboBox *>(u"existingSource"_s);
    QVERIFY(picker);
    QStringList shown;
    for (int i = 0; i < picker->count(); ++i)
        shown << picker->itemText(i);
    // As the locale sorts: numbers by value, case and accents not first.
    QCOMPARE(shown, (QStringList{u"Annual report 9"_s, u"Annual report 10"_s,
                                 u"Court blacklist figures"_s, u"état des lieux"_s,
                                 u"Zhima Credit rules"_s}));
    // Any part of a title finds it.
    QVERIFY(picker->isEditable());
    QCOMPARE(picker->completer()->filterMode(), Qt::MatchContains);
    picker->completer()->setCompletionPrefix(u"blacklist"_s);
    QCOMPARE(picker->completer()->completionCount(), 1);
    QCOMPARE(picker->completer()->currentCompletion(), u"Court blacklist figures"_s);

    // Text that names no source keeps the dialog open; a name, in any case, is that source.
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    picker->setEditText(u"no such source"_s);
    ok->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0);
    QCOMPARE(dialog.link().sourceId, qint64(0));
    picker->setEditText(u"ZHIMA credit RULES"_s);
    QCOMPARE(dialog.link().sourceId, qint64(100));
    QCOMPARE(dialog.link().sourceUuid, u"uuid-0"_s);
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestClaimForm)
#include "tst_claimform.moc"
