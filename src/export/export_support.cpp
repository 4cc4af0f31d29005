#include "export_support.h"

#include "core/offsets.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringEncoder>
#include <QTranslator>
#include <cstdio>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

core::Result<void> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::fail(QCoreApplication::translate("crible::export", "%1: cannot write: %2")
                              .arg(path, file.errorString()));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return core::fail(QCoreApplication::translate("crible::export", "%1: cannot write: %2")
                              .arg(path, reason));
    }
    if (!file.commit()) {
        return core::fail(QCoreApplication::translate("crible::export", "%1: cannot save: %2")
                              .arg(path, file.errorString()));
    }
    return {};
}

QString labelLanguage(const ExportData &data)
{
    return data.articles.isEmpty() ? QString() : data.articles.first().language;
}

namespace {

// The export text catalogue of the language in force on this thread, null for English.
thread_local const QTranslator *tCatalogue = nullptr;
thread_local QString tCatalogueLanguage;

const QTranslator *catalogueFor(const QString &bcp47)
{
    const QString language = bcp47.section(u'-', 0, 0).toLower();
    if (language.isEmpty() || language == QLatin1String("en"))
        return nullptr;
    // Loaded once per language and kept: exports may run on several threads.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(u":/i18n/export/crible_export_"_s + language + u".qm"_s))
            translator.reset();
        it = loaded.emplace(language, std::move(translator)).first;
    }
    return it->second.get();
}

} // namespace

QString exportTextLanguage()
{
    return tCatalogue ? tCatalogueLanguage : u"en"_s;
}

QString exportText(const char *source)
{
    if (tCatalogue) {
        const QString translated = tCatalogue->translate("crible::exporters", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

ExportLanguage::ExportLanguage(const ExportData &data)
    : m_previous(tCatalogue), m_previousLanguage(tCatalogueLanguage)
{
    tCatalogue = catalogueFor(labelLanguage(data));
    tCatalogueLanguage = labelLanguage(data).section(u'-', 0, 0).toLower();
}

ExportLanguage::~ExportLanguage()
{
    tCatalogue = static_cast<const QTranslator *>(m_previous);
    tCatalogueLanguage = m_previousLanguage;
}

QString entryLabel(const ExportData &data, core::TaxonomyAxis axis, const QString &key)
{
    if (const core::TaxonomyEntry *e = data.taxonomy.find(axis, key))
        return e->displayLabel(labelLanguage(data));
    return key;
}

QString scopeGroupLabel(const ExportData &data, const QString &scopeKey)
{
    if (const core::TaxonomyEntry *e = data.taxonomy.find(core::TaxonomyAxis::Scope, scopeKey)) {
        const QString group = e->displayGroup(labelLanguage(data));
        return group.isEmpty() ? e->displayLabel(labelLanguage(data)) : group;
    }
    return scopeKey.isEmpty() ? exportText(QT_TRANSLATE_NOOP("crible::exporters", "No scope given"))
                              : scopeKey;
}

QString entryColor(const ExportData &data, core::TaxonomyAxis axis, const QString &key)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (const core::TaxonomyEntry *e = data.taxonomy.find(axis, key)) {
        if (hex.match(e->color).hasMatch())
            return e->color.toLower();
    }
    return QStringLiteral("#777777");
}

bool isOpinion(const ExportData &data, const core::Claim &claim)
{
    return opinionReason(data, claim).has_value();
}

std::optional<ExportOmission::Reason> opinionReason(const ExportData &data,
                                                    const core::Claim &claim)
{
    using Reason = ExportOmission::Reason;
    // The mapping is checked first: a verdict with no FEVER label is what the user can fix
    // in the taxonomy, so it is the reason worth naming.
    const core::TaxonomyEntry *e = data.taxonomy.find(core::TaxonomyAxis::Verdict, claim.verdict);
    if (!e)
        return claim.verdict.isEmpty() ? Reason::NoVerdict : Reason::UnknownVerdict;
    if (e->feverLabel.isEmpty())
        return Reason::NoFeverLabel;
    if (claim.verdict == QLatin1String("opinion"))
        return Reason::OpinionVerdict;
    if (claim.kind == QLatin1String("opinion"))
        return Reason::OpinionKind;
    return std::nullopt;
}

struct Utf16Mapper::Private
{
    QHash<qint64, core::CodePointIndex> indexes;
};

Utf16Mapper::Utf16Mapper(const ExportData &data) : d(std::make_unique<Private>())
{
    for (const core::Article &a : data.articles)
        d->indexes.insert(a.id, core::CodePointIndex(a.text));
}

Utf16Mapper::~Utf16Mapper() = default;

Utf16Span Utf16Mapper::span(const core::Claim &claim) const
{
    const auto it = d->indexes.constFind(claim.articleId);
    if (it == d->indexes.cend())
        return {};
    return {it->toUtf16(claim.start), it->toUtf16(claim.end)};
}

QString sourceSummary(const ExportData &data, const core::ClaimSourceLink &link)
{
    const auto it = data.sources.constFind(link.sourceId);
    if (it == data.sources.cend())
        return link.sourceUuid;
    const core::Source &s = *it;
    QString out = s.title.isEmpty() ? s.uuid : s.title;
    QStringList details;
    if (!s.publisher.isEmpty())
        details << s.publisher;
    if (!s.date.isEmpty())
        details << s.date;
    if (!details.isEmpty())
        out += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
    if (!s.url.isEmpty())
        out += u' ' + s.url;
    if (!link.stance.isEmpty())
        out += QStringLiteral(" [") + link.stance + u']';
    return out;
}

QString sourcesSummary(const ExportData &data, const core::Claim &claim, const QString &separator)
{
    QStringList parts;
    parts.reserve(claim.sources.size());
    for (const core::ClaimSourceLink &link : claim.sources)
        parts << sourceSummary(data, link);
    return parts.join(separator);
}

QStringList rowHeaders()
{
    return {QStringLiteral("number"),
            QStringLiteral("id"),
            QStringLiteral("article_title"),
            QStringLiteral("article_url"),
            QStringLiteral("publisher"),
            QStringLiteral("published_date"),
            QStringLiteral("language"),
            QStringLiteral("quote"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("claimant"),
            QStringLiteral("restatement"),
            QStringLiteral("kind"),
            QStringLiteral("status"),
            QStringLiteral("verdict"),
            QStringLiteral("verdict_label"),
            QStringLiteral("normalised_verdict"),
            QStringLiteral("evidence_level"),
            QStringLiteral("evidence_label"),
            QStringLiteral("presented_as"),
            QStringLiteral("presented_as_label"),
            QStringLiteral("scope"),
            QStringLiteral("scope_label"),
            QStringLiteral("scope_group"),
            QStringLiteral("explanation"),
            QStringLiteral("status_as_of"),
            QStringLiteral("sources"),
            QStringLiteral("annotator"),
            QStringLiteral("created"),
            QStringLiteral("modified")};
}

QHash<qint64, const core::Article *> articleIndex(const ExportData &data)
{
    QHash<qint64, const core::Article *> index;
    for (const core::Article &a : data.articles)
        index.insert(a.id, &a);
    return index;
}

QStringList rowValues(const ExportData &data, const core::Claim &claim,
                      const core::Article *article, int number)
{
    using core::TaxonomyAxis;
    const core::TaxonomyEntry *verdict = data.taxonomy.find(TaxonomyAxis::Verdict, claim.verdict);
    return {QString::number(number),
            claim.uuid,
            article ? article->title : QString(),
            article ? article->url : QString(),
            article ? article->publisher : QString(),
            article ? article->publishedDate : QString(),
            article ? article->language : QString(),
            claim.quote,
            QString::number(claim.start),
            QString::number(claim.end),
            claim.claimant,
            claim.restatement,
            claim.kind,
            claim.status,
            claim.verdict,
            entryLabel(data, TaxonomyAxis::Verdict, claim.verdict),
            verdict ? verdict->normalised : QString(),
            claim.evidenceLevel,
            entryLabel(data, TaxonomyAxis::EvidenceLevel, claim.evidenceLevel),
            claim.presentedAs,
            entryLabel(data, TaxonomyAxis::Scope, claim.presentedAs),
            claim.scope,
            entryLabel(data, TaxonomyAxis::Scope, claim.scope),
            scopeGroupLabel(data, claim.scope),
            claim.explanation,
            claim.statusAsOf,
            sourcesSummary(data, claim, QStringLiteral("; ")),
            claim.annotator,
            isoTime(claim.created),
            isoTime(claim.modified)};
}

QString reviewDate(const core::Claim &claim)
{
    if (!claim.statusAsOf.isEmpty())
        return claim.statusAsOf;
    return claim.modified.isValid() ? claim.modified.toUTC().toString(QStringLiteral("yyyy-MM-dd"))
                                    : QString();
}

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    // QDateTime::toString was a sixth of a large export's time; the UTC fields are simple.
    const qint64 secs = time.toSecsSinceEpoch();
    const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const qint64 inDay = secs - days * 86400;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 0 || date.year() > 9999)
        return time.toUTC().toString(Qt::ISODate);
    char16_t buffer[20];
    auto put = [&buffer](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    buffer[4] = u'-';
    put(5, date.month(), 2);
    buffer[7] = u'-';
    put(8, date.day(), 2);
    buffer[10] = u'T';
    put(11, int(inDay / 3600), 2);
    buffer[13] = u':';
    put(14, int(inDay / 60 % 60), 2);
    buffer[16] = u':';
    put(17, int(inDay % 60), 2);
    buffer[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buffer), 20);
}

void appendHtmlEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
}

QString htmlEscaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    appendHtmlEscaped(out, text);
    return out;
}

void appendUtf8(QByteArray &out, QStringView text)
{
    if (text.isEmpty())
        return;
    // Encode straight into the output: no temporary QByteArray per value (this is the hot
    // path of large CSV and JSON Lines exports).
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype old = out.size();
    out.resize(old + encoder.requiredSpace(text.size()));
    char *end = encoder.appendToBuffer(out.data() + old, text);
    out.resize(end - out.constData());
}

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        appendUtf8(out, text.mid(run, i - run));
        run = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    appendUtf8(out, text.mid(run));
    out += '"';
}

void JsonLineWriter::separator()
{
    if (m_first.isEmpty())
        return;
    if (m_first.last())
        m_first.last() = false;
    else
        m_out += ',';
}

void JsonLineWriter::key(const char *name)
{
    separator();
    if (name) {
        m_out += '"';
        m_out += name; // keys are ASCII identifiers chosen by the exporters
        m_out += "\":";
    }
}

void JsonLineWriter::beginObject(const char *name)
{
    key(name);
    m_out += '{';
    m_first.append(true);
}

void JsonLineWriter::endObject()
{
    m_out += '}';
    m_first.removeLast();
}

void JsonLineWriter::beginArray(const char *name)
{
    key(name);
    m_out += '[';
    m_first.append(true);
}

void JsonLineWriter::endArray()
{
    m_out += ']';
    m_first.removeLast();
}

void JsonLineWriter::string(const char *name, QStringView value)
{
    key(name);
    appendJsonString(m_out, value);
}

void JsonLineWriter::number(const char *name, qint64 value)
{
    key(name);
    m_out += QByteArray::number(value);
}

void JsonLineWriter::boolean(const char *name, bool value)
{
    key(name);
    m_out += value ? "true" : "false";
}

void JsonLineWriter::null(const char *name)
{
    key(name);
    m_out += "null";
}

void JsonLineWriter::rawValue(const char *name, const QByteArray &json)
{
    key(name);
    m_out += json;
}

void JsonLineWriter::rawMembers(const QByteArray &members)
{
    if (members.isEmpty())
        return;
    separator();
    m_out += members;
}

void JsonLineWriter::stringValue(QStringView value)
{
    key(nullptr);
    appendJsonString(m_out, value);
}

QList<TableSection> tableSections(const ExportData &data)
{
    QList<TableSection> sections;
    const QStringList partitions =
        data.annotators.size() > 1 ? data.annotators : QStringList{QString()};
    for (const QString &annotator : partitions) {
        for (qsizetype i = 0; i < data.claims.size(); ++i) {
            const core::Claim &claim = data.claims.at(i);
            if (!annotator.isEmpty() && claim.annotator != annotator)
                continue;
            const QString group = scopeGroupLabel(data, claim.scope);
            if (sections.isEmpty() || sections.last().annotator != annotator ||
                sections.last().group != group) {
                sections.append({annotator, group, {}});
            }
            sections.last().claims.append(i);
        }
    }
    return sections;
}

namespace {

qsizetype axisIndex(const ExportData &data, core::TaxonomyAxis axis, const QString &key)
{
    const int i = data.taxonomy.indexOf(axis, key);
    return i < 0 ? data.taxonomy.entries(axis).size() : qsizetype(i);
}

} // namespace

QList<int> countBy(const ExportData &data, core::TaxonomyAxis axis)
{
    QList<int> counts(data.taxonomy.entries(axis).size() + 1, 0);
    for (const core::Claim &claim : data.claims) {
        const QString &key = axis == core::TaxonomyAxis::Scope           ? claim.scope
                             : axis == core::TaxonomyAxis::EvidenceLevel ? claim.evidenceLevel
                                                                         : claim.verdict;
        ++counts[axisIndex(data, axis, key)];
    }
    return counts;
}

QList<QList<int>> presentedAsByScope(const ExportData &data)
{
    const qsizetype n = data.taxonomy.entries(core::TaxonomyAxis::Scope).size() + 1;
    QList<QList<int>> matrix(n, QList<int>(n, 0));
    for (const core::Claim &claim : data.claims) {
        ++matrix[axisIndex(data, core::TaxonomyAxis::Scope, claim.presentedAs)]
                [axisIndex(data, core::TaxonomyAxis::Scope, claim.scope)];
    }
    return matrix;
}

QStringList axisLabels(const ExportData &data, core::TaxonomyAxis axis)
{
    QStringList labels;
    for (const core::TaxonomyEntry &e : data.taxonomy.entries(axis))
        labels << e.displayLabel(labelLanguage(data));
    labels << exportText(QT_TRANSLATE_NOOP("crible::exporters", "Not given"));
    return labels;
}

} // namespace crible::exporters::detail
