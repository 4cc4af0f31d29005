#include "claimform.h"

#include "claimlistmodel.h"
#include "core/taxonomy.h"
#include "core/validation.h"
#include "document.h"
#include "sourcelinkdialog.h"
#include "store/project.h"
#include "taxonomymodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace crible::ui {

namespace {

QString coreLabel(const QString &label)
{
    return QCoreApplication::translate("crible::core", label.toUtf8().constData());
}

void fillVocabulary(QComboBox *combo, const QList<core::VocabularyTerm> &terms, bool allowEmpty)
{
    combo->clear();
    if (allowEmpty)
        combo->addItem(QStringLiteral("—"), QString());
    for (const core::VocabularyTerm &t : terms)
        combo->addItem(coreLabel(t.label), t.key);
}

void fillTaxonomy(QComboBox *combo, const core::Taxonomy &taxonomy, core::TaxonomyAxis axis)
{
    combo->clear();
    combo->addItem(QStringLiteral("—"), QString());
    for (const core::TaxonomyEntry &e : taxonomy.entries(axis)) {
        combo->addItem(e.displayLabel(TaxonomyModel::labelLanguage()), e.key);
        combo->setItemData(combo->count() - 1, e.displayDescription(TaxonomyModel::labelLanguage()),
                           Qt::ToolTipRole);
    }
}

void select(QComboBox *combo, const QString &key)
{
    const int i = combo->findData(key);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

// A field's value as the claim stores it: the stored value itself while the widget still
// shows what it was filled with, so an untouched field never saves the widget's rewrite of
// it (no-break spaces, a trailing newline, a key the combo does not list).
QString textValue(const QString &now, const QString &shown, const QString &stored)
{
    return now == shown ? stored : now.trimmed();
}

QString keyValue(const QComboBox *combo, int shown, const QString &stored)
{
    return combo->currentIndex() == shown ? stored : combo->currentData().toString();
}

// The claim's fields the form edits, in form order, with the undo text of a change of that
// field alone and its name in the undo text of a change of several.
struct FieldInfo
{
    QString core::Claim::*member;
    const char *undoText;
    const char *name;
};

constexpr FieldInfo kFields[] = {
    {&core::Claim::claimant, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Edit claimant"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "claimant")},
    {&core::Claim::restatement, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Edit restatement"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "restatement")},
    {&core::Claim::kind, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Set kind"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "kind")},
    {&core::Claim::verdict, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Set verdict"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "verdict")},
    {&core::Claim::evidenceLevel, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Set evidence level"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "evidence level")},
    {&core::Claim::presentedAs, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Set presented as"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "presented as")},
    {&core::Claim::scope, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Set scope"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "scope")},
    {&core::Claim::explanation, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Edit explanation"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "explanation")},
    {&core::Claim::statusAsOf, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Edit status date"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "status date")},
    {&core::Claim::annotator, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Edit annotator"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "annotator")},
    {&core::Claim::status, QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "Set status"),
     QT_TRANSLATE_NOOP("crible::ui::ClaimForm", "status")},
};

// Marks a field the form refuses: red text, the reason as its tooltip and in a line under
// it, so the user sees what to correct without a dialog taking the focus away.
void markProblem(QWidget *field, QLabel *line, const QString &problem)
{
    const bool bad = !problem.isEmpty();
    if (field->property("invalid").toBool() == bad && line->text() == problem)
        return;
    field->setProperty("invalid", bad);
    QPalette colours; // nothing set: the field follows its parent's palette again
    if (bad)
        colours.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    field->setPalette(colours);
    field->setToolTip(problem);
    field->setAccessibleDescription(problem);
    line->setText(problem);
    line->setVisible(bad);
}

QLabel *problemLine(QWidget *parent, const QString &objectName)
{
    auto *line = new QLabel(parent);
    line->setObjectName(objectName);
    line->setWordWrap(true);
    QPalette palette = line->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    line->setPalette(palette);
    line->hide();
    return line;
}

} // namespace

ClaimForm::ClaimForm(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("claimForm"));
    m_quote = new QLabel(this);
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setStyleSheet(QStringLiteral("font-style: italic;"));
    m_claimant = new QLineEdit(this);
    m_claimant->setObjectName(QStringLiteral("claimant"));
    m_claimant->setPlaceholderText(tr("Who makes the claim"));
    m_restatement = new QLineEdit(this);
    m_restatement->setObjectName(QStringLiteral("restatement"));
    // No maxLength: it would cut pasted text silently. The counter says how long it is and
    // a restatement too long is refused at commit, left in the field to be shortened.
    m_restatement->setPlaceholderText(tr("The claim in a short neutral sentence"));
    m_restatementCount = new QLabel(this);
    m_restatementCount->setObjectName(QStringLiteral("restatementCount"));
    m_restatementProblem = problemLine(this, QStringLiteral("restatementProblem"));
    m_kind = new QComboBox(this);
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("evidenceLevel"));
    m_presentedAs = new QComboBox(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_explanation = new QPlainTextEdit(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setTabChangesFocus(true);
    m_explanation->setPlaceholderText(tr("What is actually true, in one or two sentences"));
    m_explanation->setFixedHeight(m_explanation->fontMetrics().lineSpacing() * 4 + 12);
    m_explanation->installEventFilter(this);
    // A line edit, not a QDateEdit: the date may be empty, or only a year or a month.
    m_statusAsOf = new QLineEdit(this);
    m_statusAsOf->setObjectName(QStringLiteral("statusAsOf"));
    m_statusAsOf->setPlaceholderText(tr("YYYY-MM-DD"));
    m_statusAsOfProblem = problemLine(this, QStringLiteral("statusAsOfProblem"));
    m_annotator = new QLineEdit(this);
    m_annotator->setObjectName(QStringLiteral("annotator"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));

    m_sources = new QTableWidget(0, 3, this);
    m_sources->setHorizontalHeaderLabels({tr("Source"), tr("Stance"), tr("Passage")});
    m_sources->horizontalHeader()->setStretchLastSection(true);
    m_sources->verticalHeader()->hide();
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sources->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->setMinimumHeight(90);
    // Mnemonics: none may be a menu bar's (File, Edit, Claim, View, Help: F E C V H;
    // Fichier, Édition, Affirmation, Affichage, Aide: F D A H), or Alt+letter reaches the
    // field instead of the menu; and none twice in the form.
    m_addSource = new QPushButton(tr("Ne&w source…"), this);
    m_addSource->setObjectName(QStringLiteral("addSource"));
    m_linkSource = new QPushButton(tr("L&ink existing…"), this);
    m_linkSource->setObjectName(QStringLiteral("linkSource"));
    m_unlinkSource = new QPushButton(tr("&Unlink"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *restatementLine = new QHBoxLayout;
    restatementLine->addWidget(m_restatement);
    restatementLine->addWidget(m_restatementCount);
    auto *restatementRow = new QVBoxLayout;
    restatementRow->addLayout(restatementLine);
    restatementRow->addWidget(m_restatementProblem);
    auto *statusAsOfRow = new QVBoxLayout;
    statusAsOfRow->addWidget(m_statusAsOf);
    statusAsOfRow->addWidget(m_statusAsOfProblem);
    auto labelled = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(tr("Cl&aimant:"), m_claimant);
    form->addRow(labelled(tr("&Restatement:"), m_restatement), restatementRow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Ver&dict:"), m_verdict);
    form->addRow(tr("Evidence &level:"), m_level);
    form->addRow(tr("&Presented as:"), m_presentedAs);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("E&xplanation:"), m_explanation);
    form->addRow(labelled(tr("Status as &of:"), m_statusAsOf), statusAsOfRow);
    form->addRow(tr("A&nnotator:"), m_annotator);
    form->addRow(tr("S&tatus:"), m_status);
    auto *sourceButtons = new QHBoxLayout;
    sourceButtons->addWidget(m_addSource);
    sourceButtons->addWidget(m_linkSource);
    sourceButtons->addWidget(m_unlinkSource);
    sourceButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quote);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Sources:"), this));
    layout->addWidget(m_sources, 1);
    layout->addLayout(sourceButtons);

    fillCombos();

    for (QLineEdit *edit : {m_claimant, m_restatement, m_statusAsOf, m_annotator})
        connect(edit, &QLineEdit::editingFinished, this, &ClaimForm::commit);
    connect(m_restatement, &QLineEdit::textChanged, this, &ClaimForm::updateRestatementCount);
    connect(m_statusAsOf, &QLineEdit::textChanged, this, [this] {
        // The mark goes as soon as the date is right; it comes only when the field is left.
        if (m_statusAsOf->property("invalid").toBool())
            checkStatusDate();
    });
    for (QComboBox *combo : {m_kind, m_verdict, m_level, m_presentedAs, m_scope, m_status})
        connect(combo, &QComboBox::activated, this, &ClaimForm::commit);
    connect(m_addSource, &QPushButton::clicked, this, &ClaimForm::addSource);
    connect(m_linkSource, &QPushButton::clicked, this, &ClaimForm::linkExistingSource);
    connect(m_unlinkSource, &QPushButton::clicked, this, &ClaimForm::unlinkSource);
    connect(m_sources, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editLink(row); });

    ClaimListModel *model = m_document->claimModel();
    auto follow = [this] {
        if (m_claimId != 0)
            reload(Edits::Keep);
    };
    connect(model, &QAbstractItemModel::dataChanged, this, follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(model, &QAbstractItemModel::modelReset, this, follow);
    connect(m_document, &Document::taxonomyChanged, this, [this] {
        fillCombos();
        reload(Edits::Keep);
        selectCombos(nullptr);
    });
    setClaim(0);
}

void ClaimForm::fillCombos()
{
    m_loading = true;
    const core::Taxonomy &taxonomy = m_document->taxonomy();
    fillVocabulary(m_kind, core::claimKinds(), true);
    fillTaxonomy(m_verdict, taxonomy, core::TaxonomyAxis::Verdict);
    fillTaxonomy(m_level, taxonomy, core::TaxonomyAxis::EvidenceLevel);
    fillTaxonomy(m_presentedAs, taxonomy, core::TaxonomyAxis::Scope);
    fillTaxonomy(m_scope, taxonomy, core::TaxonomyAxis::Scope);
    fillVocabulary(m_status, core::claimStatuses(), false);
    m_loading = false;
}

void ClaimForm::focusFirstField()
{
    if (m_claimId != 0)
        m_claimant->setFocus(Qt::ShortcutFocusReason);
}

void ClaimForm::setClaim(qint64 claimId)
{
    // The same claim again (revealed after each of its changes): keep what is being typed.
    const Edits edits = claimId == m_claimId && claimId != 0 ? Edits::Keep : Edits::Discard;
    m_claimId = claimId;
    reload(edits);
}

void ClaimForm::reload(Edits edits)
{
    const core::Claim *claim = m_document->claimModel()->claimById(m_claimId);
    if (!claim)
        m_claimId = 0;
    const core::Claim before = m_claim;
    m_claim = claim ? *claim : core::Claim();
    const bool keep = edits == Edits::Keep && claim && before.uuid == m_claim.uuid;
    const QScopedValueRollback loading(m_loading, true);
    const bool enabled = claim != nullptr;
    for (QWidget *w : findChildren<QWidget *>())
        w->setEnabled(enabled);
    m_quote->setText(enabled ? QStringLiteral("« %1 »").arg(m_claim.quote)
                             : tr("Select a claim, or select text and press T to tag one."));
    m_quote->setEnabled(true);
    // A field whose stored value did not change is left as the user has it.
    auto fillLine = [&](QLineEdit *edit, QString &shown, QString core::Claim::*member) {
        if (keep && before.*member == m_claim.*member)
            return;
        edit->setText(m_claim.*member);
        edit->setCursorPosition(0);
        shown = edit->text();
    };
    fillLine(m_claimant, m_shown.claimant, &core::Claim::claimant);
    fillLine(m_restatement, m_shown.restatement, &core::Claim::restatement);
    // A refused value is forgotten once the field shows the stored one again.
    if (!keep || before.restatement != m_claim.restatement)
        markProblem(m_restatement, m_restatementProblem, {});
    updateRestatementCount();
    if (!keep || before.explanation != m_claim.explanation) {
        // setPlainText() only when needed: it takes the cursor and the editor's undo away.
        if (exactPlainText(m_explanation) != m_claim.explanation)
            m_explanation->setPlainText(m_claim.explanation);
        m_shown.explanation = exactPlainText(m_explanation);
    }
    if (!keep || before.statusAsOf != m_claim.statusAsOf)
        markProblem(m_statusAsOf, m_statusAsOfProblem, {});
    fillLine(m_statusAsOf, m_shown.statusAsOf, &core::Claim::statusAsOf);
    fillLine(m_annotator, m_shown.annotator, &core::Claim::annotator);
    selectCombos(keep ? &before : nullptr);

    m_sources->setRowCount(int(m_claim.sources.size()));
    QHash<qint64, core::Source> byId;
    if (!m_claim.sources.isEmpty()) {
        for (const core::Source &s : m_document->sources())
            byId.insert(s.id, s);
    }
    for (int row = 0; row < m_claim.sources.size(); ++row) {
        const core::ClaimSourceLink &link = m_claim.sources.at(row);
        const core::Source source = byId.value(link.sourceId);
        QString stance = link.stance;
        for (const core::VocabularyTerm &t : core::sourceStances()) {
            if (t.key == link.stance)
                stance = coreLabel(t.label);
        }
        m_sources->setItem(row, 0, new QTableWidgetItem(source.title));
        m_sources->setItem(row, 1, new QTableWidgetItem(stance));
        m_sources->setItem(row, 2, new QTableWidgetItem(link.passage));
        m_sources->item(row, 0)->setData(Qt::UserRole, link.sourceId);
        m_sources->item(row, 0)->setToolTip(source.url);
    }
    m_sources->resizeColumnToContents(1);
    m_sources->setColumnWidth(0, 170);
}

// before: the claim as it was stored, to leave alone the combos whose key did not change;
// null to select every combo from the claim.
void ClaimForm::selectCombos(const core::Claim *before)
{
    const QScopedValueRollback loading(m_loading, true);
    auto fill = [&](QComboBox *combo, int &shown, QString core::Claim::*member) {
        if (before && before->*member == m_claim.*member)
            return;
        select(combo, m_claim.*member);
        shown = combo->currentIndex();
    };
    fill(m_kind, m_shown.kind, &core::Claim::kind);
    fill(m_verdict, m_shown.verdict, &core::Claim::verdict);
    fill(m_level, m_shown.level, &core::Claim::evidenceLevel);
    fill(m_presentedAs, m_shown.presentedAs, &core::Claim::presentedAs);
    fill(m_scope, m_shown.scope, &core::Claim::scope);
    fill(m_status, m_shown.status, &core::Claim::status);
}

core::Claim ClaimForm::edited() const
{
    core::Claim c = m_claim;
    c.claimant = textValue(m_claimant->text(), m_shown.claimant, m_claim.claimant);
    c.restatement = textValue(m_restatement->text(), m_shown.restatement, m_claim.restatement);
    c.kind = keyValue(m_kind, m_shown.kind, m_claim.kind);
    c.verdict = keyValue(m_verdict, m_shown.verdict, m_claim.verdict);
    c.evidenceLevel = keyValue(m_level, m_shown.level, m_claim.evidenceLevel);
    c.presentedAs = keyValue(m_presentedAs, m_shown.presentedAs, m_claim.presentedAs);
    c.scope = keyValue(m_scope, m_shown.scope, m_claim.scope);
    c.explanation =
        textValue(exactPlainText(m_explanation), m_shown.explanation, m_claim.explanation);
    c.statusAsOf = textValue(m_statusAsOf->text(), m_shown.statusAsOf, m_claim.statusAsOf);
    c.annotator = textValue(m_annotator->text(), m_shown.annotator, m_claim.annotator);
    c.status = keyValue(m_status, m_shown.status, m_claim.status);
    return c;
}

// Names what really changed, whichever field's signal led here; empty when nothing did.
QString ClaimForm::undoText(const core::Claim &before, const core::Claim &after) const
{
    QList<const FieldInfo *> changed;
    for (const FieldInfo &field : kFields) {
        if (before.*field.member != after.*field.member)
            changed.append(&field);
    }
    if (changed.isEmpty())
        return {};
    if (changed.size() == 1)
        return tr(changed.first()->undoText);
    QStringList names;
    for (const FieldInfo *field : std::as_const(changed))
        names.append(tr(field->name));
    return tr("Edit %1").arg(names.join(tr(", ")));
}

bool ClaimForm::checkStatusDate()
{
    const QString date = textValue(m_statusAsOf->text(), m_shown.statusAsOf, m_claim.statusAsOf);
    const bool ok = date.isEmpty() || date == m_claim.statusAsOf || core::isValidIsoDate(date);
    markProblem(m_statusAsOf, m_statusAsOfProblem,
                ok ? QString()
                   : tr("Not saved: write the date as YYYY-MM-DD (or YYYY-MM, or YYYY), "
                        "or leave it empty."));
    return ok;
}

bool ClaimForm::checkRestatement()
{
    const QString restatement =
        textValue(m_restatement->text(), m_shown.restatement, m_claim.restatement);
    // The same measure as the store's check (core::validateClaimFields).
    const bool ok =
        restatement.size() <= core::kMaxRestatementLength || restatement == m_claim.restatement;
    markProblem(m_restatement, m_restatementProblem,
                ok ? QString()
                   : tr("Too long: %1 characters, at most %2. Not saved until it is shortened.")
                         .arg(restatement.size())
                         .arg(core::kMaxRestatementLength));
    return ok;
}

void ClaimForm::updateRestatementCount()
{
    const qsizetype length = m_restatement->text().trimmed().size();
    const bool over = length > core::kMaxRestatementLength;
    m_restatementCount->setText(
        QStringLiteral("%1/%2").arg(length).arg(core::kMaxRestatementLength));
    m_restatementCount->setProperty("over", over);
    QPalette colours;
    if (over)
        colours.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_restatementCount->setPalette(colours);
    // Said as soon as a paste or a keystroke goes over, not only when the field is left.
    if (over || m_restatement->property("invalid").toBool())
        checkRestatement();
}

void ClaimForm::commit()
{
    if (m_loading || m_committing || m_claimId == 0)
        return;
    const QScopedValueRollback committing(m_committing, true);
    core::Claim changed = edited();
    // A refused value stays in its field, marked; the other fields' changes still save.
    if (!checkStatusDate())
        changed.statusAsOf = m_claim.statusAsOf;
    if (!checkRestatement())
        changed.restatement = m_claim.restatement;
    const QString text = undoText(m_claim, changed);
    if (text.isEmpty())
        return;
    if (auto done = m_document->changeClaim(changed, text); !done) {
        emit errorOccurred(done.error());
        reload(Edits::Discard); // show what is stored, not the refused value
    }
}

bool ClaimForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_explanation && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void ClaimForm::addSource()
{
    if (m_claimId == 0)
        return;
    SourceLinkDialog dialog(SourceLinkDialog::Mode::NewSource, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::ClaimSourceLink link = dialog.link();
    if (auto done =
            m_document->addSourceAndLink(m_claimId, dialog.source(), link.stance, link.passage);
        !done)
        emit errorOccurred(done.error());
}

void ClaimForm::linkExistingSource()
{
    if (m_claimId == 0)
        return;
    const QList<core::Source> sources = m_document->sources();
    if (sources.isEmpty()) {
        addSource();
        return;
    }
    SourceLinkDialog dialog(SourceLinkDialog::Mode::ExistingSource, sources, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto done = m_document->linkSource(m_claimId, dialog.link()); !done)
        emit errorOccurred(done.error());
}

void ClaimForm::editLink(int row)
{
    if (m_claimId == 0 || row < 0 || row >= m_claim.sources.size())
        return;
    const core::ClaimSourceLink before = m_claim.sources.at(row);
    SourceLinkDialog dialog(SourceLinkDialog::Mode::ExistingSource, m_document->sources(), this);
    dialog.setLink(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::ClaimSourceLink after = dialog.link();
    // OK without a change is no change: no undo step, no change-log row.
    if (after.sourceId == before.sourceId && after.stance == before.stance &&
        after.passage == before.passage)
        return;
    if (auto done = m_document->linkSource(m_claimId, after); !done)
        emit errorOccurred(done.error());
}

void ClaimForm::unlinkSource()
{
    const int row = m_sources->currentRow();
    if (m_claimId == 0 || row < 0 || row >= m_claim.sources.size())
        return;
    if (auto done = m_document->unlinkSource(m_claimId, m_claim.sources.at(row).sourceId); !done)
        emit errorOccurred(done.error());
}

} // namespace crible::ui
