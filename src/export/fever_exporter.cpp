#include "export_support.h"

#include <QCoreApplication>

namespace crible::exporters::detail {

namespace {

// FEVER (Thorne et al., 2018): {id, verifiable, label, claim, evidence}. Its evidence sets
// name Wikipedia sentences; ours name a source: [source id, URL, quoted passage]. A claim
// that is SUPPORTED lists each supporting source as one evidence set (a REFUTED claim, each
// refuting source), falling back to every cited source when none has that stance; NOT
// ENOUGH INFO carries no evidence, as in FEVER. `id` is the claim's stable UUID.
class FeverExporter final : public Exporter
{
public:
    QString formatKey() const override { return QStringLiteral("fever"); }
    QString fileExtension() const override { return QStringLiteral("jsonl"); }
    QString displayName() const override
    {
        return QCoreApplication::translate("crible::export", "FEVER claims (JSON Lines)");
    }

    // Opinions are left out of the file (isOpinion, as write() below): say which and why.
    QList<ExportOmission> omissions(const ExportData &data) const override
    {
        return opinionOmissions(data, QStringLiteral("FEVER"));
    }

    bool write(const ExportData &data, const QString &path) override
    {
        QByteArray out;
        for (const core::Claim &c : data.claims) {
            if (isOpinion(data, c))
                continue;
            const core::TaxonomyEntry *verdict =
                data.taxonomy.find(core::TaxonomyAxis::Verdict, c.verdict);
            const QString &label = verdict->feverLabel;
            const bool verifiable = label != QLatin1String("NOT ENOUGH INFO");
            const QString wanted = label == QLatin1String("SUPPORTS")  ? QStringLiteral("supports")
                                   : label == QLatin1String("REFUTES") ? QStringLiteral("refutes")
                                                                       : QString();
            QList<const core::ClaimSourceLink *> evidence;
            if (verifiable) {
                for (const core::ClaimSourceLink &l : c.sources) {
                    if (l.stance == wanted)
                        evidence.append(&l);
                }
                if (evidence.isEmpty()) {
                    for (const core::ClaimSourceLink &l : c.sources)
                        evidence.append(&l);
                }
            }

            JsonLineWriter w(out);
            w.beginObject();
            w.string("id", c.uuid);
            w.string("verifiable",
                     verifiable ? QStringLiteral("VERIFIABLE") : QStringLiteral("NOT VERIFIABLE"));
            w.string("label", label);
            w.string("claim", c.restatement.isEmpty() ? c.quote : c.restatement);
            w.beginArray("evidence");
            for (const core::ClaimSourceLink *l : std::as_const(evidence)) {
                const core::Source s = data.sources.value(l->sourceId);
                w.beginArray();
                w.beginArray();
                w.stringValue(s.uuid.isEmpty() ? l->sourceUuid : s.uuid);
                w.stringValue(s.url);
                w.stringValue(l->passage);
                w.endArray();
                w.endArray();
            }
            w.endArray();
            w.endObject();
            out += '\n';
        }
        const auto written = writeAtomically(path, out);
        if (!written)
            setErrorString(written.error());
        return written.ok();
    }
};

} // namespace

std::unique_ptr<Exporter> makeFeverExporter()
{
    return std::make_unique<FeverExporter>();
}

} // namespace crible::exporters::detail
