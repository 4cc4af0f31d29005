#include "claimform.h"

#include "claimlistmodel.h"
#include "core/taxonomy.h"
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
    m_restatement->setMaxLength(core::kMaxRestatementLength);
    m_restatement->setPlaceholderText(tr("The claim in a short neutral sentence"));
    m_restatementCount = new QLabel(this);
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
    m_statusAsOf = new QLineEdit(this);
    m_statusAsOf->setPlaceholderText(tr("YYYY-MM-DD"));
    m_annotator = new QLineEdit(this);
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
    m_addSource = new QPushButton(tr("&New source…"), this);
    m_linkSource = new QPushButton(tr("&Link existing…"), this);
    m_unlinkSource = new QPushButton(tr("&Unlink"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *restatementRow = new QHBoxLayout;
    restatementRow->addWidget(m_restatement);
    restatementRow->addWidget(m_restatementCount);
    form->addRow(tr("Cl&aimant:"), m_claimant);
    auto *restatementLabel = new QLabel(tr("&Restatement:"), this);
    restatementLabel->setBuddy(m_restatement);
    form->addRow(restatementLabel, restatementRow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("&Evidence level:"), m_level);
    form->addRow(tr("&Presented as:"), m_presentedAs);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("E&xplanation:"), m_explanation);
    form->addRow(tr("Status as &of:"), m_statusAsOf);
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

    auto lineCommit = [this](QLineEdit *edit, const QString &text) {
        connect(edit, &QLineEdit::editingFinished, this, [this, text] { commit(text); });
    };
    lineCommit(m_claimant, tr("Edit claimant"));
    lineCommit(m_restatement, tr("Edit restatement"));
    lineCommit(m_statusAsOf, tr("Edit status date"));
    lineCommit(m_annotator, tr("Edit annotator"));
    connect(m_restatement, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_restatementCount->setText(
            QStringLiteral("%1/%2").arg(t.size()).arg(core::kMaxRestatementLength));
    });
    auto comboCommit = [this](QComboBox *combo, const QString &text) {
        connect(combo, &QComboBox::activated, this, [this, text] { commit(text); });
    };
    comboCommit(m_kind, tr("Set kind"));
    comboCommit(m_verdict, tr("Set verdict"));
    comboCommit(m_level, tr("Set evidence level"));
    comboCommit(m_presentedAs, tr("Set presented as"));
    comboCommit(m_scope, tr("Set scope"));
    comboCommit(m_status, tr("Set status"));
    connect(m_addSource, &QPushButton::clicked, this, &ClaimForm::addSource);
    connect(m_linkSource, &QPushButton::clicked, this, &ClaimForm::linkExistingSource);
    connect(m_unlinkSource, &QPushButton::clicked, this, &ClaimForm::unlinkSource);
    connect(m_sources, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editLink(row); });

    ClaimListModel *model = m_document->claimModel();
    auto follow = [this] {
        if (m_claimId != 0)
            reload();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, follow);
    connect(model, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(model, &QAbstractItemModel::modelReset, this, follow);
    connect(m_document, &Document::taxonomyChanged, this, [this] {
        fillCombos();
        reload();
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
    m_claimId = claimId;
    reload();
}

void ClaimForm::reload()
{
    const core::Claim *claim = m_document->claimModel()->claimById(m_claimId);
    if (!claim)
        m_claimId = 0;
    m_claim = claim ? *claim : core::Claim();
    m_loading = true;
    const bool enabled = claim != nullptr;
    for (QWidget *w : findChildren<QWidget *>())
        w->setEnabled(enabled);
    m_quote->setText(enabled ? QStringLiteral("« %1 »").arg(m_claim.quote)
                             : tr("Select a claim, or select text and press T to tag one."));
    m_quote->setEnabled(true);
    m_claimant->setText(m_claim.claimant);
    m_claimant->setCursorPosition(0);
    m_restatement->setText(m_claim.restatement);
    m_restatement->setCursorPosition(0);
    select(m_kind, m_claim.kind);
    select(m_verdict, m_claim.verdict);
    select(m_level, m_claim.evidenceLevel);
    select(m_presentedAs, m_claim.presentedAs);
    select(m_scope, m_claim.scope);
    if (m_explanation->toPlainText() != m_claim.explanation)
        m_explanation->setPlainText(m_claim.explanation);
    m_statusAsOf->setText(m_claim.statusAsOf);
    m_annotator->setText(m_claim.annotator);
    select(m_status, m_claim.status);

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
    m_loading = false;
}

core::Claim ClaimForm::edited() const
{
    core::Claim c = m_claim;
    c.claimant = m_claimant->text().trimmed();
    c.restatement = m_restatement->text().trimmed();
    c.kind = m_kind->currentData().toString();
    c.verdict = m_verdict->currentData().toString();
    c.evidenceLevel = m_level->currentData().toString();
    c.presentedAs = m_presentedAs->currentData().toString();
    c.scope = m_scope->currentData().toString();
    c.explanation = m_explanation->toPlainText().trimmed();
    c.statusAsOf = m_statusAsOf->text().trimmed();
    c.annotator = m_annotator->text().trimmed();
    c.status = m_status->currentData().toString();
    return c;
}

void ClaimForm::commit(const QString &actionText)
{
    if (m_loading || m_claimId == 0)
        return;
    const core::Claim changed = edited();
    const core::Claim &o = m_claim;
    if (changed.claimant == o.claimant && changed.restatement == o.restatement &&
        changed.kind == o.kind && changed.verdict == o.verdict &&
        changed.evidenceLevel == o.evidenceLevel && changed.presentedAs == o.presentedAs &&
        changed.scope == o.scope && changed.explanation == o.explanation &&
        changed.statusAsOf == o.statusAsOf && changed.annotator == o.annotator &&
        changed.status == o.status)
        return;
    if (auto done = m_document->changeClaim(changed, actionText); !done) {
        emit errorOccurred(done.error());
        reload(); // show what is stored, not the refused value
    }
}

bool ClaimForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_explanation && event->type() == QEvent::FocusOut)
        commit(tr("Edit explanation"));
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
    SourceLinkDialog dialog(SourceLinkDialog::Mode::ExistingSource, m_document->sources(), this);
    dialog.setLink(m_claim.sources.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto done = m_document->linkSource(m_claimId, dialog.link()); !done)
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
