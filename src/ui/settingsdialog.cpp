#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace crible::ui {

SettingsDialog::SettingsDialog(const core::ProjectSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Project settings"));
    m_name = new QLineEdit(settings.organisationName, this);
    m_url = new QLineEdit(settings.organisationUrl, this);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_annotator = new QLineEdit(settings.defaultAnnotator, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Publishing &organisation:"), m_name);
    form->addRow(tr("Organisation &URL:"), m_url);
    form->addRow(tr("Default &annotator:"), m_annotator);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

core::ProjectSettings SettingsDialog::settings() const
{
    core::ProjectSettings s;
    s.organisationName = m_name->text().trimmed();
    s.organisationUrl = m_url->text().trimmed();
    s.defaultAnnotator = m_annotator->text().trimmed();
    return s;
}

} // namespace crible::ui
