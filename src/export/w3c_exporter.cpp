#include "export_support.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace crible::exporters::detail {

namespace {

QJsonObject textBody(const QString &purpose, const QString &value, const QString &language)
{
    QJsonObject body{{u"type"_s, u"TextualBody"_s},
                     {u"purpose"_s, purpose},
                     {u"value"_s, value},
                     {u"format"_s, u"text/plain"_s}};
    if (!language.isEmpty())
        body.insert(u"language"_s, language);
    return body;
}

// Grades as tags "axis:key" (machine readable) plus one assessing body in words.
QJsonObject annotation(const ExportData &data, const core::Claim &c, const core::Article *a)
{
    using core::TaxonomyAxis;
    QJsonArray body;
    body.append(textBody(
        u"assessing"_s,
        QString(entryLabel(data, TaxonomyAxis::Verdict, c.verdict) + u". "_s + c.explanation),
        QString()));
    if (!c.restatement.isEmpty())
        body.append(textBody(u"describing"_s, c.restatement, QString()));
    body.append(textBody(u"classifying"_s, QString(u"verdict:"_s + c.verdict), QString()));
    body.append(textBody(u"classifying"_s, QString(u"evidence:"_s + c.evidenceLevel), QString()));
    body.append(textBody(u"classifying"_s, QString(u"presentedAs:"_s + c.presentedAs), QString()));
    body.append(textBody(u"classifying"_s, QString(u"scope:"_s + c.scope), QString()));
    if (!c.kind.isEmpty())
        body.append(textBody(u"tagging"_s, QString(u"kind:"_s + c.kind), QString()));
    for (const core::ClaimSourceLink &l : c.sources) {
        const core::Source s = data.sources.value(l.sourceId);
        if (s.url.isEmpty())
            continue;
        QJsonObject link{
            {u"type"_s, u"SpecificResource"_s}, {u"purpose"_s, u"linking"_s}, {u"source"_s, s.url}};
        if (!s.title.isEmpty())
            link.insert(u"label"_s, s.title);
        body.append(link);
    }

    // Positions in code points, as the W3C model counts characters.
    const QJsonArray selectors{QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                           {u"exact"_s, c.quote},
                                           {u"prefix"_s, c.prefix},
                                           {u"suffix"_s, c.suffix}},
                               QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                           {u"start"_s, c.start},
                                           {u"end"_s, c.end}}};
    const QString source =
        a && !a->url.isEmpty() ? a->url : QString(u"urn:uuid:"_s + (a ? a->uuid : QString()));
    QJsonObject target{{u"source"_s, source}, {u"selector"_s, selectors}};
    if (a && !a->language.isEmpty())
        target.insert(u"language"_s, a->language);

    QJsonObject anno{{u"id"_s, QString(u"urn:uuid:"_s + c.uuid)},
                     {u"type"_s, u"Annotation"_s},
                     {u"motivation"_s, u"assessing"_s},
                     {u"body"_s, body},
                     {u"target"_s, target}};
    if (c.created.isValid())
        anno.insert(u"created"_s, isoTime(c.created));
    if (c.modified.isValid())
        anno.insert(u"modified"_s, isoTime(c.modified));
    if (!c.annotator.isEmpty())
        anno.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, c.annotator}});
    return anno;
}

class W3cExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("w3c"); }
    QString fileExtension() const override { return QStringLiteral("jsonld"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "W3C Web Annotations (JSON-LD)");
    }

    bool write(const ExportData &data, const QString &path) override
    {
        const auto articles = articleIndex(data);
        QJsonArray items;
        QByteArray ids;
        for (const core::Claim &c : data.claims) {
            items.append(annotation(data, c, articles.value(c.articleId)));
            ids += c.uuid.toUtf8() + '\n';
        }
        // A collection id derived from its content: the same claims give the same id.
        static const QUuid ns(u"6d2a5b0e-3c4f-4f7a-9a61-2f0c7e1d5b83"_s);
        const QString collectionId =
            u"urn:uuid:"_s + QUuid::createUuidV5(ns, ids).toString(QUuid::WithoutBraces);
        const QJsonObject root{
            {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
            {u"id"_s, collectionId},
            {u"type"_s, u"AnnotationCollection"_s},
            {u"label"_s, u"Crible claims"_s},
            {u"total"_s, items.size()},
            {u"first"_s, QJsonObject{{u"id"_s, QString(collectionId + u"/page1"_s)},
                                     {u"type"_s, u"AnnotationPage"_s},
                                     {u"startIndex"_s, 0},
                                     {u"items"_s, items}}},
            // Not part of the W3C vocabulary: the scales the classifying tags refer to.
            {u"crible:scales"_s, scaleDefinitionsJson(data)}};
        const auto written =
            writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

std::unique_ptr<Exporter> makeW3cExporter()
{
    return std::make_unique<W3cExporter>();
}

} // namespace crible::exporters::detail
