#include "taxonomydialog.h"

#include "document.h"
#include "taxonomymodel.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace crible::ui {

namespace {

int axisIndex(core::TaxonomyAxis axis)
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

} // namespace

TaxonomyDialog::TaxonomyDialog(Document *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Taxonomy"));
    setObjectName(QStringLiteral("taxonomyDialog"));
    m_tabs = new QTabWidget(this);
    const QString titles[] = {tr("Verdicts"), tr("Evidence levels"), tr("Scopes")};
    for (core::TaxonomyAxis axis : core::Taxonomy::axes()) {
        auto *l = new QListWidget(this);
        m_lists[axisIndex(axis)] = l;
        m_tabs->addTab(l, titles[axisIndex(axis)]);
    }
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *rename = new QPushButton(tr("&Rename…"), this);
    auto *colour = new QPushButton(tr("&Colour…"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, rename, colour, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_tabs, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString label = QInputDialog::getText(this, tr("Add entry"), tr("Label:"),
                                                    QLineEdit::Normal, QString(), &ok);
        if (ok)
            addEntry(currentAxis(), label);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const int r = list(currentAxis())->currentRow();
        if (r < 0)
            return;
        bool ok = false;
        const QString label =
            QInputDialog::getText(this, tr("Rename entry"), tr("Label:"), QLineEdit::Normal,
                                  list(currentAxis())->item(r)->text(), &ok);
        if (ok)
            renameEntry(currentAxis(), r, label);
    });
    connect(colour, &QPushButton::clicked, this, [this] {
        const int r = list(currentAxis())->currentRow();
        if (r < 0)
            return;
        const QColor c = QColorDialog::getColor(
            QColor(m_document->taxonomy().entries(currentAxis()).at(r).color), this);
        if (c.isValid())
            recolourEntry(currentAxis(), r, c);
    });
    connect(up, &QPushButton::clicked, this,
            [this] { moveEntry(currentAxis(), list(currentAxis())->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this,
            [this] { moveEntry(currentAxis(), list(currentAxis())->currentRow(), 1); });
    connect(m_document, &Document::taxonomyChanged, this, &TaxonomyDialog::refresh);
    refresh();
    resize(560, 380);
}

core::TaxonomyAxis TaxonomyDialog::currentAxis() const
{
    return core::Taxonomy::axes().at(m_tabs->currentIndex());
}

QListWidget *TaxonomyDialog::list(core::TaxonomyAxis axis) const
{
    return m_lists[axisIndex(axis)];
}

void TaxonomyDialog::refresh()
{
    const QString language = TaxonomyModel::labelLanguage();
    for (core::TaxonomyAxis axis : core::Taxonomy::axes()) {
        QListWidget *l = list(axis);
        const int current = l->currentRow();
        l->clear();
        for (const core::TaxonomyEntry &e : m_document->taxonomy().entries(axis)) {
            QPixmap swatch(14, 14);
            swatch.fill(QColor(e.color));
            auto *item = new QListWidgetItem(QIcon(swatch), e.displayLabel(language));
            item->setToolTip(e.displayDescription(language));
            l->addItem(item);
        }
        l->setCurrentRow(std::min(current, l->count() - 1));
    }
}

bool TaxonomyDialog::apply(const core::Taxonomy &taxonomy, const QString &text)
{
    auto done = m_document->changeTaxonomy(taxonomy, text);
    if (!done)
        emit errorOccurred(done.error());
    return done.ok();
}

bool TaxonomyDialog::addEntry(core::TaxonomyAxis axis, const QString &label)
{
    if (label.trimmed().isEmpty())
        return false;
    core::Taxonomy t = m_document->taxonomy();
    core::TaxonomyEntry e;
    QString key = slug(label);
    for (int n = 2; t.contains(axis, key); ++n)
        key = slug(label) + QLatin1Char('-') + QString::number(n);
    e.key = key;
    e.label = label.trimmed();
    e.labelFr = label.trimmed();
    e.color = QStringLiteral("#808080");
    if (axis == core::TaxonomyAxis::Scope) {
        e.group = e.label;
        e.groupFr = e.labelFr;
    }
    t.entries(axis).append(e);
    const bool ok = apply(t, tr("Add “%1”").arg(label.trimmed()));
    if (ok)
        list(axis)->setCurrentRow(list(axis)->count() - 1);
    return ok;
}

bool TaxonomyDialog::renameEntry(core::TaxonomyAxis axis, int row, const QString &label)
{
    core::Taxonomy t = m_document->taxonomy();
    if (row < 0 || row >= t.entries(axis).size() || label.trimmed().isEmpty())
        return false;
    core::TaxonomyEntry &e = t.entries(axis)[row];
    (french() ? e.labelFr : e.label) = label.trimmed();
    return apply(t, tr("Rename to “%1”").arg(label.trimmed()));
}

bool TaxonomyDialog::recolourEntry(core::TaxonomyAxis axis, int row, const QColor &colour)
{
    core::Taxonomy t = m_document->taxonomy();
    if (row < 0 || row >= t.entries(axis).size() || !colour.isValid())
        return false;
    t.entries(axis)[row].color = colour.name();
    return apply(t, tr("Change colour"));
}

bool TaxonomyDialog::moveEntry(core::TaxonomyAxis axis, int row, int delta)
{
    core::Taxonomy t = m_document->taxonomy();
    const int target = row + delta;
    if (row < 0 || row >= t.entries(axis).size() || target < 0 || target >= t.entries(axis).size())
        return false;
    t.entries(axis).move(row, target);
    const bool ok = apply(t, tr("Reorder"));
    if (ok)
        list(axis)->setCurrentRow(target);
    return ok;
}

} // namespace crible::ui
