#include "taxonomy.h"

#include <QCoreApplication>

namespace crible::core {

namespace {

bool isFrench(const QString &language)
{
    return language == QLatin1String("fr") || language.startsWith(QLatin1String("fr-"));
}

const QString &pick(const QString &english, const QString &french, const QString &language)
{
    return (isFrench(language) && !french.isEmpty()) ? french : english;
}

TaxonomyEntry verdict(const char *key, const char *label, const char *labelFr,
                      const char *description, const char *descriptionFr, const char *color,
                      const char *normalised, const char *fever, int rating)
{
    TaxonomyEntry e;
    e.key = QString::fromUtf8(key);
    e.label = QString::fromUtf8(label);
    e.labelFr = QString::fromUtf8(labelFr);
    e.description = QString::fromUtf8(description);
    e.descriptionFr = QString::fromUtf8(descriptionFr);
    e.color = QString::fromUtf8(color);
    e.normalised = QString::fromUtf8(normalised);
    e.feverLabel = QString::fromUtf8(fever);
    e.rating = rating;
    return e;
}

TaxonomyEntry level(const char *key, const char *label, const char *labelFr,
                    const char *description, const char *descriptionFr, const char *color)
{
    return verdict(key, label, labelFr, description, descriptionFr, color, "", "", 0);
}

TaxonomyEntry scope(const char *key, const char *label, const char *labelFr, const char *group,
                    const char *groupFr, const char *description, const char *descriptionFr,
                    const char *color)
{
    TaxonomyEntry e = level(key, label, labelFr, description, descriptionFr, color);
    e.group = QString::fromUtf8(group);
    e.groupFr = QString::fromUtf8(groupFr);
    return e;
}

VocabularyTerm term(const char *key, const char *label)
{
    return {QString::fromUtf8(key), QCoreApplication::translate("crible::core", label)};
}

} // namespace

QString TaxonomyEntry::displayLabel(const QString &language) const
{
    return pick(label, labelFr, language);
}

QString TaxonomyEntry::displayGroup(const QString &language) const
{
    return pick(group, groupFr, language);
}

QString TaxonomyEntry::displayDescription(const QString &language) const
{
    return pick(description, descriptionFr, language);
}

Taxonomy Taxonomy::defaults()
{
    Taxonomy t;
    t.m_verdicts = {
        verdict("accurate", "Accurate", "Exact", "True, nothing significant missing.",
                "Vrai, rien d’important ne manque.", "#1a7f37", "TRUE", "SUPPORTS", 5),
        verdict("mostly-accurate", "Mostly accurate", "Plutôt exact",
                "True, but needs clarification.", "Vrai, mais demande des précisions.",
                "#4d9a3a", "TRUE", "SUPPORTS", 4),
        verdict("misleading", "Misleading", "Trompeur",
                "Partly true, false in what it makes readers believe.",
                "En partie vrai, faux dans ce qu’il fait croire au lecteur.", "#c76e00",
                "MIXTURE", "REFUTES", 3),
        verdict("inaccurate", "Inaccurate", "Faux", "False.", "Faux.", "#c62828", "FALSE",
                "REFUTES", 1),
        verdict("unverifiable", "Unverifiable", "Invérifiable",
                "Not enough evidence either way.", "Pas assez d’éléments dans un sens ou dans l’autre.",
                "#6e6e6e", "OTHER", "NOT ENOUGH INFO", 0),
        verdict("outdated", "Outdated", "Dépassé", "True when written, no longer.",
                "Vrai au moment de l’écriture, plus aujourd’hui.", "#7b5ea7", "OTHER",
                "NOT ENOUGH INFO", 0),
        verdict("opinion", "Opinion", "Opinion",
                "A judgement or prediction, not checkable as fact.",
                "Un jugement ou une prédiction, pas vérifiable comme un fait.", "#3d6fb6",
                "OTHER", "", 0),
    };
    t.m_evidenceLevels = {
        level("E1", "E1 conclusive", "E1 concluant",
              "Primary documents (law, official notice, court record, dataset) and independent "
              "corroboration.",
              "Documents primaires (loi, avis officiel, décision de justice, données) et "
              "corroboration indépendante.",
              "#0b5394"),
        level("E2", "E2 strong", "E2 solide",
              "One primary document, or two or more independent reliable secondary sources.",
              "Un document primaire, ou au moins deux sources secondaires fiables et "
              "indépendantes.",
              "#3d85c6"),
        level("E3", "E3 moderate", "E3 moyen",
              "One reliable secondary source, or one named expert with no stake in the matter.",
              "Une source secondaire fiable, ou un expert nommé sans intérêt dans l’affaire.",
              "#6fa8dc"),
        level("E4", "E4 weak", "E4 faible",
              "An interested party (spokesperson, company), anonymous or relayed reports only.",
              "Une partie intéressée (porte-parole, entreprise), des récits anonymes ou relayés "
              "seulement.",
              "#b4a7d6"),
        level("E5", "E5 none", "E5 aucun",
              "No evidence found (the verdict is then unverifiable or opinion).",
              "Aucun élément trouvé (le verdict est alors « invérifiable » ou « opinion »).",
              "#999999"),
    };
    t.m_scopes = {
        scope("national-in-force", "National, in force", "National, en vigueur",
              "National reality", "Réalité nationale",
              "National law, regulation or system in force.",
              "Loi, règlement ou système national en vigueur.", "#d93025"),
        scope("national-plan", "National plan", "Plan national", "Plans and drafts",
              "Plans et projets", "National plan, draft law or announcement not (or not yet) in "
              "force.",
              "Plan national, projet de loi ou annonce pas (ou pas encore) en vigueur.",
              "#f29900"),
        scope("local-pilot", "Local pilot", "Expérience locale", "Local pilots",
              "Expériences locales", "A city or regional pilot.",
              "Une expérience municipale ou régionale.", "#188038"),
        scope("commercial", "Commercial", "Commercial", "Commercial schemes",
              "Dispositifs commerciaux", "A private scheme.", "Un dispositif privé.",
              "#1a73e8"),
        scope("outside", "Outside social credit", "Hors crédit social", "Beyond social credit",
              "Au-delà du crédit social",
              "About something else (camera counts, mobile payments, history).",
              "Porte sur autre chose (caméras, paiement mobile, histoire).", "#9334e6"),
        scope("none", "No such system", "Aucun tel système", "No such system",
              "Aucun tel système", "Describes no system that the evidence shows exists.",
              "Décrit un système dont l’existence n’est pas établie.", "#5f6368"),
    };
    return t;
}

const QList<TaxonomyEntry> &Taxonomy::entries(TaxonomyAxis axis) const
{
    switch (axis) {
    case TaxonomyAxis::Verdict:
        return m_verdicts;
    case TaxonomyAxis::EvidenceLevel:
        return m_evidenceLevels;
    case TaxonomyAxis::Scope:
        break;
    }
    return m_scopes;
}

QList<TaxonomyEntry> &Taxonomy::entries(TaxonomyAxis axis)
{
    return const_cast<QList<TaxonomyEntry> &>(std::as_const(*this).entries(axis));
}

const TaxonomyEntry *Taxonomy::find(TaxonomyAxis axis, const QString &key) const
{
    for (const TaxonomyEntry &e : entries(axis)) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

int Taxonomy::indexOf(TaxonomyAxis axis, const QString &key) const
{
    const QList<TaxonomyEntry> &list = entries(axis);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).key == key)
            return int(i);
    }
    return -1;
}

QString Taxonomy::axisKey(TaxonomyAxis axis)
{
    switch (axis) {
    case TaxonomyAxis::Verdict:
        return QStringLiteral("verdict");
    case TaxonomyAxis::EvidenceLevel:
        return QStringLiteral("evidence");
    case TaxonomyAxis::Scope:
        break;
    }
    return QStringLiteral("scope");
}

QList<VocabularyTerm> claimKinds()
{
    return {term("statistic", QT_TRANSLATE_NOOP("crible::core", "Statistic")),
            term("date", QT_TRANSLATE_NOOP("crible::core", "Date or forecast")),
            term("attribution", QT_TRANSLATE_NOOP("crible::core", "Attribution")),
            term("causal", QT_TRANSLATE_NOOP("crible::core", "Causal")),
            term("comparison", QT_TRANSLATE_NOOP("crible::core", "Comparison")),
            term("definition", QT_TRANSLATE_NOOP("crible::core", "Definition")),
            term("opinion", QT_TRANSLATE_NOOP("crible::core", "Opinion")),
            term("prediction", QT_TRANSLATE_NOOP("crible::core", "Prediction"))};
}

QList<VocabularyTerm> claimStatuses()
{
    return {term("draft", QT_TRANSLATE_NOOP("crible::core", "Draft")),
            term("graded", QT_TRANSLATE_NOOP("crible::core", "Graded")),
            term("reviewed", QT_TRANSLATE_NOOP("crible::core", "Reviewed"))};
}

QList<VocabularyTerm> sourceStances()
{
    return {term("supports", QT_TRANSLATE_NOOP("crible::core", "Supports")),
            term("refutes", QT_TRANSLATE_NOOP("crible::core", "Refutes")),
            term("context", QT_TRANSLATE_NOOP("crible::core", "Context"))};
}

QList<VocabularyTerm> readingModes()
{
    return {term("direct", QT_TRANSLATE_NOOP("crible::core", "Read directly")),
            term("translation", QT_TRANSLATE_NOOP("crible::core", "Read in translation")),
            term("repost", QT_TRANSLATE_NOOP("crible::core", "Read through a repost"))};
}

bool vocabularyContains(const QList<VocabularyTerm> &terms, const QString &key)
{
    for (const VocabularyTerm &t : terms) {
        if (t.key == key)
            return true;
    }
    return false;
}

} // namespace crible::core
