// Read by lupdate only, never compiled (src/ui/CMakeLists.txt lists it for lupdate alone).
//
// These exporter files mix diagnostics with the text they write into the exported files, and
// exported files follow the article's language, never the editor's (export/README.md): they
// cannot be scanned without pulling that text into the editor's translations. Their
// diagnostics and names use the "crible::export" context, so their source texts are listed here;
// tests/ui/tst_translations checks that each still appears verbatim in src/export.
//
// csv_exporter.cpp, export_support.cpp, odt_exporter.cpp, pdf_exporter.cpp

#include <QtGlobal>

static const char *const exportDiagnostics[] = {
    QT_TRANSLATE_NOOP("crible::export", "%1: cannot write: %2"),
    QT_TRANSLATE_NOOP("crible::export", "%1: cannot save: %2"),
    QT_TRANSLATE_NOOP("crible::export", "%1: the ODF writer failed"),
    QT_TRANSLATE_NOOP("crible::export", "%1: the PDF writer produced nothing"),
    // The names in File > Export (Exporter::displayName).
    QT_TRANSLATE_NOOP("crible::export", "Annotated article (HTML)"),
    QT_TRANSLATE_NOOP("crible::export", "CSV table (spreadsheets)"),
    QT_TRANSLATE_NOOP("crible::export", "ClaimReview (JSON-LD)"),
    QT_TRANSLATE_NOOP("crible::export", "FEVER claims (JSON Lines)"),
    QT_TRANSLATE_NOOP("crible::export", "HTML fact-check table"),
    QT_TRANSLATE_NOOP("crible::export", "JSON Lines (researchers)"),
    QT_TRANSLATE_NOOP("crible::export", "Markdown table (READMEs)"),
    QT_TRANSLATE_NOOP("crible::export", "OpenDocument text (ODT)"),
    QT_TRANSLATE_NOOP("crible::export", "PDF (A4)"),
    QT_TRANSLATE_NOOP("crible::export", "TSV table (research pipelines)"),
    QT_TRANSLATE_NOOP("crible::export", "W3C Web Annotations (JSON-LD)"),
};
