<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>crible::export</name>
    <message>
        <source>HTML fact-check table</source>
        <translation>Tableau de vérification HTML</translation>
    </message>
    <message>
        <source>Markdown table (READMEs)</source>
        <translation>Tableau Markdown (README)</translation>
    </message>
    <message>
        <source>Annotated article (HTML)</source>
        <translation>Article annoté (HTML)</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>%1: the PDF writer produced nothing</source>
        <translation>%1&#xa0;: le générateur PDF n’a rien produit</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1&#xa0;: enregistrement impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>crible::exporters</name>
    <message>
        <source>Fact-check table</source>
        <translation>Tableau de vérification</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotateurs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Published claims</source>
        <translation>Affirmations publiées</translation>
    </message>
    <message>
        <source>Drafts left out</source>
        <translation>Brouillons écartés</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <source>Presented as × scope</source>
        <translation>Présenté comme × portée</translation>
    </message>
    <message>
        <source>Rows: what the article presents a claim as. Columns: what the evidence shows it is. Claims off the diagonal were presented as another reality than the one they describe.</source>
        <translation>Lignes&#xa0;: ce que l’article présente comme réalité. Colonnes&#xa0;: ce que montrent les preuves. Les affirmations hors de la diagonale ont été présentées comme une autre réalité que celle qu’elles décrivent.</translation>
    </message>
    <message>
        <source>Presented as ↓ / scope →</source>
        <translation>Présenté comme ↓ / portée →</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Evidence level</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>au</translation>
    </message>
    <message>
        <source>No published claim.</source>
        <translation>Aucune affirmation publiée.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Verdict: is the claim true?</source>
        <translation>Verdict&#xa0;: l’affirmation est-elle vraie&#xa0;?</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Valeur normalisée</translation>
    </message>
    <message>
        <source>FEVER</source>
        <translation>FEVER</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Note (1–5)</translation>
    </message>
    <message>
        <source>Evidence level: how strong is the evidence behind the verdict?</source>
        <translation>Niveau de preuve&#xa0;: quelle est la solidité des preuves derrière le verdict&#xa0;?</translation>
    </message>
    <message>
        <source>Scope: which reality is it about?</source>
        <translation>Portée&#xa0;: de quelle réalité s’agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Group in the table</source>
        <translation>Groupe dans le tableau</translation>
    </message>
    <message>
        <source>Made with Crible. Drafts are left out; every level is named, colour only repeats it.</source>
        <translation>Réalisé avec Crible. Les brouillons sont écartés&#xa0;; chaque niveau est nommé, la couleur ne fait que le répéter.</translation>
    </message>
    <message>
        <source>Rows: what the article presents a claim as; columns: what the evidence shows.</source>
        <translation>Lignes&#xa0;: ce que l’article présente comme réalité&#xa0;; colonnes&#xa0;: ce que montrent les preuves.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Claim as printed</source>
        <translation>Affirmation telle que publiée</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Presented as</source>
        <translation>Présenté comme</translation>
    </message>
    <message>
        <source>Restatement</source>
        <translation>Reformulation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>What is actually true</source>
        <translation>Ce qui est vrai</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Evidence levels</source>
        <translation>Niveaux de preuve</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>No published claim in this article.</source>
        <translation>Aucune affirmation publiée dans cet article.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>Retour au texte</translation>
    </message>
    <message>
        <source>row %1 of the fact-check table</source>
        <translation>ligne %1 du tableau de vérification</translation>
    </message>
    <message>
        <source>Evidence shows</source>
        <translation>Les preuves montrent</translation>
    </message>
    <message>
        <source>Annotated article</source>
        <translation>Article annoté</translation>
    </message>
    <message>
        <source>Each highlighted passage is a claim; its number leads to the verdict, the evidence and the sources below the article. Darker highlighting marks overlapping claims.</source>
        <translation>Chaque passage surligné est une affirmation&#xa0;; son numéro mène au verdict, aux preuves et aux sources sous l’article. Un surlignage plus foncé marque des affirmations qui se chevauchent.</translation>
    </message>
    <message>
        <source>No scope given</source>
        <translation>Portée non indiquée</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
</context>
</TS>
