#include "validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace crible::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crible::core", text);
}

Result<void> checkKey(const Taxonomy &taxonomy, TaxonomyAxis axis, const QString &field,
                      const QString &key)
{
    if (key.isEmpty() || taxonomy.contains(axis, key))
        return {};
    return fail(tr("unknown %1 key \"%2\" in %3").arg(Taxonomy::axisKey(axis), key, field));
}

} // namespace

bool isValidIsoDate(const QString &date)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(date);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return QDate(year, month, day).isValid();
}

bool isAbsoluteUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.isRelative() && !parsed.host().isEmpty() &&
           (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"));
}

Result<void> validateSpan(qint64 start, qint64 end, qint64 length)
{
    if (start < 0 || end > length || start >= end) {
        return fail(tr("span %1:%2 is outside the text (0:%3) or empty")
                        .arg(start)
                        .arg(end)
                        .arg(length));
    }
    return {};
}

Result<void> validateClaimFields(const Claim &claim, const Taxonomy &taxonomy)
{
    if (auto r = checkKey(taxonomy, TaxonomyAxis::Verdict, QStringLiteral("verdict"), claim.verdict); !r)
        return r;
    if (auto r = checkKey(taxonomy, TaxonomyAxis::EvidenceLevel, QStringLiteral("evidence level"), claim.evidenceLevel); !r)
        return r;
    if (auto r = checkKey(taxonomy, TaxonomyAxis::Scope, QStringLiteral("scope"), claim.scope); !r)
        return r;
    if (auto r = checkKey(taxonomy, TaxonomyAxis::Scope, QStringLiteral("presented as"), claim.presentedAs); !r)
        return r;
    if (!claim.kind.isEmpty() && !vocabularyContains(claimKinds(), claim.kind))
        return fail(tr("unknown claim kind \"%1\"").arg(claim.kind));
    if (!vocabularyContains(claimStatuses(), claim.status))
        return fail(tr("unknown claim status \"%1\"").arg(claim.status));
    if (!claim.statusAsOf.isEmpty() && !isValidIsoDate(claim.statusAsOf))
        return fail(tr("malformed status-as-of date \"%1\" (expected YYYY-MM-DD)").arg(claim.statusAsOf));
    if (claim.restatement.size() > kMaxRestatementLength)
        return fail(tr("restatement is %1 characters long, at most %2 allowed")
                        .arg(claim.restatement.size())
                        .arg(kMaxRestatementLength));
    if (claim.start < 0 || claim.end <= claim.start)
        return fail(tr("span %1:%2 is empty or reversed").arg(claim.start).arg(claim.end));
    for (const ClaimSourceLink &link : claim.sources) {
        if (!vocabularyContains(sourceStances(), link.stance))
            return fail(tr("unknown source stance \"%1\"").arg(link.stance));
    }
    return {};
}

Result<void> validateSource(const Source &source)
{
    if (source.title.trimmed().isEmpty() && source.url.isEmpty())
        return fail(tr("a source needs a title or a URL"));
    if (!source.url.isEmpty() && !isAbsoluteUrl(source.url))
        return fail(tr("source URL \"%1\" is not an absolute http(s) URL").arg(source.url));
    if (!source.archiveUrl.isEmpty() && !isAbsoluteUrl(source.archiveUrl))
        return fail(tr("archive URL \"%1\" is not an absolute http(s) URL").arg(source.archiveUrl));
    if (!source.date.isEmpty() && !isValidIsoDate(source.date))
        return fail(tr("malformed source date \"%1\" (expected YYYY-MM-DD)").arg(source.date));
    if (!source.accessedDate.isEmpty() && !isValidIsoDate(source.accessedDate))
        return fail(tr("malformed accessed date \"%1\" (expected YYYY-MM-DD)").arg(source.accessedDate));
    if (!source.readVia.isEmpty() && !vocabularyContains(readingModes(), source.readVia))
        return fail(tr("unknown reading mode \"%1\"").arg(source.readVia));
    static const QRegularExpression letter(QStringLiteral("^[A-F]?$"));
    if (!letter.match(source.reliability).hasMatch())
        return fail(tr("reliability \"%1\" is not an Admiralty letter A-F").arg(source.reliability));
    return {};
}

} // namespace crible::core
