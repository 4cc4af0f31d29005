#pragma once

// Internal helpers shared by the exporters (not part of the export interface).

#include "exporter.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <memory>
#include <optional>

class QTextDocument;

namespace crible::exporters::detail {

// Writes `bytes` to `path` through QSaveFile; on failure returns the reason, naming the file.
core::Result<void> writeAtomically(const QString &path, const QByteArray &bytes);

// The language of an export's text: the first article's language. French articles get
// French headings and the French labels of the taxonomy, so a French table reads as the
// article does; a language without a catalogue gets English. Machine formats (CSV, TSV,
// JSON) keep English keys whatever the language.
QString labelLanguage(const ExportData &data);

// Text written into an exported file ("crible::exporters" sources), in the language of the
// ExportLanguage in force on this thread; English when none is, or the language has no
// catalogue (src/export/translations/crible_export_*.ts).
QString exportText(const char *source);
// The BCP 47 language exportText() speaks now: "en", or the catalogue's ("fr").
QString exportTextLanguage();

// For the duration of one write(): exportText() speaks the export's language. The editor's
// own translator plays no part, so a French article exports in French from an English
// editor and the other way round.
class ExportLanguage final
{
public:
    explicit ExportLanguage(const ExportData &data);
    ~ExportLanguage();
    Q_DISABLE_COPY_MOVE(ExportLanguage)

private:
    const void *m_previous;
    QString m_previousLanguage;
};

// Label of a taxonomy key in the label language; the key itself when the taxonomy lacks it.
QString entryLabel(const ExportData &data, core::TaxonomyAxis axis, const QString &key);
QString scopeGroupLabel(const ExportData &data, const QString &scopeKey);
// "#rrggbb" from the taxonomy, or a neutral grey when the entry has no valid colour: a
// colour reaches inline CSS, so only this shape is let through.
QString entryColor(const ExportData &data, core::TaxonomyAxis axis, const QString &key);

// Opinions (and verdicts with no FEVER label) have no place in FEVER or ClaimReview.
bool isOpinion(const ExportData &data, const core::Claim &claim);
// Why isOpinion() holds for a claim (nothing when it does not): the one rule FEVER and
// ClaimReview leave claims out by, so what they report matches what they write.
std::optional<ExportOmission::Reason> opinionReason(const ExportData &data,
                                                    const core::Claim &claim);
// What FEVER and ClaimReview leave out: the drafts, then their opinions by reason and verdict.
// `formatName` names the format in the messages ("FEVER", "ClaimReview").
QList<ExportOmission> opinionOmissions(const ExportData &data, const QString &formatName);

// UTF-16 offsets of a claim in its article (0 when the article is missing).
struct Utf16Span
{
    qint64 start = 0;
    qint64 end = 0;
};

// Caches one CodePointIndex per article, so a large export converts in O(log n) per claim.
class Utf16Mapper final
{
public:
    explicit Utf16Mapper(const ExportData &data);
    ~Utf16Mapper();
    Q_DISABLE_COPY_MOVE(Utf16Mapper)
    Utf16Span span(const core::Claim &claim) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// One line per source link: "title (publisher, date) URL [stance]".
QString sourceSummary(const ExportData &data, const core::ClaimSourceLink &link);
QString sourcesSummary(const ExportData &data, const core::Claim &claim, const QString &separator);

// The full field list of one fact-check row (FORMATS.md), shared by CSV, TSV and Markdown.
// `number` is the row's position in the table (1-based).
QStringList rowHeaders();
QStringList rowValues(const ExportData &data, const core::Claim &claim,
                      const core::Article *article, int number);

// Articles by id (ExportData::articleById is a linear scan; large exports look up often).
QHash<qint64, const core::Article *> articleIndex(const ExportData &data);

// Date only (YYYY-MM-DD) of "status as of", else of the modified time.
QString reviewDate(const core::Claim &claim);
QString isoTime(const QDateTime &time);

// Escaping.
void appendHtmlEscaped(QString &out, QStringView text);
QString htmlEscaped(QStringView text);
void appendJsonString(QByteArray &out, QStringView text);
void appendUtf8(QByteArray &out, QStringView text);

// Minimal streaming JSON writer for the line formats: keys stay in the order written (a
// reader sees "id" first), output is compact UTF-8, and it is much faster than building
// QJsonObjects for 100,000 rows.
class JsonLineWriter final
{
public:
    explicit JsonLineWriter(QByteArray &out) : m_out(out) {}
    void beginObject(const char *key = nullptr);
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();
    void string(const char *key, QStringView value);
    void number(const char *key, qint64 value);
    void boolean(const char *key, bool value);
    void null(const char *key);
    void stringValue(QStringView value); // inside an array
    // Pre-encoded JSON: a whole value under `key`, or members ("a":1,"b":2) of the open object.
    void rawValue(const char *key, const QByteArray &json);
    void rawMembers(const QByteArray &members);

private:
    void key(const char *name); // separator, then the key when not null
    void separator();
    QByteArray &m_out;
    QList<bool> m_first; // per open container: nothing written in it yet
};

// The three scales as schema.org DefinedTermSets: the definition block of the JSON formats.
QJsonArray scaleDefinitionsJson(const ExportData &data);

// Factories of the built-in exporters, one per file.
std::unique_ptr<Exporter> makeCsvExporter();
std::unique_ptr<Exporter> makeTsvExporter();
std::unique_ptr<Exporter> makeMarkdownExporter();
std::unique_ptr<Exporter> makeHtmlExporter();
std::unique_ptr<Exporter> makeAnnotatedHtmlExporter();
std::unique_ptr<Exporter> makeOdtExporter();
std::unique_ptr<Exporter> makePdfExporter();
std::unique_ptr<Exporter> makeJsonLinesExporter();
std::unique_ptr<Exporter> makeFeverExporter();
std::unique_ptr<Exporter> makeClaimReviewExporter();
std::unique_ptr<Exporter> makeW3cExporter();

// The fact-check table's layout (DESIGN.md): with several annotators one table per
// annotator, each grouped by scope group in taxonomy order. A row's number is its claim's
// position in ExportData::claims (1-based), the same in every table format.
struct TableSection
{
    QString annotator;       // empty with a single annotator
    QString group;           // scope group label
    QList<qsizetype> claims; // indexes into ExportData::claims
};
QList<TableSection> tableSections(const ExportData &data);

// Counts for the header: index i is the taxonomy's entry i, the last index everything the
// taxonomy does not know (or an empty key).
QList<int> countBy(const ExportData &data, core::TaxonomyAxis axis);
// matrix[presentedAs][scope], same indexing.
QList<QList<int>> presentedAsByScope(const ExportData &data);
// Header labels for those indexes (the last one "Not given").
QStringList axisLabels(const ExportData &data, core::TaxonomyAxis axis);

// The fact-check table as HTML. `forQtRichText` gives the subset that QTextDocument lays out
// (ODT, PDF): attributes instead of modern CSS.
QString factCheckHtml(const ExportData &data, bool forQtRichText);
// Pieces shared with the annotated article.
QString legendHtml(const ExportData &data, bool forQtRichText);
QString levelHtml(const ExportData &data, core::TaxonomyAxis axis, const QString &key);
QString linkHtml(const QString &url, const QString &text); // only http(s) becomes a link
// Lays the table out for Qt's ODF and PDF writers, with fonts that cover CJK and Arabic.
void prepareDocument(QTextDocument &doc, const ExportData &data, qreal pointSize);
QString documentHead(const QString &title, bool forQtRichText, const QString &extraCss);

} // namespace crible::exporters::detail
