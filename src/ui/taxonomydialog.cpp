#include "taxonomydialog.h"

#include "document.h"
#include "taxonomymodel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crible::ui {

namespace {

using core::TaxonomyAxis;
using core::TaxonomyEntry;

int axisIndex(TaxonomyAxis axis)
{
    return int(axis);
}

QString slug(const QString &label)
{
    QString s = label.normalized(QString::NormalizationForm_KD).toLower();
    s.remove(QRegularExpression(QStringLiteral("[^a-z0-9 -]")));
    s = s.simplified().replace(u' ', u'-');
    return s.isEmpty() ? QStringLiteral("entry") : s;
}

bool french()
{
    return TaxonomyModel::labelLanguage() == QLatin1String("fr");
}

// The values FORMATS.md and DESIGN.md give the mappings.
const QStringList &claimsKgValues()
{
    static const QStringList values{u"TRUE"_s, u"FALSE"_s, u"MIXTURE"_s, u"OTHER"_s};
    return values;
}

const QStringList &feverLabels()
{
    static const QStringList values{u"SUPPORTS"_s, u"REFUTES"_s, u"NOT ENOUGH INFO"_s};
    return values;
}

// A placeholder item holds no data, so "not chosen yet" stays apart from an explicit choice
// of "none" (an empty string, or rating 0).
void addPlaceholder(QComboBox *combo)
{
    combo->addItem(QCoreApplication::translate("crible::ui::TaxonomyDialog", "Choose…"),
                   QVariant());
}

void fillNormalised(QComboBox *combo, bool placeholder)
{
    combo->clear();
    if (placeholder)
        addPlaceholder(combo);
    else
        combo->addItem(QCoreApplication::translate("crible::ui::TaxonomyDialog", "Not set"),
                       QString());
    const char *meanings[] = {
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "TRUE: true or mostly true"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "FALSE: false or mostly false"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "MIXTURE: partly true, partly false"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog",
                          "OTHER: none of these (unverifiable, outdated, opinion)"),
    };
    for (qsizetype i = 0; i < claimsKgValues().size(); ++i) {
        combo->addItem(QCoreApplication::translate("crible::ui::TaxonomyDialog", meanings[i]),
                       claimsKgValues().at(i));
    }
}

void fillFever(QComboBox *combo, bool placeholder)
{
    combo->clear();
    if (placeholder)
        addPlaceholder(combo);
    const char *meanings[] = {
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog",
                          "SUPPORTS: the evidence supports the claim"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "REFUTES: the evidence refutes the claim"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog",
                          "NOT ENOUGH INFO: not enough evidence either way"),
    };
    for (qsizetype i = 0; i < feverLabels().size(); ++i) {
        combo->addItem(QCoreApplication::translate("crible::ui::TaxonomyDialog", meanings[i]),
                       feverLabels().at(i));
    }
    combo->addItem(QCoreApplication::translate(
                       "crible::ui::TaxonomyDialog",
                       "Left out of FEVER and ClaimReview (an opinion, not checkable)"),
                   QString());
}

void fillRating(QComboBox *combo, bool placeholder)
{
    combo->clear();
    if (placeholder)
        addPlaceholder(combo);
    const char *meanings[] = {
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog",
                          "None: the review names the verdict, with no rating"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "1: worst, false"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "2: mostly false"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "3: mixed, misleading"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "4: mostly true"),
        QT_TRANSLATE_NOOP("crible::ui::TaxonomyDialog", "5: best, true"),
    };
    for (int rating = 0; rating <= 5; ++rating) {
        combo->addItem(QCoreApplication::translate("crible::ui::TaxonomyDialog", meanings[rating]),
                       rating);
    }
}

// Selects the item holding `value`. A value outside the standard ones (from an older or
// hand-made project) gets an item of its own: shown as it is, never replaced unasked.
void selectValue(QComboBox *combo, const QVariant &value)
{
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(
            QCoreApplication::translate("crible::ui::TaxonomyDialog", "“%1” (not a standard value)")
                .arg(value.toString()),
            value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

// The label shown in lists: the UI language's, else the other one, else the key.
QString shownLabel(const TaxonomyEntry &e)
{
    const QString shown = e.displayLabel(TaxonomyModel::labelLanguage());
    if (!shown.trimmed().isEmpty())
        return shown;
    if (!e.labelFr.trimmed().isEmpty())
        return e.labelFr;
    return e.key;
}

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(QColor(colour));
    return QIcon(pixmap);
}

} // namespace

TaxonomyDialog::TaxonomyDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_edited(document->taxonomy()),
      m_base(document->taxonomy())
{
    setWindowTitle(tr("Taxonomy"));
    setObjectName(QStringLiteral("taxonomyDialog"));

    m_tabs = new QTabWidget(this);
    const QString titles[] = {tr("Verdicts"), tr("Evidence levels"), tr("Scopes")};
    const char *names[] = {"verdictList", "levelList", "scopeList"};
    for (TaxonomyAxis axis : core::Taxonomy::axes()) {
        auto *l = new QListWidget(this);
        l->setObjectName(QLatin1String(names[axisIndex(axis)]));
        m_lists[axisIndex(axis)] = l;
        m_tabs->addTab(l, titles[axisIndex(axis)]);
        connect(l, &QListWidget::currentRowChanged, this, [this] { loadForm(); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { loadForm(); });

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_up = new QPushButton(tr("Move &up"), this);
    m_down = new QPushButton(tr("Move &down"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_tabs, 1);
    left->addLayout(listButtons);

    // The selected entry. Both languages are always there: a project is shared between
    // English and French users, and its exports follow each article's language.
    m_entryBox = new QGroupBox(tr("Selected entry"), this);
    m_form = new QFormLayout(m_entryBox);
    m_key = new QLabel(m_entryBox);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setToolTip(tr("Stored in the claims and the machine-readable exports; it does not "
                         "change when the labels do."));
    m_label = new QLineEdit(m_entryBox);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_labelFr = new QLineEdit(m_entryBox);
    m_labelFr->setObjectName(QStringLiteral("labelFrEdit"));
    m_description = new QLineEdit(m_entryBox);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionFr = new QLineEdit(m_entryBox);
    m_descriptionFr->setObjectName(QStringLiteral("descriptionFrEdit"));
    m_colour = new QPushButton(m_entryBox);
    m_colour->setObjectName(QStringLiteral("colourButton"));
    m_normalised = new QComboBox(m_entryBox);
    m_normalised->setObjectName(QStringLiteral("normalisedCombo"));
    m_normalised->setToolTip(tr("The verdict's ClaimsKG normalised value, in the JSON exports."));
    m_fever = new QComboBox(m_entryBox);
    m_fever->setObjectName(QStringLiteral("feverCombo"));
    m_fever->setToolTip(tr("The FEVER label of its claims. A verdict left out of FEVER is "
                           "taken as an opinion: its claims are left out of the FEVER and "
                           "ClaimReview exports, which say how many."));
    m_rating = new QComboBox(m_entryBox);
    m_rating->setObjectName(QStringLiteral("ratingCombo"));
    m_rating->setToolTip(tr("ClaimReview's ratingValue, from 1 (worst) to 5 (best)."));
    m_group = new QLineEdit(m_entryBox);
    m_group->setObjectName(QStringLiteral("groupEdit"));
    m_groupFr = new QLineEdit(m_entryBox);
    m_groupFr->setObjectName(QStringLiteral("groupFrEdit"));
    for (QLineEdit *group : {m_group, m_groupFr})
        group->setPlaceholderText(tr("Same as the label"));
    m_notes = new QLabel(m_entryBox);
    m_notes->setObjectName(QStringLiteral("entryNotes"));
    m_notes->setWordWrap(true);

    m_form->addRow(tr("Key:"), m_key);
    // The UI language first: what a user types first goes where they expect it.
    const bool fr = french();
    const std::pair<QString, QLineEdit *> labelRows[] = {
        {tr("&English label:"), m_label},
        {tr("&French label:"), m_labelFr},
        {tr("English descr&iption:"), m_description},
        {tr("French descri&ption:"), m_descriptionFr},
    };
    const int order[2][4] = {{0, 1, 2, 3}, {1, 0, 3, 2}};
    for (int i : order[fr ? 1 : 0])
        m_form->addRow(labelRows[i].first, labelRows[i].second);
    m_form->addRow(tr("C&olour:"), m_colour);
    m_form->addRow(tr("&ClaimsKG value:"), m_normalised);
    m_form->addRow(tr("FE&VER label:"), m_fever);
    m_form->addRow(tr("ClaimReview &rating:"), m_rating);
    m_form->addRow(fr ? tr("Table group (Frenc&h):") : tr("Table &group (English):"),
                   fr ? m_groupFr : m_group);
    m_form->addRow(fr ? tr("Table &group (English):") : tr("Table group (Frenc&h):"),
                   fr ? m_group : m_groupFr);
    m_form->addRow(m_notes);

    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addWidget(m_entryBox, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaxonomyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { applyChanges(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Edits go to the working copy as typed; the list row follows.
    const auto onText = [this](QLineEdit *edit, QString TaxonomyEntry::*field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            editCurrent([&](TaxonomyEntry &e) { e.*field = text.trimmed(); });
        });
    };
    onText(m_label, &TaxonomyEntry::label);
    onText(m_labelFr, &TaxonomyEntry::labelFr);
    onText(m_description, &TaxonomyEntry::description);
    onText(m_descriptionFr, &TaxonomyEntry::descriptionFr);
    onText(m_group, &TaxonomyEntry::group);
    onText(m_groupFr, &TaxonomyEntry::groupFr);
    connect(m_normalised, &QComboBox::currentIndexChanged, this, [this] {
        editCurrent(
            [this](TaxonomyEntry &e) { e.normalised = m_normalised->currentData().toString(); });
    });
    connect(m_fever, &QComboBox::currentIndexChanged, this, [this] {
        editCurrent([this](TaxonomyEntry &e) { e.feverLabel = m_fever->currentData().toString(); });
    });
    connect(m_rating, &QComboBox::currentIndexChanged, this, [this] {
        editCurrent([this](TaxonomyEntry &e) { e.rating = m_rating->currentData().toInt(); });
    });
    connect(m_colour, &QPushButton::clicked, this, &TaxonomyDialog::chooseColour);
    connect(add, &QPushButton::clicked, this, &TaxonomyDialog::addInteractively);
    connect(m_up, &QPushButton::clicked, this, [this] { move(currentAxis(), currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(currentAxis(), currentRow(), 1); });
    connect(m_document, &Document::taxonomyChanged, this,
            &TaxonomyDialog::onDocumentTaxonomyChanged);

    rebuildLists();
    for (TaxonomyAxis axis : core::Taxonomy::axes()) {
        if (list(axis)->count() > 0)
            list(axis)->setCurrentRow(0);
    }
    loadForm();
    list(currentAxis())->setFocus();
    resize(920, 460);
}

QStringList TaxonomyDialog::problems(TaxonomyAxis axis, const TaxonomyEntry &e,
                                     QStringList *blocking)
{
    QStringList out;
    if (e.label.trimmed().isEmpty()) {
        const QString p = tr("No English label: the English editor and the exports of English "
                             "articles would show a blank.");
        out << p;
        if (blocking)
            *blocking << p;
    }
    if (e.labelFr.trimmed().isEmpty()) {
        out << tr("No French label: the French editor and the exports of French articles show "
                  "the English one.");
    }
    if (axis == TaxonomyAxis::Verdict) {
        if (e.normalised.isEmpty()) {
            out << tr("No ClaimsKG value: the JSON exports give an empty normalised verdict.");
        } else if (!claimsKgValues().contains(e.normalised)) {
            out << tr("“%1” is not a ClaimsKG value (TRUE, FALSE, MIXTURE or OTHER).")
                       .arg(e.normalised);
        }
        if (!e.feverLabel.isEmpty() && !feverLabels().contains(e.feverLabel)) {
            out << tr("“%1” is not a FEVER label (SUPPORTS, REFUTES or NOT ENOUGH INFO).")
                       .arg(e.feverLabel);
        }
        if (e.rating < 0 || e.rating > 5)
            out << tr("Rating %1 is outside ClaimReview's scale of 1 to 5.").arg(e.rating);
    }
    return out;
}

QStringList TaxonomyDialog::exportNotes(TaxonomyAxis axis, const TaxonomyEntry &e)
{
    QStringList out;
    if (axis != TaxonomyAxis::Verdict)
        return out;
    if (e.feverLabel.isEmpty()) {
        out << tr("Left out of FEVER and ClaimReview: its claims count as opinions, and those "
                  "two exports leave them out (and say how many).");
    } else if (e.key == QLatin1String("opinion")) {
        out << tr("The “opinion” verdict is always left out of FEVER and ClaimReview, whatever "
                  "its FEVER label.");
    } else if (e.rating == 0) {
        out << tr("No ClaimReview rating: its reviews name the verdict without a ratingValue.");
    }
    return out;
}

bool TaxonomyDialog::hasChanges() const
{
    return !(m_edited == m_document->taxonomy());
}

core::TaxonomyAxis TaxonomyDialog::currentAxis() const
{
    return core::Taxonomy::axes().at(m_tabs->currentIndex());
}

QListWidget *TaxonomyDialog::list(TaxonomyAxis axis) const
{
    return m_lists[axisIndex(axis)];
}

int TaxonomyDialog::currentRow() const
{
    const int row = list(currentAxis())->currentRow();
    return row < m_edited.entries(currentAxis()).size() ? row : -1;
}

void TaxonomyDialog::rebuildLists()
{
    for (TaxonomyAxis axis : core::Taxonomy::axes()) {
        QListWidget *l = list(axis);
        const QSignalBlocker blocker(l);
        const int current = l->currentRow();
        l->clear();
        for (qsizetype row = 0; row < m_edited.entries(axis).size(); ++row) {
            l->addItem(QString());
            updateItem(axis, int(row));
        }
        l->setCurrentRow(std::min(current, l->count() - 1));
    }
}

void TaxonomyDialog::updateItem(TaxonomyAxis axis, int row)
{
    QListWidgetItem *item = list(axis)->item(row);
    if (!item || row >= m_edited.entries(axis).size())
        return;
    const TaxonomyEntry &e = m_edited.entries(axis).at(row);
    const QStringList missing = problems(axis, e);
    const QStringList notes = exportNotes(axis, e);
    QString text = shownLabel(e);
    // Said in words, not only by the icon: the list is read by screen readers too.
    if (!missing.isEmpty())
        text = tr("%1 (incomplete)").arg(text);
    if (axis == TaxonomyAxis::Verdict && e.feverLabel.isEmpty())
        text = tr("%1 — not in FEVER or ClaimReview").arg(text);
    item->setText(text);
    item->setIcon(missing.isEmpty() ? swatch(e.color)
                                    : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    QStringList tip{e.displayDescription(TaxonomyModel::labelLanguage())};
    tip << missing << notes;
    tip.removeAll(QString());
    item->setToolTip(tip.join(u'\n'));
}

void TaxonomyDialog::loadForm()
{
    const TaxonomyAxis axis = currentAxis();
    const int row = currentRow();
    const bool verdict = axis == TaxonomyAxis::Verdict;
    const bool scope = axis == TaxonomyAxis::Scope;
    for (QWidget *w : std::initializer_list<QWidget *>{m_normalised, m_fever, m_rating})
        m_form->setRowVisible(w, verdict);
    for (QWidget *w : std::initializer_list<QWidget *>{m_group, m_groupFr})
        m_form->setRowVisible(w, scope);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_edited.entries(axis).size());

    const QSignalBlocker b1(m_normalised), b2(m_fever), b3(m_rating);
    if (row < 0) {
        m_entryBox->setEnabled(false);
        for (QLineEdit *edit :
             {m_label, m_labelFr, m_description, m_descriptionFr, m_group, m_groupFr})
            edit->clear();
        m_key->clear();
        m_notes->clear();
        m_colour->setText(QString());
        m_colour->setIcon(QIcon());
        updateStatus();
        return;
    }
    m_entryBox->setEnabled(true);
    const TaxonomyEntry &e = m_edited.entries(axis).at(row);
    m_key->setText(e.key);
    m_label->setText(e.label);
    m_labelFr->setText(e.labelFr);
    m_description->setText(e.description);
    m_descriptionFr->setText(e.descriptionFr);
    m_colour->setIcon(swatch(e.color));
    m_colour->setText(e.color);
    if (verdict) {
        fillNormalised(m_normalised, false);
        selectValue(m_normalised, e.normalised);
        fillFever(m_fever, false);
        selectValue(m_fever, e.feverLabel);
        fillRating(m_rating, false);
        selectValue(m_rating, e.rating);
    }
    m_group->setText(e.group);
    m_groupFr->setText(e.groupFr);
    updateNotes();
    updateStatus();
}

void TaxonomyDialog::updateNotes()
{
    const int row = currentRow();
    if (row < 0) {
        m_notes->clear();
        return;
    }
    const TaxonomyEntry &e = m_edited.entries(currentAxis()).at(row);
    QStringList notes;
    for (const QString &p : problems(currentAxis(), e))
        notes << tr("Incomplete: %1").arg(p);
    notes << exportNotes(currentAxis(), e);
    m_notes->setText(notes.join(u'\n'));
}

void TaxonomyDialog::updateStatus()
{
    QStringList blocking;
    for (TaxonomyAxis axis : core::Taxonomy::axes()) {
        for (const TaxonomyEntry &e : m_edited.entries(axis)) {
            QStringList mine;
            problems(axis, e, &mine);
            for (const QString &p : std::as_const(mine))
                blocking << tr("“%1”: %2").arg(shownLabel(e), p);
        }
    }
    const bool changed = hasChanges();
    m_status->setText(blocking.isEmpty()
                          ? (changed ? tr("Changes not applied yet: OK or Apply makes them one "
                                          "undo step.")
                                     : QString())
                          : blocking.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(blocking.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(blocking.isEmpty() && changed);
}

void TaxonomyDialog::editCurrent(const std::function<void(TaxonomyEntry &)> &change)
{
    const TaxonomyAxis axis = currentAxis();
    const int row = currentRow();
    if (row < 0)
        return;
    change(m_edited.entries(axis)[row]);
    updateItem(axis, row);
    updateNotes();
    updateStatus();
}

bool TaxonomyDialog::move(TaxonomyAxis axis, int row, int delta)
{
    QList<TaxonomyEntry> &entries = m_edited.entries(axis);
    const int target = row + delta;
    if (row < 0 || row >= entries.size() || target < 0 || target >= entries.size())
        return false;
    entries.move(row, target);
    updateItem(axis, row);
    updateItem(axis, target);
    {
        const QSignalBlocker blocker(list(axis));
        list(axis)->setCurrentRow(target);
    }
    loadForm();
    return true;
}

void TaxonomyDialog::onDocumentTaxonomyChanged()
{
    const core::Taxonomy &now = m_document->taxonomy();
    // Untouched, the working copy follows the project (Edit > Undo with the dialog open);
    // edits not applied yet are kept, and OK applies them over what the project holds now.
    const bool untouched = m_edited == m_base;
    m_base = now;
    if (untouched && !(m_edited == now)) {
        m_edited = now;
        rebuildLists();
        loadForm();
    } else {
        updateStatus();
    }
}

bool TaxonomyDialog::addEntry(TaxonomyAxis axis, TaxonomyEntry entry)
{
    entry.label = entry.label.trimmed();
    entry.labelFr = entry.labelFr.trimmed();
    if (entry.label.isEmpty() && entry.labelFr.isEmpty())
        return false;
    if (entry.key.trimmed().isEmpty()) {
        const QString base = slug(entry.label.isEmpty() ? entry.labelFr : entry.label);
        entry.key = base;
        for (int n = 2; m_edited.contains(axis, entry.key); ++n)
            entry.key = base + QLatin1Char('-') + QString::number(n);
    } else if (m_edited.contains(axis, entry.key)) {
        return false;
    }
    if (entry.color.isEmpty())
        entry.color = QStringLiteral("#808080");
    m_edited.entries(axis).append(entry);
    m_tabs->setCurrentIndex(axisIndex(axis));
    QListWidget *l = list(axis);
    {
        const QSignalBlocker blocker(l);
        l->addItem(QString());
        updateItem(axis, l->count() - 1);
        l->setCurrentRow(l->count() - 1);
    }
    loadForm();
    return true;
}

bool TaxonomyDialog::applyChanges(const QString &actionText)
{
    for (TaxonomyAxis axis : core::Taxonomy::axes()) {
        for (const TaxonomyEntry &e : m_edited.entries(axis)) {
            QStringList blocking;
            problems(axis, e, &blocking);
            if (!blocking.isEmpty()) {
                emit errorOccurred(tr("“%1”: %2").arg(shownLabel(e), blocking.constFirst()));
                return false;
            }
        }
    }
    if (!hasChanges())
        return true;
    QString text = actionText;
    if (text.isEmpty()) {
        // One new entry and nothing else reads best as what it is.
        QStringList added;
        for (TaxonomyAxis axis : core::Taxonomy::axes()) {
            for (const TaxonomyEntry &e : m_edited.entries(axis)) {
                if (!m_document->taxonomy().contains(axis, e.key))
                    added << shownLabel(e);
            }
        }
        text = added.size() == 1 ? tr("Add “%1”").arg(added.constFirst()) : tr("Edit taxonomy");
    }
    const core::Taxonomy wanted = m_edited;
    auto done = m_document->changeTaxonomy(wanted, text);
    if (!done) {
        emit errorOccurred(done.error());
        return false;
    }
    m_edited = m_document->taxonomy();
    m_base = m_edited;
    updateStatus();
    return true;
}

void TaxonomyDialog::accept()
{
    if (hasChanges() && !applyChanges())
        return;
    QDialog::accept();
}

bool TaxonomyDialog::addEntry(TaxonomyAxis axis, const QString &label)
{
    if (label.trimmed().isEmpty())
        return false;
    TaxonomyEntry e;
    (french() ? e.labelFr : e.label) = label.trimmed();
    if (!addEntry(axis, e))
        return false;
    return applyChanges(tr("Add “%1”").arg(label.trimmed()));
}

bool TaxonomyDialog::renameEntry(TaxonomyAxis axis, int row, const QString &label)
{
    if (row < 0 || row >= m_edited.entries(axis).size() || label.trimmed().isEmpty())
        return false;
    TaxonomyEntry &e = m_edited.entries(axis)[row];
    (french() ? e.labelFr : e.label) = label.trimmed();
    updateItem(axis, row);
    loadForm();
    return applyChanges(tr("Rename to “%1”").arg(label.trimmed()));
}

bool TaxonomyDialog::recolourEntry(TaxonomyAxis axis, int row, const QColor &colour)
{
    if (row < 0 || row >= m_edited.entries(axis).size() || !colour.isValid())
        return false;
    m_edited.entries(axis)[row].color = colour.name();
    updateItem(axis, row);
    loadForm();
    return applyChanges(tr("Change colour"));
}

bool TaxonomyDialog::moveEntry(TaxonomyAxis axis, int row, int delta)
{
    if (!move(axis, row, delta))
        return false;
    return applyChanges(tr("Reorder"));
}

void TaxonomyDialog::chooseColour()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QColor c = QColorDialog::getColor(QColor(m_edited.entries(currentAxis()).at(row).color),
                                            this, tr("Colour"));
    if (!c.isValid())
        return;
    editCurrent([&](TaxonomyEntry &e) { e.color = c.name(); });
    m_colour->setIcon(swatch(c.name()));
    m_colour->setText(c.name());
}

// Asks for everything a new entry needs before it exists: both labels, and for a verdict
// its three mappings, each an explicit choice ("left out of FEVER" included), so that a
// verdict never leaves an export without the user having said so.
void TaxonomyDialog::addInteractively()
{
    const TaxonomyAxis axis = currentAxis();
    const bool verdict = axis == TaxonomyAxis::Verdict;
    const bool scope = axis == TaxonomyAxis::Scope;
    const bool fr = french();

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addEntryDialog"));
    dialog.setWindowTitle(verdict                               ? tr("Add a verdict")
                          : axis == TaxonomyAxis::EvidenceLevel ? tr("Add an evidence level")
                                                                : tr("Add a scope"));
    auto *form = new QFormLayout;
    auto *label = new QLineEdit(&dialog);
    label->setObjectName(QStringLiteral("newLabel"));
    auto *labelFr = new QLineEdit(&dialog);
    labelFr->setObjectName(QStringLiteral("newLabelFr"));
    auto *description = new QLineEdit(&dialog);
    description->setObjectName(QStringLiteral("newDescription"));
    auto *descriptionFr = new QLineEdit(&dialog);
    descriptionFr->setObjectName(QStringLiteral("newDescriptionFr"));
    for (QLineEdit *required : {label, labelFr})
        required->setPlaceholderText(tr("Required"));
    for (QLineEdit *optional : {description, descriptionFr})
        optional->setPlaceholderText(tr("Optional"));
    if (fr) {
        form->addRow(tr("&French label:"), labelFr);
        form->addRow(tr("&English label:"), label);
        form->addRow(tr("French descri&ption:"), descriptionFr);
        form->addRow(tr("English descr&iption:"), description);
    } else {
        form->addRow(tr("&English label:"), label);
        form->addRow(tr("&French label:"), labelFr);
        form->addRow(tr("English descr&iption:"), description);
        form->addRow(tr("French descri&ption:"), descriptionFr);
    }
    QComboBox *normalised = nullptr;
    QComboBox *fever = nullptr;
    QComboBox *rating = nullptr;
    QLineEdit *group = nullptr;
    QLineEdit *groupFr = nullptr;
    if (verdict) {
        normalised = new QComboBox(&dialog);
        normalised->setObjectName(QStringLiteral("newNormalised"));
        fillNormalised(normalised, true);
        fever = new QComboBox(&dialog);
        fever->setObjectName(QStringLiteral("newFever"));
        fillFever(fever, true);
        rating = new QComboBox(&dialog);
        rating->setObjectName(QStringLiteral("newRating"));
        fillRating(rating, true);
        form->addRow(tr("&ClaimsKG value:"), normalised);
        form->addRow(tr("FE&VER label:"), fever);
        form->addRow(tr("ClaimReview &rating:"), rating);
        auto *why = new QLabel(tr("Exports need these: a verdict left out of FEVER is taken as "
                                  "an opinion, and its claims are left out of the FEVER and "
                                  "ClaimReview exports (which say how many)."),
                               &dialog);
        why->setWordWrap(true);
        form->addRow(why);
    } else if (scope) {
        group = new QLineEdit(&dialog);
        group->setObjectName(QStringLiteral("newGroup"));
        groupFr = new QLineEdit(&dialog);
        groupFr->setObjectName(QStringLiteral("newGroupFr"));
        for (QLineEdit *g : {group, groupFr})
            g->setPlaceholderText(tr("Same as the label"));
        form->addRow(fr ? tr("Table group (Frenc&h):") : tr("Table &group (English):"),
                     fr ? groupFr : group);
        form->addRow(fr ? tr("Table &group (English):") : tr("Table group (Frenc&h):"),
                     fr ? group : groupFr);
    }
    auto *missing = new QLabel(&dialog);
    missing->setObjectName(QStringLiteral("newMissing"));
    missing->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(missing);
    layout->addWidget(buttons);

    // OK waits until nothing required is missing, and the dialog says what still is.
    const auto check = [&] {
        QStringList needed;
        if (fr && labelFr->text().trimmed().isEmpty())
            needed << tr("French label");
        if (label->text().trimmed().isEmpty())
            needed << tr("English label");
        if (!fr && labelFr->text().trimmed().isEmpty())
            needed << tr("French label");
        if (verdict) {
            if (!normalised->currentData().isValid())
                needed << tr("ClaimsKG value");
            if (!fever->currentData().isValid())
                needed << tr("FEVER label");
            if (!rating->currentData().isValid())
                needed << tr("ClaimReview rating");
        }
        missing->setText(needed.isEmpty() ? QString()
                                          : tr("Still needed: %1").arg(needed.join(u", "_s)));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(needed.isEmpty());
    };
    for (QLineEdit *edit : {label, labelFr})
        connect(edit, &QLineEdit::textChanged, &dialog, check);
    for (QComboBox *combo : {normalised, fever, rating}) {
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, &dialog, check);
    }
    check();
    (fr ? labelFr : label)->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;

    TaxonomyEntry e;
    e.label = label->text().trimmed();
    e.labelFr = labelFr->text().trimmed();
    e.description = description->text().trimmed();
    e.descriptionFr = descriptionFr->text().trimmed();
    if (verdict) {
        e.normalised = normalised->currentData().toString();
        e.feverLabel = fever->currentData().toString();
        e.rating = rating->currentData().toInt();
    } else if (scope) {
        e.group = group->text().trimmed();
        e.groupFr = groupFr->text().trimmed();
    }
    addEntry(axis, e);
    m_label->setFocus();
}

} // namespace crible::ui
