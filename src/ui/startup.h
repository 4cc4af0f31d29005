#pragma once

#include "core/result.h"

#include <QString>
#include <memory>

class QTranslator;
class QCoreApplication;

namespace crible::ui {

class Document;

// Which project the editor opens: a project file or a corpus folder given on the command
// line, else the last project (QSettings), else on first run a project built from the
// shipped corpus in the application data folder, so a newcomer sees the French article.
core::Result<std::unique_ptr<Document>> openStartupProject(const QString &argument,
                                                           const QString &defaultCorpus,
                                                           const QString &seedArticle);

// Installs the UI translation: `override` ("en", "fr"), else the saved View > Language
// choice, else the system locale. Returns the language used ("en" or "fr").
QString installTranslations(QCoreApplication &app, const QString &override);

} // namespace crible::ui
