#pragma once

#include "core/settings.h"

#include <QDialog>

class QLineEdit;

namespace crible::ui {

// Project settings: the publishing organisation (ClaimReview's author) and the default
// annotator.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const core::ProjectSettings &settings, QWidget *parent = nullptr);
    core::ProjectSettings settings() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_annotator;
};

} // namespace crible::ui
