#include "article.h"

#include <QCryptographicHash>

namespace crible::core {

void Article::updateDigest()
{
    sha256 = QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace crible::core
