#include "sourcelinkdialog.h"

#include "core/taxonomy.h"
#include "core/validation.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>

namespace crible::ui {

QString exactPlainText(const QPlainTextEdit *edit)
{
    QString text = edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

SourceLinkDialog::SourceLinkDialog(Mode mode, const QList<core::Source> &sources, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_sources(sources)
{
    setWindowTitle(mode == Mode::NewSource ? tr("New source") : tr("Link a source"));
    auto *form = new QFormLayout;
    if (mode == Mode::ExistingSource) {
        // A bibliography grows to dozens of sources: sorted as the locale sorts, and found by
        // typing any part of a title or publisher.
        QList<std::pair<QString, qint64>> items;
        for (const core::Source &s : sources) {
            items.append(
                {s.publisher.isEmpty() ? s.title : tr("%1 (%2)").arg(s.title, s.publisher), s.id});
        }
        // The interface's locale; the C locale (no language set) sorts bytes, so English.
        QLocale locale;
        if (locale.language() == QLocale::C)
            locale = QLocale(QLocale::English);
        QCollator collator(locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(items.begin(), items.end(), [&collator](const auto &a, const auto &b) {
            return collator.compare(a.first, b.first) < 0;
        });
        m_existing = new QComboBox(this);
        m_existing->setObjectName(QStringLiteral("existingSource"));
        for (const auto &[label, id] : items)
            m_existing->addItem(label, id);
        m_existing->setEditable(true);
        m_existing->setInsertPolicy(QComboBox::NoInsert);
        m_existing->lineEdit()->setPlaceholderText(tr("Type part of a title or publisher"));
        m_existing->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_existing->completer()->setFilterMode(Qt::MatchContains);
        m_existing->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        form->addRow(tr("&Source:"), m_existing);
    } else {
        m_title = new QLineEdit(this);
        m_publisher = new QLineEdit(this);
        m_url = new QLineEdit(this);
        m_url->setPlaceholderText(QStringLiteral("https://"));
        m_date = new QLineEdit(this);
        m_date->setPlaceholderText(tr("YYYY-MM-DD"));
        m_documentNumber = new QLineEdit(this);
        m_primary =
            new QCheckBox(tr("Primary document (law, notice, court record, dataset)"), this);
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("&Publisher:"), m_publisher);
        form->addRow(tr("&URL:"), m_url);
        form->addRow(tr("&Date:"), m_date);
        form->addRow(tr("Document &number:"), m_documentNumber);
        form->addRow(QString(), m_primary);
    }
    m_stance = new QComboBox(this);
    for (const core::VocabularyTerm &t : core::sourceStances())
        m_stance->addItem(QCoreApplication::translate("crible::core", t.label.toUtf8().constData()),
                          t.key);
    m_passage = new QPlainTextEdit(this);
    m_passage->setPlaceholderText(tr("The passage of the source that bears on the claim"));
    m_passage->setTabChangesFocus(true);
    // Mnemonics distinct within each mode (Title, Publisher, URL, Date, Number / Source).
    form->addRow(tr("St&ance:"), m_stance);
    form->addRow(tr("Passa&ge:"), m_passage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_mode == Mode::NewSource) {
            if (auto valid = core::validateSource(source()); !valid) {
                QMessageBox::warning(this, windowTitle(), valid.error());
                return;
            }
        } else if (chosenIndex() < 0) {
            // Typed text that names no source: say so where the eye is, keep the dialog.
            m_existing->lineEdit()->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_existing->setToolTip(tr("No source is called that: pick one from the list."));
            m_existing->setFocus();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void SourceLinkDialog::setLink(const core::ClaimSourceLink &link)
{
    if (m_existing) {
        const int i = m_existing->findData(link.sourceId);
        if (i >= 0)
            m_existing->setCurrentIndex(i);
    }
    const int stance = m_stance->findData(link.stance);
    if (stance >= 0)
        m_stance->setCurrentIndex(stance);
    m_passage->setPlainText(link.passage);
    m_givenPassage = link.passage;
    m_shownPassage = exactPlainText(m_passage);
}

int SourceLinkDialog::chosenIndex() const
{
    if (!m_existing)
        return -1;
    // The text shown decides, not the last row the list had: the user may have typed over it.
    const int typed = m_existing->findText(m_existing->currentText(), Qt::MatchFixedString);
    return typed >= 0 ? typed : -1;
}

core::Source SourceLinkDialog::source() const
{
    core::Source s;
    if (m_mode != Mode::NewSource)
        return s;
    s.title = m_title->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.url = m_url->text().trimmed();
    s.date = m_date->text().trimmed();
    s.documentNumber = m_documentNumber->text().trimmed();
    s.primary = m_primary->isChecked();
    s.readVia = QStringLiteral("direct");
    return s;
}

core::ClaimSourceLink SourceLinkDialog::link() const
{
    core::ClaimSourceLink l;
    if (const int chosen = chosenIndex(); m_existing && chosen >= 0) {
        l.sourceId = m_existing->itemData(chosen).toLongLong();
        for (const core::Source &s : m_sources) {
            if (s.id == l.sourceId)
                l.sourceUuid = s.uuid;
        }
    }
    l.stance = m_stance->currentData().toString();
    const QString passage = exactPlainText(m_passage);
    l.passage = passage == m_shownPassage ? m_givenPassage : passage.trimmed();
    return l;
}

} // namespace crible::ui
