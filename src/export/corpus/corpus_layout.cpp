#include "corpus_layout.h"

#include <QSet>

namespace crible::exporters {

QString primaryLanguage(const QString &bcp47)
{
    const QString primary = bcp47.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (primary.size() < 2 || primary.size() > 8)
        return QStringLiteral("und");
    for (const QChar c : primary) {
        if (c < u'a' || c > u'z')
            return QStringLiteral("und");
    }
    return primary;
}

QString slugify(const QString &text)
{
    // Compatibility decomposition splits "é" into "e" plus a combining accent, which is
    // then dropped with every other non-ASCII character.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString slug;
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool alnum =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        if (alnum) {
            if (pendingHyphen && !slug.isEmpty())
                slug += u'-';
            pendingHyphen = false;
            slug += c.toLower();
        } else {
            pendingHyphen = true;
        }
    }
    return slug.left(80);
}

QString articleSlug(const core::Article &article)
{
    QString name = article.sourceFileName;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0)
        name.truncate(dot);
    const QString languageSuffix = u'.' + primaryLanguage(article.language);
    if (name.endsWith(languageSuffix, Qt::CaseInsensitive) && name.size() > languageSuffix.size())
        name.chop(languageSuffix.size());
    QString slug = slugify(name);
    if (slug.isEmpty())
        slug = slugify(article.title);
    if (slug.isEmpty())
        slug = QStringLiteral("article");
    return slug;
}

QStringList articleFolders(const QList<core::Article> &articles)
{
    QStringList folders;
    QSet<QString> used;
    for (const core::Article &article : articles) {
        const QString base = primaryLanguage(article.language) + u'/' + articleSlug(article);
        QString folder = base;
        for (int n = 2; used.contains(folder); ++n)
            folder = base + u'-' + QString::number(n);
        used.insert(folder);
        folders.append(folder);
    }
    return folders;
}

} // namespace crible::exporters
