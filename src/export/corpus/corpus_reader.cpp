// lupdate does not preprocess: it reads the block below, which the compiler never sees, and
// files every bare tr() of this file under "crible::export", the context of the local tr() helper
// (otherwise each call would be filed under its enclosing class). It must come before the
// includes, or lupdate attaches it to the namespace as the headers declare it.
#ifdef CRIBLE_LUPDATE_ONLY
namespace crible::exporters {
Q_DECLARE_TR_FUNCTIONS(crible::export)
}
#endif

#include "corpus_reader.h"

#include "core/anchor.h"
#include "core/offsets.h"
#include "core/validation.h"
#include "corpus_layout.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <optional>

namespace crible::exporters {

namespace {

// Diagnostics go under "crible::export", which the editor translates; "crible::exporters", the
// text written into exported files, never is (exports follow the article's language).
QString tr(const char *text)
{
    return QCoreApplication::translate("crible::export", text);
}

// Collects the problems of one file, naming it and (when set) the claim.
class ProblemSink
{
public:
    ProblemSink(QList<CorpusProblem> &problems, QString file)
        : m_problems(problems), m_file(std::move(file))
    {}
    void add(const QString &message, const QString &claimId = QString())
    {
        m_problems.append({m_file, claimId, message});
    }
    const QString &file() const { return m_file; }

private:
    QList<CorpusProblem> &m_problems;
    QString m_file;
};

// Reads typed fields of one JSON object, reporting missing keys and wrong types.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, ProblemSink &sink, QString claimId = QString())
        : m_object(object), m_sink(sink), m_claimId(std::move(claimId))
    {}

    QString string(const QString &key)
    {
        m_read.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            missing(key);
            return {};
        }
        if (!value.isString()) {
            m_sink.add(tr("\"%1\" is not a string").arg(key), m_claimId);
            return {};
        }
        return value.toString();
    }
    qint64 integer(const QString &key)
    {
        m_read.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            missing(key);
            return 0;
        }
        const double number = value.toDouble(-1.5);
        if (!value.isDouble() || number != double(qint64(number))) {
            m_sink.add(tr("\"%1\" is not an integer").arg(key), m_claimId);
            return 0;
        }
        return qint64(number);
    }
    bool boolean(const QString &key)
    {
        m_read.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            missing(key);
            return false;
        }
        if (!value.isBool())
            m_sink.add(tr("\"%1\" is not true or false").arg(key), m_claimId);
        return value.toBool();
    }
    QJsonArray array(const QString &key)
    {
        m_read.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            missing(key);
            return {};
        }
        if (!value.isArray())
            m_sink.add(tr("\"%1\" is not an array").arg(key), m_claimId);
        return value.toArray();
    }
    QJsonObject object(const QString &key)
    {
        m_read.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            missing(key);
            return {};
        }
        if (!value.isObject())
            m_sink.add(tr("\"%1\" is not an object").arg(key), m_claimId);
        return value.toObject();
    }
    QString date(const QString &key)
    {
        const QString value = string(key);
        if (!value.isEmpty() && !core::isValidIsoDate(value))
            m_sink.add(tr("malformed date \"%1\" in \"%2\" (expected YYYY-MM-DD, YYYY-MM or YYYY)")
                           .arg(value, key),
                       m_claimId);
        return value;
    }
    QString url(const QString &key)
    {
        const QString value = string(key);
        if (!value.isEmpty() && !core::isAbsoluteUrl(value))
            m_sink.add(tr("\"%1\" is not an absolute http(s) URL: \"%2\"").arg(key, value),
                       m_claimId);
        return value;
    }
    QDateTime time(const QString &key)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
        const QString value = string(key);
        if (value.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(value, Qt::ISODate);
        if (!pattern.match(value).hasMatch() || !parsed.isValid()) {
            m_sink.add(tr("malformed time \"%1\" in \"%2\" (expected YYYY-MM-DDTHH:MM:SSZ)")
                           .arg(value, key),
                       m_claimId);
            return {};
        }
        return parsed.toUTC();
    }

    // Export writes only the keys the format lists, so anything else would be lost on the
    // way back: reported rather than dropped in silence.
    void reportUnknownKeys()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_read.contains(it.key()))
                m_sink.add(tr("unknown key \"%1\" (export would drop it)").arg(it.key()),
                           m_claimId);
        }
    }

private:
    void missing(const QString &key) { m_sink.add(tr("missing key \"%1\"").arg(key), m_claimId); }

    QJsonObject m_object;
    ProblemSink &m_sink;
    QString m_claimId;
    QSet<QString> m_read;
};

std::optional<QJsonObject> readJsonObject(const QString &path, ProblemSink &sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sink.add(tr("cannot read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        sink.add(tr("invalid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        sink.add(tr("the top level is not a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

// Resolves a relative path named in a corpus file against `baseDir`, refusing anything that
// leaves the corpus folder: absolute paths, "..", and symbolic links pointing outside.
std::optional<QString> resolveInside(const QString &canonicalRoot, const QString &baseDir,
                                     const QString &relative, ProblemSink &sink)
{
    if (relative.isEmpty()) {
        sink.add(tr("empty path"));
        return std::nullopt;
    }
    if (relative.contains(u'\\')) {
        sink.add(tr("path \"%1\" uses a backslash: corpus paths are relative, with \"/\"")
                     .arg(relative));
        return std::nullopt;
    }
    if (QDir::isAbsolutePath(relative) || relative.startsWith(u'/') || relative.contains(u':')) {
        sink.add(
            tr("path \"%1\" is absolute: paths must stay inside the corpus folder").arg(relative));
        return std::nullopt;
    }
    const QStringList parts = relative.split(u'/');
    if (parts.contains(QStringLiteral(".."))) {
        sink.add(tr("path \"%1\" leaves the corpus folder").arg(relative));
        return std::nullopt;
    }
    const QFileInfo info(QDir(baseDir).filePath(relative));
    if (!info.exists()) {
        sink.add(tr("path \"%1\" does not exist").arg(relative));
        return std::nullopt;
    }
    const QString canonical = info.canonicalFilePath();
    if (canonical != canonicalRoot && !canonical.startsWith(canonicalRoot + u'/')) {
        sink.add(tr("path \"%1\" leads outside the corpus folder (symbolic link)").arg(relative));
        return std::nullopt;
    }
    return canonical;
}

void readSettings(const QJsonObject &object, CorpusContents &contents, ProblemSink &sink)
{
    FieldReader reader(object, sink);
    contents.settings.organisationName = reader.string(QStringLiteral("organisationName"));
    contents.settings.organisationUrl = reader.url(QStringLiteral("organisationUrl"));
    contents.settings.defaultAnnotator = reader.string(QStringLiteral("defaultAnnotator"));
    reader.reportUnknownKeys();
}

void readTaxonomy(const QString &root, CorpusContents &contents, QList<CorpusProblem> &problems)
{
    ProblemSink sink(problems, QStringLiteral("taxonomy.json"));
    // Like every other path, a symbolic link may not lead outside the corpus.
    const std::optional<QString> path =
        resolveInside(root, root, QStringLiteral("taxonomy.json"), sink);
    if (!path)
        return;
    const std::optional<QJsonObject> object = readJsonObject(*path, sink);
    if (!object)
        return;
    FieldReader top(*object, sink);
    const struct
    {
        core::TaxonomyAxis axis;
        const char16_t *name;
    } lists[] = {{core::TaxonomyAxis::Verdict, u"verdicts"},
                 {core::TaxonomyAxis::EvidenceLevel, u"evidenceLevels"},
                 {core::TaxonomyAxis::Scope, u"scopes"}};
    for (const auto &list : lists) {
        QSet<QString> keys;
        const QJsonArray entries = top.array(QString::fromUtf16(list.name));
        for (const QJsonValue &value : entries) {
            FieldReader reader(value.toObject(), sink);
            core::TaxonomyEntry entry;
            entry.key = reader.string(QStringLiteral("key"));
            entry.label = reader.string(QStringLiteral("label"));
            entry.labelFr = reader.string(QStringLiteral("labelFr"));
            entry.description = reader.string(QStringLiteral("description"));
            entry.descriptionFr = reader.string(QStringLiteral("descriptionFr"));
            entry.color = reader.string(QStringLiteral("color"));
            if (list.axis == core::TaxonomyAxis::Verdict) {
                entry.normalised = reader.string(QStringLiteral("normalised"));
                entry.feverLabel = reader.string(QStringLiteral("fever"));
                entry.rating = int(reader.integer(QStringLiteral("rating")));
                if (entry.rating < 0 || entry.rating > 5)
                    sink.add(tr("verdict \"%1\" has rating %2 (expected 0 to 5)")
                                 .arg(entry.key)
                                 .arg(entry.rating));
            } else if (list.axis == core::TaxonomyAxis::Scope) {
                entry.group = reader.string(QStringLiteral("group"));
                entry.groupFr = reader.string(QStringLiteral("groupFr"));
            }
            if (entry.key.isEmpty())
                sink.add(
                    tr("an entry of \"%1\" has an empty key").arg(QString::fromUtf16(list.name)));
            else if (keys.contains(entry.key))
                sink.add(tr("key \"%1\" appears twice in \"%2\"")
                             .arg(entry.key, QString::fromUtf16(list.name)));
            keys.insert(entry.key);
            reader.reportUnknownKeys();
            contents.taxonomy.entries(list.axis).append(entry);
        }
    }
    top.reportUnknownKeys();
}

void readSources(const QString &root, CorpusContents &contents, QList<CorpusProblem> &problems)
{
    ProblemSink sink(problems, QStringLiteral("sources.json"));
    // Like every other path, a symbolic link may not lead outside the corpus.
    const std::optional<QString> path =
        resolveInside(root, root, QStringLiteral("sources.json"), sink);
    if (!path)
        return;
    const std::optional<QJsonObject> object = readJsonObject(*path, sink);
    if (!object)
        return;
    FieldReader top(*object, sink);
    QString previous;
    for (const QJsonValue &value : top.array(QStringLiteral("sources"))) {
        FieldReader reader(value.toObject(), sink);
        core::Source source;
        source.uuid = reader.string(QStringLiteral("id"));
        source.title = reader.string(QStringLiteral("title"));
        source.originalTitle = reader.string(QStringLiteral("originalTitle"));
        source.publisher = reader.string(QStringLiteral("publisher"));
        source.url = reader.url(QStringLiteral("url"));
        source.archiveUrl = reader.url(QStringLiteral("archiveUrl"));
        source.date = reader.date(QStringLiteral("date"));
        source.accessedDate = reader.date(QStringLiteral("accessedDate"));
        source.language = reader.string(QStringLiteral("language"));
        source.documentNumber = reader.string(QStringLiteral("documentNumber"));
        source.translator = reader.string(QStringLiteral("translator"));
        source.primary = reader.boolean(QStringLiteral("primary"));
        source.readVia = reader.string(QStringLiteral("readVia"));
        source.reliability = reader.string(QStringLiteral("reliability"));
        source.notes = reader.string(QStringLiteral("notes"));
        reader.reportUnknownKeys();
        if (source.uuid.isEmpty())
            sink.add(tr("a source has an empty id"));
        else if (!previous.isEmpty() && source.uuid <= previous)
            sink.add(tr("source \"%1\" is out of order or repeated (sources are sorted by id)")
                         .arg(source.uuid));
        previous = source.uuid;
        if (!source.readVia.isEmpty() &&
            !core::vocabularyContains(core::readingModes(), source.readVia))
            sink.add(tr("source \"%1\": unknown readVia \"%2\"").arg(source.uuid, source.readVia));
        static const QRegularExpression admiralty(QStringLiteral("^[A-F]?$"));
        if (!admiralty.match(source.reliability).hasMatch())
            sink.add(tr("source \"%1\": reliability \"%2\" is not a letter A to F")
                         .arg(source.uuid, source.reliability));
        contents.sources.append(source);
    }
    top.reportUnknownKeys();
}

void checkKey(const core::Taxonomy &taxonomy, core::TaxonomyAxis axis, const QString &field,
              const QString &key, ProblemSink &sink, const QString &claimId)
{
    if (!key.isEmpty() && !taxonomy.contains(axis, key))
        sink.add(
            tr("unknown %1 key \"%2\" in \"%3\"").arg(core::Taxonomy::axisKey(axis), key, field),
            claimId);
}

void readClaims(const QString &path, const QString &relativePath, CorpusArticle &entry,
                const CorpusContents &contents, const QSet<QString> &sourceIds,
                QSet<QString> &claimIds, QList<CorpusProblem> &problems)
{
    ProblemSink sink(problems, relativePath);
    const std::optional<QJsonObject> object = readJsonObject(path, sink);
    if (!object)
        return;
    FieldReader top(*object, sink);
    const QString articleId = top.string(QStringLiteral("article"));
    if (articleId != entry.article.uuid)
        sink.add(tr("\"article\" is \"%1\" but article.json's id is \"%2\"")
                     .arg(articleId, entry.article.uuid));

    const QString &text = entry.article.text;
    const core::CodePointIndex index(text);
    const qint64 length = index.codePointLength();
    const core::Claim *previous = nullptr;
    const QJsonArray claims = top.array(QStringLiteral("claims"));
    top.reportUnknownKeys();
    entry.claims.reserve(claims.size());
    for (const QJsonValue &value : claims) {
        const QJsonObject claimObject = value.toObject();
        const QString id = claimObject.value(QStringLiteral("id")).toString();
        FieldReader reader(claimObject, sink, id);
        core::Claim claim;
        claim.uuid = reader.string(QStringLiteral("id"));
        claim.start = reader.integer(QStringLiteral("start"));
        claim.end = reader.integer(QStringLiteral("end"));
        claim.quote = reader.string(QStringLiteral("quote"));
        claim.prefix = reader.string(QStringLiteral("prefix"));
        claim.suffix = reader.string(QStringLiteral("suffix"));
        claim.claimant = reader.string(QStringLiteral("claimant"));
        claim.restatement = reader.string(QStringLiteral("restatement"));
        claim.kind = reader.string(QStringLiteral("kind"));
        claim.status = reader.string(QStringLiteral("status"));
        claim.verdict = reader.string(QStringLiteral("verdict"));
        claim.evidenceLevel = reader.string(QStringLiteral("evidenceLevel"));
        claim.presentedAs = reader.string(QStringLiteral("presentedAs"));
        claim.scope = reader.string(QStringLiteral("scope"));
        claim.explanation = reader.string(QStringLiteral("explanation"));
        claim.statusAsOf = reader.date(QStringLiteral("statusAsOf"));
        claim.annotator = reader.string(QStringLiteral("annotator"));
        claim.created = reader.time(QStringLiteral("created"));
        claim.modified = reader.time(QStringLiteral("modified"));
        for (const QJsonValue &linkValue : reader.array(QStringLiteral("sources"))) {
            FieldReader linkReader(linkValue.toObject(), sink, id);
            core::ClaimSourceLink link;
            link.sourceUuid = linkReader.string(QStringLiteral("source"));
            link.stance = linkReader.string(QStringLiteral("stance"));
            link.passage = linkReader.string(QStringLiteral("passage"));
            linkReader.reportUnknownKeys();
            if (!sourceIds.contains(link.sourceUuid))
                sink.add(tr("source \"%1\" is not in sources.json").arg(link.sourceUuid), id);
            if (!core::vocabularyContains(core::sourceStances(), link.stance))
                sink.add(
                    tr("unknown stance \"%1\" for source \"%2\"").arg(link.stance, link.sourceUuid),
                    id);
            claim.sources.append(link);
        }
        reader.reportUnknownKeys();

        if (claim.uuid.isEmpty())
            sink.add(tr("a claim has an empty id"));
        else if (claimIds.contains(claim.uuid))
            sink.add(tr("claim id appears twice in the corpus"), id);
        claimIds.insert(claim.uuid);

        if (claim.start < 0 || claim.end > length || claim.start >= claim.end) {
            sink.add(tr("span %1:%2 is outside the text (0:%3) or empty")
                         .arg(claim.start)
                         .arg(claim.end)
                         .arg(length),
                     id);
        } else {
            const core::TextQuoteAnchor anchor = core::TextQuoteAnchor::at(
                text, index, claim.start, claim.end, core::kAnchorContextLength);
            if (anchor.exact != claim.quote)
                sink.add(tr("quote \"%1\" is not the text at %2:%3, which reads \"%4\"")
                             .arg(claim.quote)
                             .arg(claim.start)
                             .arg(claim.end)
                             .arg(anchor.exact),
                         id);
            if (anchor.prefix != claim.prefix)
                sink.add(tr("prefix \"%1\" is not the %2 code points before the quote, \"%3\"")
                             .arg(claim.prefix)
                             .arg(core::kAnchorContextLength)
                             .arg(anchor.prefix),
                         id);
            if (anchor.suffix != claim.suffix)
                sink.add(tr("suffix \"%1\" is not the %2 code points after the quote, \"%3\"")
                             .arg(claim.suffix)
                             .arg(core::kAnchorContextLength)
                             .arg(anchor.suffix),
                         id);
        }

        checkKey(contents.taxonomy, core::TaxonomyAxis::Verdict, QStringLiteral("verdict"),
                 claim.verdict, sink, id);
        checkKey(contents.taxonomy, core::TaxonomyAxis::EvidenceLevel,
                 QStringLiteral("evidenceLevel"), claim.evidenceLevel, sink, id);
        checkKey(contents.taxonomy, core::TaxonomyAxis::Scope, QStringLiteral("presentedAs"),
                 claim.presentedAs, sink, id);
        checkKey(contents.taxonomy, core::TaxonomyAxis::Scope, QStringLiteral("scope"), claim.scope,
                 sink, id);
        if (!claim.kind.isEmpty() && !core::vocabularyContains(core::claimKinds(), claim.kind))
            sink.add(tr("unknown claim kind \"%1\"").arg(claim.kind), id);
        if (!core::vocabularyContains(core::claimStatuses(), claim.status))
            sink.add(tr("unknown claim status \"%1\"").arg(claim.status), id);
        if (claim.restatement.size() > core::kMaxRestatementLength)
            sink.add(tr("restatement is %1 characters long, at most %2 allowed")
                         .arg(claim.restatement.size())
                         .arg(core::kMaxRestatementLength),
                     id);

        if (previous) {
            const auto order = [](const core::Claim &c) {
                return std::tuple(c.start, c.end, c.uuid);
            };
            if (order(claim) < order(*previous))
                sink.add(tr("claim is out of order (claims are sorted by start, end, id)"), id);
        }
        entry.claims.append(claim);
        previous = &entry.claims.last();
    }
}

void readArticle(const QString &root, const QString &folder, CorpusContents &contents,
                 const QSet<QString> &sourceIds, QSet<QString> &articleIds, QSet<QString> &claimIds,
                 QList<CorpusProblem> &problems)
{
    ProblemSink corpusSink(problems, QStringLiteral("corpus.json"));
    const std::optional<QString> folderPath = resolveInside(root, root, folder, corpusSink);
    if (!folderPath)
        return;
    if (!QFileInfo(*folderPath).isDir()) {
        corpusSink.add(tr("article folder \"%1\" is not a folder").arg(folder));
        return;
    }
    const QString jsonRelative = folder + u"/article.json";
    ProblemSink sink(problems, jsonRelative);
    const std::optional<QString> jsonPath =
        resolveInside(root, *folderPath, QStringLiteral("article.json"), sink);
    if (!jsonPath)
        return;
    const std::optional<QJsonObject> object = readJsonObject(*jsonPath, sink);
    if (!object)
        return;

    CorpusArticle entry;
    entry.folder = folder;
    core::Article &article = entry.article;
    FieldReader reader(*object, sink);
    article.uuid = reader.string(QStringLiteral("id"));
    article.title = reader.string(QStringLiteral("title"));
    article.publisher = reader.string(QStringLiteral("publisher"));
    article.author = reader.string(QStringLiteral("author"));
    article.url = reader.url(QStringLiteral("url"));
    article.publishedDate = reader.date(QStringLiteral("publishedDate"));
    article.language = reader.string(QStringLiteral("language"));
    article.version = int(reader.integer(QStringLiteral("version")));
    article.sourceEncoding = reader.string(QStringLiteral("sourceEncoding"));
    article.sourceFileName = reader.string(QStringLiteral("sourceFileName"));
    article.importedAt = reader.time(QStringLiteral("importedAt"));
    article.sha256 = reader.string(QStringLiteral("sha256"));
    const QString textName = reader.string(QStringLiteral("text"));
    const QString claimsName = reader.string(QStringLiteral("claims"));
    reader.reportUnknownKeys();

    if (article.uuid.isEmpty())
        sink.add(tr("the article has an empty id"));
    else if (articleIds.contains(article.uuid))
        sink.add(tr("article id \"%1\" appears twice in the corpus").arg(article.uuid));
    articleIds.insert(article.uuid);
    if (article.version < 1)
        sink.add(tr("version %1 is not a positive integer").arg(article.version));

    if (textName.isEmpty())
        return;
    const std::optional<QString> textPath = resolveInside(root, *folderPath, textName, sink);
    if (!textPath)
        return;
    const QString textRelative = folder + u'/' + textName;
    ProblemSink textSink(problems, textRelative);
    QFile textFile(*textPath);
    if (!textFile.open(QIODevice::ReadOnly)) {
        textSink.add(tr("cannot read: %1").arg(textFile.errorString()));
        return;
    }
    article.originalBytes = textFile.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    article.text = decoder.decode(article.originalBytes);
    if (decoder.hasError()) {
        textSink.add(tr("not valid UTF-8"));
        return;
    }
    if (article.originalBytes.startsWith("\xEF\xBB\xBF"))
        textSink.add(tr("starts with a byte order mark"));
    if (article.text.contains(u'\r'))
        textSink.add(tr("has a carriage return: the stored text uses \"\\n\" line endings"));
    if (article.text != article.text.normalized(QString::NormalizationForm_C))
        textSink.add(tr("is not in Unicode normalisation form C"));
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(article.originalBytes, QCryptographicHash::Sha256).toHex());
    if (digest != article.sha256)
        sink.add(tr("sha256 \"%1\" does not match %2 (%3)").arg(article.sha256, textName, digest));

    const QString lang = folder.section(u'/', 0, 0);
    if (lang != primaryLanguage(article.language))
        corpusSink.add(tr("article folder \"%1\" is not under the article's language \"%2\"")
                           .arg(folder, primaryLanguage(article.language)));

    if (!claimsName.isEmpty()) {
        const std::optional<QString> claimsPath =
            resolveInside(root, *folderPath, claimsName, sink);
        if (claimsPath)
            readClaims(*claimsPath, folder + u'/' + claimsName, entry, contents, sourceIds,
                       claimIds, problems);
    }
    contents.articles.append(entry);
}

} // namespace

QString describeProblem(const CorpusProblem &problem)
{
    if (problem.claimId.isEmpty())
        return problem.file + u": " + problem.message;
    return problem.file + u": claim " + problem.claimId + u": " + problem.message;
}

CorpusContents readCorpus(const QString &corpusDir, QList<CorpusProblem> &problems)
{
    CorpusContents contents;
    ProblemSink sink(problems, QStringLiteral("corpus.json"));
    const QFileInfo rootInfo(corpusDir);
    if (!rootInfo.isDir()) {
        problems.append({corpusDir, QString(), tr("no such corpus folder")});
        return contents;
    }
    const QString root = rootInfo.canonicalFilePath();
    const std::optional<QString> corpusJson =
        resolveInside(root, root, QStringLiteral("corpus.json"), sink);
    if (!corpusJson)
        return contents;
    const std::optional<QJsonObject> object = readJsonObject(*corpusJson, sink);
    if (!object)
        return contents;

    FieldReader reader(*object, sink);
    const QString format = reader.string(QStringLiteral("format"));
    if (format != QStringView(kCorpusFormatName)) {
        sink.add(tr("unknown format \"%1\" (expected \"%2\")")
                     .arg(format, QString::fromUtf16(kCorpusFormatName)));
        return contents;
    }
    const qint64 version = reader.integer(QStringLiteral("version"));
    if (version > kCorpusFormatVersion) {
        sink.add(tr("format version %1 is newer than this Crible reads (%2): update Crible")
                     .arg(version)
                     .arg(kCorpusFormatVersion));
        return contents;
    }
    if (version < 1) {
        sink.add(tr("unknown format version %1").arg(version));
        return contents;
    }
    readSettings(reader.object(QStringLiteral("settings")), contents, sink);
    for (const QJsonValue &value : reader.array(QStringLiteral("annotators"))) {
        if (!value.isString())
            sink.add(tr("an annotator is not a string"));
        contents.annotators.append(value.toString());
    }
    QStringList sorted = contents.annotators;
    sorted.sort();
    if (sorted != contents.annotators)
        sink.add(tr("\"annotators\" is not sorted"));

    readTaxonomy(root, contents, problems);
    readSources(root, contents, problems);
    QSet<QString> sourceIds;
    for (const core::Source &source : std::as_const(contents.sources))
        sourceIds.insert(source.uuid);

    QSet<QString> articleIds;
    QSet<QString> claimIds;
    QSet<QString> folders;
    for (const QJsonValue &value : reader.array(QStringLiteral("articles"))) {
        const QString folder = value.toString();
        if (!value.isString() || folder.isEmpty()) {
            sink.add(tr("an entry of \"articles\" is not a folder name"));
            continue;
        }
        if (folders.contains(folder)) {
            sink.add(tr("article folder \"%1\" is listed twice").arg(folder));
            continue;
        }
        folders.insert(folder);
        readArticle(root, folder, contents, sourceIds, articleIds, claimIds, problems);
    }

    reader.reportUnknownKeys();

    // Export lists the annotators of the claims, sorted: any other list would not come back.
    QSet<QString> claimAnnotators;
    for (const CorpusArticle &entry : std::as_const(contents.articles)) {
        for (const core::Claim &claim : entry.claims) {
            if (!claim.annotator.isEmpty())
                claimAnnotators.insert(claim.annotator);
        }
    }
    for (const QString &name : std::as_const(contents.annotators)) {
        if (!claimAnnotators.contains(name))
            sink.add(tr("annotator \"%1\" has no claim in the corpus (export lists the "
                        "annotators of the claims)")
                         .arg(name));
    }
    for (const QString &name : std::as_const(claimAnnotators)) {
        if (!contents.annotators.contains(name))
            sink.add(tr("annotator \"%1\" of some claims is not in \"annotators\"").arg(name));
    }

    // Export names folders by a fixed rule; a corpus that follows it comes back byte for byte.
    QList<core::Article> articles;
    for (const CorpusArticle &entry : std::as_const(contents.articles))
        articles.append(entry.article);
    const QStringList expected = articleFolders(articles);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected.at(i) != contents.articles.at(i).folder)
            sink.add(tr("article folder \"%1\" should be named \"%2\" (from the article's "
                        "language and source file name or title), as export names it")
                         .arg(contents.articles.at(i).folder, expected.at(i)));
    }
    return contents;
}

QList<CorpusProblem> checkCorpus(const QString &corpusDir)
{
    QList<CorpusProblem> problems;
    (void)readCorpus(corpusDir, problems);
    return problems;
}

} // namespace crible::exporters
