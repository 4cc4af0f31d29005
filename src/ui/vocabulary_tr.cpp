// The fixed vocabularies are declared in src/core, which ships no translations of its own;
// listing their labels here puts them in the editor's .ts files under their context.
#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const kCoreVocabulary[] = {
    QT_TRANSLATE_NOOP("crible::core", "Statistic"),
    QT_TRANSLATE_NOOP("crible::core", "Date or forecast"),
    QT_TRANSLATE_NOOP("crible::core", "Attribution"),
    QT_TRANSLATE_NOOP("crible::core", "Causal"),
    QT_TRANSLATE_NOOP("crible::core", "Comparison"),
    QT_TRANSLATE_NOOP("crible::core", "Definition"),
    QT_TRANSLATE_NOOP("crible::core", "Opinion"),
    QT_TRANSLATE_NOOP("crible::core", "Prediction"),
    QT_TRANSLATE_NOOP("crible::core", "Draft"),
    QT_TRANSLATE_NOOP("crible::core", "Graded"),
    QT_TRANSLATE_NOOP("crible::core", "Reviewed"),
    QT_TRANSLATE_NOOP("crible::core", "Supports"),
    QT_TRANSLATE_NOOP("crible::core", "Refutes"),
    QT_TRANSLATE_NOOP("crible::core", "Context"),
    QT_TRANSLATE_NOOP("crible::core", "Read directly"),
    QT_TRANSLATE_NOOP("crible::core", "Read in translation"),
    QT_TRANSLATE_NOOP("crible::core", "Read through a repost"),
};

} // namespace
