<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>crible::core</name>
        <message>
            <source>Statistic</source>
            <translation>Statistique</translation>
        </message>
        <message>
            <source>Date or forecast</source>
            <translation>Date ou échéance</translation>
        </message>
        <message>
            <source>Attribution</source>
            <translation>Attribution</translation>
        </message>
        <message>
            <source>Causal</source>
            <translation>Causalité</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Définition</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>Opinion</translation>
        </message>
        <message>
            <source>Prediction</source>
            <translation>Prédiction</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Graded</source>
            <translation>Évaluée</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Relue</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Confirme</translation>
        </message>
        <message>
            <source>Refutes</source>
            <translation>Réfute</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Read directly</source>
            <translation>Lu directement</translation>
        </message>
        <message>
            <source>Read in translation</source>
            <translation>Lu en traduction</translation>
        </message>
        <message>
            <source>Read through a repost</source>
            <translation>Lu via une reprise</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::ArticleListModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Affirmations</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Brouillons</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::ClaimForm</name>
        <message>
            <source>Who makes the claim</source>
            <translation>Qui fait l’affirmation</translation>
        </message>
        <message>
            <source>The claim in a short neutral sentence</source>
            <translation>L’affirmation en une phrase courte et neutre</translation>
        </message>
        <message>
            <source>What is actually true, in one or two sentences</source>
            <translation>Ce qui est vrai, en une ou deux phrases</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Passage</source>
            <translation>Passage</translation>
        </message>
        <message>
            <source>&amp;New source…</source>
            <translation>&amp;Nouvelle source…</translation>
        </message>
        <message>
            <source>&amp;Link existing…</source>
            <translation>&amp;Lier une source…</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Délier</translation>
        </message>
        <message>
            <source>Cl&amp;aimant:</source>
            <translation>&amp;Auteur :</translation>
        </message>
        <message>
            <source>&amp;Restatement:</source>
            <translation>&amp;Reformulation :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation>&amp;Verdict :</translation>
        </message>
        <message>
            <source>&amp;Evidence level:</source>
            <translation>Niveau de &amp;preuve :</translation>
        </message>
        <message>
            <source>&amp;Presented as:</source>
            <translation>Présenté &amp;comme :</translation>
        </message>
        <message>
            <source>&amp;Scope:</source>
            <translation>Port&amp;ée :</translation>
        </message>
        <message>
            <source>E&amp;xplanation:</source>
            <translation>E&amp;xplication :</translation>
        </message>
        <message>
            <source>Status as &amp;of:</source>
            <translation>État &amp;au :</translation>
        </message>
        <message>
            <source>A&amp;nnotator:</source>
            <translation>A&amp;nnotateur :</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Sources :</translation>
        </message>
        <message>
            <source>Edit claimant</source>
            <translation>Modifier l’auteur</translation>
        </message>
        <message>
            <source>Edit restatement</source>
            <translation>Modifier la reformulation</translation>
        </message>
        <message>
            <source>Edit status date</source>
            <translation>Modifier la date d’état</translation>
        </message>
        <message>
            <source>Edit annotator</source>
            <translation>Modifier l’annotateur</translation>
        </message>
        <message>
            <source>Set kind</source>
            <translation>Choisir le type</translation>
        </message>
        <message>
            <source>Set verdict</source>
            <translation>Choisir le verdict</translation>
        </message>
        <message>
            <source>Set evidence level</source>
            <translation>Choisir le niveau de preuve</translation>
        </message>
        <message>
            <source>Set presented as</source>
            <translation>Choisir « présenté comme »</translation>
        </message>
        <message>
            <source>Set scope</source>
            <translation>Choisir la portée</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Choisir le statut</translation>
        </message>
        <message>
            <source>Select a claim, or select text and press T to tag one.</source>
            <translation>Choisissez une affirmation, ou sélectionnez du texte et appuyez sur T pour en créer une.</translation>
        </message>
        <message>
            <source>Edit explanation</source>
            <translation>Modifier l’explication</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::ClaimListModel</name>
        <message>
            <source>Claim</source>
            <translation>Affirmation</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Portée</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Preuve</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::Document</name>
        <message>
            <source>Import “%1”</source>
            <translation>Importer « %1 »</translation>
        </message>
        <message>
            <source>the claim's article is no longer in the project</source>
            <translation>l’article de cette affirmation n’est plus dans le projet</translation>
        </message>
        <message>
            <source>Tag claim</source>
            <translation>Créer une affirmation</translation>
        </message>
        <message>
            <source>Delete claim</source>
            <translation>Supprimer l’affirmation</translation>
        </message>
        <message>
            <source>no article is open</source>
            <translation>aucun article n’est ouvert</translation>
        </message>
        <message>
            <source>select some text first</source>
            <translation>sélectionnez d’abord du texte</translation>
        </message>
        <message>
            <source>the selection holds no word</source>
            <translation>la sélection ne contient aucun mot</translation>
        </message>
        <message>
            <source>there is no sentence here</source>
            <translation>il n’y a pas de phrase ici</translation>
        </message>
        <message>
            <source>this passage is already a claim</source>
            <translation>ce passage est déjà une affirmation</translation>
        </message>
        <message>
            <source>the claim changed identity</source>
            <translation>l’affirmation a changé d’identité</translation>
        </message>
        <message>
            <source>Edit claim</source>
            <translation>Modifier l’affirmation</translation>
        </message>
        <message>
            <source>Set verdict to %1</source>
            <translation>Verdict : %1</translation>
        </message>
        <message>
            <source>Set evidence level to %1</source>
            <translation>Niveau de preuve : %1</translation>
        </message>
        <message>
            <source>Set scope to %1</source>
            <translation>Portée : %1</translation>
        </message>
        <message>
            <source>there is no entry %1 in this list</source>
            <translation>cette liste n’a pas d’entrée %1</translation>
        </message>
        <message>
            <source>Edit source link</source>
            <translation>Modifier le lien à la source</translation>
        </message>
        <message>
            <source>Link source</source>
            <translation>Lier une source</translation>
        </message>
        <message>
            <source>Unlink source</source>
            <translation>Délier la source</translation>
        </message>
        <message>
            <source>%1: the file holds no text</source>
            <translation>%1 : le fichier ne contient pas de texte</translation>
        </message>
        <message numerus="yes">
            <source>Import %n articles</source>
            <translation>
                <numerusform>Importer %n article</numerusform>
                <numerusform>Importer %n articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Add source</source>
            <translation>Ajouter une source</translation>
        </message>
        <message>
            <source>Change project settings</source>
            <translation>Modifier les paramètres du projet</translation>
        </message>
        <message>
            <source>there is no open suggestion here</source>
            <translation>il n’y a pas de suggestion ouverte ici</translation>
        </message>
        <message>
            <source>Accept suggestion</source>
            <translation>Accepter la suggestion</translation>
        </message>
        <message>
            <source>Reject suggestion</source>
            <translation>Rejeter la suggestion</translation>
        </message>
        <message>
            <source>the suggestion's article is no longer in the project</source>
            <translation>l’article de la suggestion n’est plus dans le projet</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::MainWindow</name>
        <message>
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Filter by text</source>
            <translation>Filtrer par texte</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>Portée :</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Preuve :</translation>
        </message>
        <message>
            <source>Verdict:</source>
            <translation>Verdict :</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Texte :</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>Affirmations</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Affirmation</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation>&amp;Nouveau projet…</translation>
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation>&amp;Ouvrir un projet…</translation>
        </message>
        <message>
            <source>&amp;Import articles…</source>
            <translation>&amp;Importer des articles…</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Enregistrer une &amp;copie…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporter</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Find in project…</source>
            <translation>&amp;Chercher dans le projet…</translation>
        </message>
        <message>
            <source>Filter &amp;claims</source>
            <translation>&amp;Filtrer les affirmations</translation>
        </message>
        <message>
            <source>&amp;Taxonomy…</source>
            <translation>&amp;Taxonomie…</translation>
        </message>
        <message>
            <source>Project &amp;settings…</source>
            <translation>&amp;Paramètres du projet…</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>&amp;Affirmation</translation>
        </message>
        <message>
            <source>&amp;Tag selection</source>
            <translation>&amp;Créer depuis la sélection</translation>
        </message>
        <message>
            <source>Tag the &amp;sentence</source>
            <translation>Prendre la &amp;phrase</translation>
        </message>
        <message>
            <source>&amp;Delete claim</source>
            <translation>&amp;Supprimer l’affirmation</translation>
        </message>
        <message>
            <source>Delete claim</source>
            <translation>Supprimer l’affirmation</translation>
        </message>
        <message>
            <source>&amp;Evidence level</source>
            <translation>Niveau de &amp;preuve</translation>
        </message>
        <message>
            <source>S&amp;cope</source>
            <translation>P&amp;ortée</translation>
        </message>
        <message>
            <source>&amp;Verdict</source>
            <translation>&amp;Verdict</translation>
        </message>
        <message>
            <source>Level %1</source>
            <translation>Niveau %1</translation>
        </message>
        <message>
            <source>Scope %1</source>
            <translation>Portée %1</translation>
        </message>
        <message>
            <source>Verdict %1</source>
            <translation>Verdict %1</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Raccourcis &amp;clavier</translation>
        </message>
        <message>
            <source>&amp;About Crible</source>
            <translation>À &amp;propos de Crible</translation>
        </message>
        <message>
            <source>About Crible</source>
            <translation>À propos de Crible</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Crible&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Annotate and fact-check articles: keep national reality apart from local pilots, plans, commercial schemes and systems that do not exist.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Crible&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Annoter et vérifier des articles : distinguer la réalité nationale des expériences locales, des plans, des systèmes commerciaux et des systèmes qui n’existent pas.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Claim not changed</source>
            <translation>Affirmation non modifiée</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir : %1</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Open article</source>
            <translation>Ouvrir l’article</translation>
        </message>
        <message>
            <source>Action failed</source>
            <translation>L’action a échoué</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>Crible</source>
            <translation>Crible</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n affirmation</numerusform>
                <numerusform>%n affirmations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft(s)</source>
            <translation>
                <numerusform>%n brouillon</numerusform>
                <numerusform>%n brouillons</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — %2 — %3 — Crible</source>
            <translation>%1 — %2 — %3 — Crible</translation>
        </message>
        <message>
            <source>no article</source>
            <translation>aucun article</translation>
        </message>
        <message>
            <source>Select some text first, or press S for the whole sentence.</source>
            <translation>Sélectionnez d’abord du texte, ou appuyez sur S pour la phrase entière.</translation>
        </message>
        <message>
            <source>Draft claim added</source>
            <translation>Brouillon d’affirmation ajouté</translation>
        </message>
        <message>
            <source>Select a claim first.</source>
            <translation>Choisissez d’abord une affirmation.</translation>
        </message>
        <message>
            <source>Cannot open project</source>
            <translation>Impossible d’ouvrir le projet</translation>
        </message>
        <message>
            <source>New project</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <source>Crible projects (*.crible)</source>
            <translation>Projets Crible (*.crible)</translation>
        </message>
        <message>
            <source>Cannot create project</source>
            <translation>Impossible de créer le projet</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Ouvrir un projet</translation>
        </message>
        <message>
            <source>Import failed</source>
            <translation>Échec de l’importation</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) imported</source>
            <translation>
                <numerusform>%n article importé</numerusform>
                <numerusform>%n articles importés</numerusform>
            </translation>
        </message>
        <message>
            <source>Import articles</source>
            <translation>Importer des articles</translation>
        </message>
        <message>
            <source>Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)</source>
            <translation>Articles (*.txt *.html *.htm *.md *.markdown);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Enregistrer une copie</translation>
        </message>
        <message>
            <source>Copy not saved</source>
            <translation>Copie non enregistrée</translation>
        </message>
        <message>
            <source>Copy saved to %1</source>
            <translation>Copie enregistrée dans %1</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation>%1 (*.%2)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’exportation</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exporté dans %1</translation>
        </message>
        <message>
            <source>Taxonomy not changed</source>
            <translation>Taxonomie non modifiée</translation>
        </message>
        <message>
            <source>Settings not changed</source>
            <translation>Paramètres non modifiés</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>&lt;p&gt;Select text in the article (Shift+arrows or the mouse), then:&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sélectionnez du texte dans l’article (Maj+flèches ou la souris), puis :&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Levels, scopes and verdicts follow the taxonomy's order (Edit › Taxonomy).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Niveaux, portées et verdicts suivent l’ordre de la taxonomie (Édition › Taxonomie).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The language changes the next time Crible starts.</source>
            <translation>La langue changera au prochain démarrage de Crible.</translation>
        </message>
        <message>
            <source>&amp;Edit claim fields</source>
            <translation>&amp;Modifier les champs</translation>
        </message>
        <message>
            <source>Back to the &amp;text</source>
            <translation>Retour au &amp;texte</translation>
        </message>
        <message>
            <source>&lt;p&gt;In the text, the tint is the scope; the underline is the evidence level: thick for the first level, then solid, dashed, dotted and wavy. A dashed frame marks a draft; stacked underlines mark overlapping claims.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Dans le texte, la teinte indique la portée ; le soulignement indique le niveau de preuve : épais pour le premier niveau, puis plein, tireté, pointillé et ondulé. Un cadre tireté signale un brouillon ; des soulignements superposés signalent des affirmations qui se chevauchent.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scope: %2&lt;br&gt;Presented as: %3&lt;br&gt;Evidence: %4&lt;br&gt;Verdict: %5</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Portée : %2&lt;br&gt;Présenté comme : %3&lt;br&gt;Preuve : %4&lt;br&gt;Verdict : %5</translation>
        </message>
        <message>
            <source>S&amp;uggestions</source>
            <translation>S&amp;uggestions</translation>
        </message>
        <message>
            <source>&amp;Next suggestion</source>
            <translation>Suggestion &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Previous suggestion</source>
            <translation>Suggestion &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Accept suggestion</source>
            <translation>&amp;Accepter la suggestion</translation>
        </message>
        <message>
            <source>&amp;Reject suggestion</source>
            <translation>&amp;Rejeter la suggestion</translation>
        </message>
        <message>
            <source>&amp;Suggested claims</source>
            <translation>Affirmations &amp;suggérées</translation>
        </message>
        <message>
            <source>&lt;p&gt;A dotted grey frame with a diamond in the margin is a suggested claim, not a claim: N goes to the next one, A makes it a draft claim, R rejects it for good.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un cadre gris pointillé avec un losange dans la marge est une affirmation suggérée, pas une affirmation : N passe à la suivante, A en fait un brouillon d’affirmation, R la rejette pour de bon.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Looking for suggestions…</source>
            <translation>Recherche de suggestions…</translation>
        </message>
        <message numerus="yes">
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n suggestion</numerusform>
                <numerusform>%n suggestions</numerusform>
            </translation>
        </message>
        <message>
            <source>No suggestion left in this article.</source>
            <translation>Plus aucune suggestion dans cet article.</translation>
        </message>
        <message>
            <source>Suggested claims are hidden (View › Suggested claims).</source>
            <translation>Les affirmations suggérées sont masquées (Affichage › Affirmations suggérées).</translation>
        </message>
        <message>
            <source>No suggestion selected: press N to go to the next one.</source>
            <translation>Aucune suggestion choisie : appuyez sur N pour aller à la suivante.</translation>
        </message>
        <message>
            <source>Suggestion accepted as a draft claim</source>
            <translation>Suggestion acceptée comme brouillon d’affirmation</translation>
        </message>
        <message>
            <source>Suggestion rejected</source>
            <translation>Suggestion rejetée</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::SearchPanel</name>
        <message>
            <source>Search the project (words; accents optional)</source>
            <translation>Chercher dans le projet (mots ; accents facultatifs)</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>La recherche a échoué : %1</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Rien trouvé pour « %1 ».</translation>
        </message>
        <message>
            <source>claim</source>
            <translation>affirmation</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation>%1 (%2) : %3</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::SettingsDialog</name>
        <message>
            <source>Project settings</source>
            <translation>Paramètres du projet</translation>
        </message>
        <message>
            <source>Publishing &amp;organisation:</source>
            <translation>&amp;Organisation éditrice :</translation>
        </message>
        <message>
            <source>Organisation &amp;URL:</source>
            <translation>&amp;URL de l’organisation :</translation>
        </message>
        <message>
            <source>Default &amp;annotator:</source>
            <translation>&amp;Annotateur par défaut :</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::SourceLinkDialog</name>
        <message>
            <source>New source</source>
            <translation>Nouvelle source</translation>
        </message>
        <message>
            <source>Link a source</source>
            <translation>Lier une source</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source :</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>Primary document (law, notice, court record, dataset)</source>
            <translation>Document primaire (loi, avis officiel, décision de justice, données)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Publisher:</source>
            <translation>É&amp;diteur :</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>D&amp;ate :</translation>
        </message>
        <message>
            <source>Document &amp;number:</source>
            <translation>&amp;Numéro du document :</translation>
        </message>
        <message>
            <source>The passage of the source that bears on the claim</source>
            <translation>Le passage de la source qui porte sur l’affirmation</translation>
        </message>
        <message>
            <source>S&amp;tance:</source>
            <translation>Posi&amp;tion :</translation>
        </message>
        <message>
            <source>&amp;Passage:</source>
            <translation>&amp;Passage :</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::Startup</name>
        <message>
            <source>%1: no such file or folder</source>
            <translation>%1 : fichier ou dossier introuvable</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::Suggestions</name>
        <message>
            <source>figure</source>
            <translation>chiffre</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>forecast</source>
            <translation>prévision</translation>
        </message>
        <message>
            <source>absolute wording</source>
            <translation>formulation absolue</translation>
        </message>
        <message>
            <source>comparison</source>
            <translation>comparaison</translation>
        </message>
        <message>
            <source>attribution</source>
            <translation>attribution</translation>
        </message>
        <message>
            <source>named system</source>
            <translation>système nommé</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suggested claim&lt;/b&gt; (not a claim yet)&lt;br&gt;Why: %1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;A: accept as a draft claim, R: reject&lt;/i&gt;</source>
            <translation>&lt;b&gt;Affirmation suggérée&lt;/b&gt; (pas encore une affirmation)&lt;br&gt;Pourquoi : %1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;A : accepter comme brouillon d’affirmation, R : rejeter&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>crible::ui::TaxonomyDialog</name>
        <message>
            <source>Taxonomy</source>
            <translation>Taxonomie</translation>
        </message>
        <message>
            <source>Verdicts</source>
            <translation>Verdicts</translation>
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
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Couleur…</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Add entry</source>
            <translation>Ajouter une entrée</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Libellé :</translation>
        </message>
        <message>
            <source>Rename entry</source>
            <translation>Renommer l’entrée</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>Ajouter « %1 »</translation>
        </message>
        <message>
            <source>Rename to “%1”</source>
            <translation>Renommer en « %1 »</translation>
        </message>
        <message>
            <source>Change colour</source>
            <translation>Changer la couleur</translation>
        </message>
        <message>
            <source>Reorder</source>
            <translation>Réordonner</translation>
        </message>
    </context>
</TS>
