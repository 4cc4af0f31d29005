#pragma once

#include "core/article.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crible::exporters {

// The corpus keeps no folder name in the project, so export derives each article's folder
// (LANG/SLUG) from the article itself, the same way every time; import checks that a
// corpus follows the rule, which is what makes corpus -> project -> corpus byte-identical.

// Primary language subtag of a BCP 47 tag, lowercase; "und" when there is none.
QString primaryLanguage(const QString &bcp47);
// Lowercase ASCII letters and digits separated by single hyphens ("Émeute à Paris" ->
// "emeute-a-paris").
QString slugify(const QString &text);
// The folder's slug before de-duplication: the source file name without its extension and
// a trailing ".LANG" ("dictature-high-tech.fr.txt" -> "dictature-high-tech"), else the
// title, else "article".
QString articleSlug(const core::Article &article);
// "LANG/SLUG" for each article, in order; a repeated name gets "-2", "-3", ...
QStringList articleFolders(const QList<core::Article> &articles);

} // namespace crible::exporters
