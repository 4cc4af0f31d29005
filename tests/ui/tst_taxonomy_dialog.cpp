// Drives the real taxonomy dialog (Edit > Taxonomy) on the offscreen platform, keys and clicks
// as a user would: a verdict added in the French UI gets its French label and an English
// label of its own (never a copy), and its export mappings; OK makes it one undo step in the
// project file; Cancel and Undo take edits back.

#include "export/exporter.h"
#include "store/project.h"
#include "ui/document.h"
#include "ui/startup.h"
#include "ui/taxonomydialog.h"
#include "ui/taxonomymodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace crible;
using core::TaxonomyAxis;

namespace {

const core::TaxonomyEntry *storedVerdict(const QString &projectPath, const QString &key,
                                         core::Taxonomy *keep)
{
    auto project = store::Project::open(projectPath, nullptr, store::OpenMode::ReadOnly);
    if (!project)
        return nullptr;
    auto taxonomy = project.value()->taxonomy();
    if (!taxonomy)
        return nullptr;
    *keep = taxonomy.value();
    return keep->find(TaxonomyAxis::Verdict, key);
}

int comboIndex(QComboBox *combo, const QVariant &value)
{
    return combo->findData(value);
}

} // namespace

class TestTaxonomyDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::Document> m_doc;
    QString m_path;

    static void removeTranslators()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale::c());
    }

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    static QPushButton *button(ui::TaxonomyDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(which);
    }

    static bool selectEntry(ui::TaxonomyDialog &dialog, TaxonomyAxis axis, const QString &key)
    {
        const int row = dialog.editedTaxonomy().indexOf(axis, key);
        if (row < 0)
            return false;
        dialog.findChild<QTabWidget *>()->setCurrentIndex(int(axis));
        const char *names[] = {"verdictList", "levelList", "scopeList"};
        child<QListWidget>(&dialog, names[int(axis)])->setCurrentRow(row);
        return true;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"p.crible"_s);
        auto doc = ui::Document::createFromCorpus(m_path, QStringLiteral(CRIBLE_CORPUS_DIR), {});
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        m_doc = std::move(doc).value();
    }

    void cleanup()
    {
        m_doc.reset();
        m_dir.reset();
        removeTranslators();
    }

    // The reviewer's case, done right: in the French UI, Alt+A asks for the French label
    // first, then the English one and the three mappings; OK is one undo step.
    void addVerdictInFrenchUi()
    {
        QCOMPARE(ui::installTranslations(*qApp, u"fr"_s), u"fr"_s);
        const int steps = m_doc->undoStack()->count();
        ui::TaxonomyDialog dialog(m_doc.get());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        bool filled = false;
        QString problem;
        // The mnemonic clicks the button after its animation; the add dialog then runs its own
        // event loop, where this timer fills it in.
        QTimer poll(&dialog);
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, &dialog, [&] {
            auto *add = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!add || add->objectName() != u"addEntryDialog"_s)
                return;
            poll.stop();
            auto *labelFr = child<QLineEdit>(add, "newLabelFr");
            auto *label = child<QLineEdit>(add, "newLabel");
            auto *ok = add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            // The French UI asks for the French label first, where the cursor already is.
            if (add->focusWidget() != labelFr)
                problem = u"the French label does not have the focus"_s;
            QTest::keyClicks(labelFr, u"Satirique"_s);
            if (ok->isEnabled())
                problem = u"OK enabled without the English label and the mappings"_s;
            if (!child<QLabel>(add, "newMissing")->text().contains(u"anglais"_s))
                problem = u"the missing English label is not named"_s;
            QTest::keyClicks(label, u"Satire"_s);
            auto *normalised = child<QComboBox>(add, "newNormalised");
            auto *fever = child<QComboBox>(add, "newFever");
            auto *rating = child<QComboBox>(add, "newRating");
            // Nothing is chosen for the user: each combo starts on a placeholder.
            for (QComboBox *combo : {normalised, fever, rating}) {
                if (combo->currentData().isValid())
                    problem = combo->objectName() + u" has a value before a choice"_s;
            }
            normalised->setCurrentIndex(comboIndex(normalised, u"FALSE"_s));
            fever->setCurrentIndex(comboIndex(fever, u"REFUTES"_s));
            if (ok->isEnabled())
                problem = u"OK enabled without a rating"_s;
            rating->setCurrentIndex(comboIndex(rating, 1));
            if (!ok->isEnabled())
                problem = u"OK disabled with everything given"_s;
            filled = true;
            QTest::keyClick(add, Qt::Key_Return);
            if (add->isVisible())
                add->reject();
        });
        poll.start();
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY2(filled, qPrintable(problem));
        QTRY_VERIFY(!QApplication::activeModalWidget() ||
                    QApplication::activeModalWidget() == &dialog);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // In the working copy, not in the project yet.
        const core::TaxonomyEntry *added =
            dialog.editedTaxonomy().find(TaxonomyAxis::Verdict, u"satire"_s);
        QVERIFY(added);
        QCOMPARE(added->labelFr, u"Satirique"_s);
        QCOMPARE(added->label, u"Satire"_s);
        QVERIFY(!m_doc->taxonomy().contains(TaxonomyAxis::Verdict, u"satire"_s));
        // The form shows the new entry, both labels apart.
        QCOMPARE(child<QLineEdit>(&dialog, "labelFrEdit")->text(), u"Satirique"_s);
        QCOMPARE(child<QLineEdit>(&dialog, "labelEdit")->text(), u"Satire"_s);
        QCOMPARE(child<QComboBox>(&dialog, "feverCombo")->currentData().toString(), u"REFUTES"_s);

        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);

        // Saved in the project file, mappings included.
        core::Taxonomy stored;
        const core::TaxonomyEntry *saved = storedVerdict(m_path, u"satire"_s, &stored);
        QVERIFY(saved);
        QCOMPARE(saved->label, u"Satire"_s);
        QCOMPARE(saved->labelFr, u"Satirique"_s);
        QCOMPARE(saved->normalised, u"FALSE"_s);
        QCOMPARE(saved->feverLabel, u"REFUTES"_s);
        QCOMPARE(saved->rating, 1);

        // Mapped, a claim given this verdict stays in FEVER.
        auto data = exporters::ExportData::load(m_doc->project(), {});
        QVERIFY(data.ok());
        QVERIFY(!data->claims.isEmpty());
        const qint64 claimId = data->claims.constFirst().id;
        QVERIFY(m_doc->setClaimGrade(claimId, TaxonomyAxis::Verdict, u"satire"_s).ok());
        data = exporters::ExportData::load(m_doc->project(), {});
        QVERIFY(data.ok());
        for (const exporters::ExportOmission &o :
             exporters::createExporter(u"fever"_s)->omissions(*data))
            QVERIFY2(o.verdict != u"satire"_s, qPrintable(o.message));
        m_doc->undoStack()->undo();

        // One undo takes the whole dialog back, in the file too.
        m_doc->undoStack()->undo();
        QVERIFY(!m_doc->taxonomy().contains(TaxonomyAxis::Verdict, u"satire"_s));
        QVERIFY(!storedVerdict(m_path, u"satire"_s, &stored));
        QVERIFY(stored.contains(TaxonomyAxis::Verdict, u"opinion"_s));
    }

    // A label typed in the French UI without an English one is never copied into it: the
    // entry is marked incomplete, and OK waits for the English label.
    void frenchLabelIsNotCopied()
    {
        QCOMPARE(ui::installTranslations(*qApp, u"fr"_s), u"fr"_s);
        const int steps = m_doc->undoStack()->count();
        ui::TaxonomyDialog dialog(m_doc.get());
        QSignalSpy errors(&dialog, &ui::TaxonomyDialog::errorOccurred);
        dialog.show();
        QVERIFY(!dialog.addEntry(TaxonomyAxis::Verdict, u"Blague"_s)); // refused: no English
        QCOMPARE(errors.count(), 1);
        const core::TaxonomyEntry *e =
            dialog.editedTaxonomy().find(TaxonomyAxis::Verdict, u"blague"_s);
        QVERIFY(e);
        QCOMPARE(e->labelFr, u"Blague"_s);
        QVERIFY(e->label.isEmpty());
        QVERIFY(!m_doc->taxonomy().contains(TaxonomyAxis::Verdict, u"blague"_s));
        QCOMPARE(m_doc->undoStack()->count(), steps);

        QStringList blocking;
        QVERIFY(!ui::TaxonomyDialog::problems(TaxonomyAxis::Verdict, *e, &blocking).isEmpty());
        QCOMPARE(blocking.size(), 1);
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "statusLabel")->text().isEmpty());
        // The row says so in words, and that the verdict is not in FEVER yet.
        auto *list = child<QListWidget>(&dialog, "verdictList");
        const QString row = list->item(list->count() - 1)->text();
        QVERIFY2(row.startsWith(u"Blague"_s) && row.size() > u"Blague"_s.size(), qPrintable(row));
        QVERIFY(!child<QLabel>(&dialog, "entryNotes")->text().isEmpty());

        // Given its English label in the form, it can be applied.
        QLineEdit *english = child<QLineEdit>(&dialog, "labelEdit");
        english->setFocus();
        QTest::keyClicks(english, u"Joke"_s);
        QVERIFY(button(dialog, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.applyChanges());
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->taxonomy().find(TaxonomyAxis::Verdict, u"blague"_s)->label, u"Joke"_s);
    }

    // The form edits every field of an existing entry; Apply is one step, Undo restores.
    void editMappingsAndDescriptions()
    {
        const core::Taxonomy before = m_doc->taxonomy();
        const int steps = m_doc->undoStack()->count();
        ui::TaxonomyDialog dialog(m_doc.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QVERIFY(selectEntry(dialog, TaxonomyAxis::Verdict, u"opinion"_s));
        auto *fever = child<QComboBox>(&dialog, "feverCombo");
        auto *rating = child<QComboBox>(&dialog, "ratingCombo");
        QVERIFY(fever->isVisible());
        QCOMPARE(fever->currentData().toString(), QString()); // left out of FEVER
        QCOMPARE(rating->currentData().toInt(), 0);
        // The consequence is spelt out.
        QVERIFY(child<QLabel>(&dialog, "entryNotes")->text().contains(u"FEVER"_s));
        fever->setFocus();
        fever->setCurrentIndex(comboIndex(fever, u"NOT ENOUGH INFO"_s));
        auto *descriptionFr = child<QLineEdit>(&dialog, "descriptionFrEdit");
        descriptionFr->setFocus();
        descriptionFr->selectAll();
        QTest::keyClicks(descriptionFr, u"Un avis."_s);

        QVERIFY(selectEntry(dialog, TaxonomyAxis::Scope, u"local-pilot"_s));
        QVERIFY(!fever->isVisible());
        auto *groupFr = child<QLineEdit>(&dialog, "groupFrEdit");
        QVERIFY(groupFr->isVisible());
        groupFr->setFocus();
        groupFr->selectAll();
        QTest::keyClicks(groupFr, u"Pilotes"_s);
        QVERIFY(selectEntry(dialog, TaxonomyAxis::EvidenceLevel, u"E2"_s));
        QVERIFY(!groupFr->isVisible());
        QVERIFY(!fever->isVisible());

        QVERIFY(m_doc->taxonomy() == before); // nothing applied yet
        QTest::mouseClick(button(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QCOMPARE(m_doc->taxonomy().find(TaxonomyAxis::Verdict, u"opinion"_s)->feverLabel,
                 u"NOT ENOUGH INFO"_s);
        QCOMPARE(m_doc->taxonomy().find(TaxonomyAxis::Verdict, u"opinion"_s)->descriptionFr,
                 u"Un avis."_s);
        QCOMPARE(m_doc->taxonomy().find(TaxonomyAxis::Scope, u"local-pilot"_s)->groupFr,
                 u"Pilotes"_s);
        core::Taxonomy stored;
        QCOMPARE(storedVerdict(m_path, u"opinion"_s, &stored)->feverLabel, u"NOT ENOUGH INFO"_s);

        // Undo with the dialog open: the project and the dialog both go back.
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->taxonomy() == before);
        QVERIFY(dialog.editedTaxonomy() == before);
        QVERIFY(storedVerdict(m_path, u"opinion"_s, &stored)->feverLabel.isEmpty());
        QVERIFY(!button(dialog, QDialogButtonBox::Apply)->isEnabled());
    }

    // Escape drops what was not applied: no undo step, the project as it was.
    void cancelDropsEdits()
    {
        const core::Taxonomy before = m_doc->taxonomy();
        const int steps = m_doc->undoStack()->count();
        ui::TaxonomyDialog dialog(m_doc.get());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(selectEntry(dialog, TaxonomyAxis::Verdict, u"accurate"_s));
        QLineEdit *english = child<QLineEdit>(&dialog, "labelEdit");
        english->setFocus();
        QTest::keyClicks(english, u" (checked)"_s);
        QCOMPARE(dialog.editedTaxonomy().find(TaxonomyAxis::Verdict, u"accurate"_s)->label,
                 u"Accurate (checked)"_s);
        QVERIFY(dialog.hasChanges());
        QTest::keyClick(english, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_doc->taxonomy() == before);
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }

    // Reordering from the keyboard edits the working copy, applied on OK as one step.
    void reorderWithButtons()
    {
        const QString first = m_doc->taxonomy().entries(TaxonomyAxis::Scope).at(0).key;
        const int steps = m_doc->undoStack()->count();
        ui::TaxonomyDialog dialog(m_doc.get());
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(selectEntry(dialog, TaxonomyAxis::Scope, first));
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier); // Move down
        QTRY_COMPARE(dialog.editedTaxonomy().indexOf(TaxonomyAxis::Scope, first), 1);
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(dialog.editedTaxonomy().indexOf(TaxonomyAxis::Scope, first), 2);
        QCOMPARE(m_doc->taxonomy().indexOf(TaxonomyAxis::Scope, first), 0);
        dialog.accept();
        QCOMPARE(m_doc->taxonomy().indexOf(TaxonomyAxis::Scope, first), 2);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->taxonomy().indexOf(TaxonomyAxis::Scope, first), 0);
    }

    // An entry stored without an English label (an older project, another tool) still shows
    // in the English UI's pickers: its French label, else its key; never a blank line.
    void pickersNeverShowABlank()
    {
        core::Taxonomy t = m_doc->taxonomy();
        core::TaxonomyEntry onlyFrench;
        onlyFrench.key = u"parodie"_s;
        onlyFrench.labelFr = u"Parodie"_s;
        core::TaxonomyEntry bare;
        bare.key = u"bare"_s;
        t.entries(TaxonomyAxis::Verdict) << onlyFrench << bare;
        QVERIFY(m_doc->changeTaxonomy(t, u"test"_s).ok());
        const QAbstractItemModel *model = m_doc->taxonomyModel(TaxonomyAxis::Verdict);
        const int rows = model->rowCount();
        QCOMPARE(model->index(rows - 2, 0).data().toString(), u"Parodie"_s);
        QCOMPARE(model->index(rows - 1, 0).data().toString(), u"bare"_s);
        QCOMPARE(model->index(0, 0).data().toString(), u"Accurate"_s);
    }
};

QTEST_MAIN(TestTaxonomyDialog)
#include "tst_taxonomy_dialog.moc"
