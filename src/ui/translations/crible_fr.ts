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
    <message>
        <source>unknown %1 key &quot;%2&quot; in %3</source>
        <translation>clé de %1 inconnue «&#xa0;%2&#xa0;» dans %3</translation>
    </message>
    <message>
        <source>span %1:%2 is outside the text (0:%3) or empty</source>
        <translation>l’étendue %1:%2 sort du texte (0:%3) ou est vide</translation>
    </message>
    <message>
        <source>unknown claim kind &quot;%1&quot;</source>
        <translation>type d’affirmation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown claim status &quot;%1&quot;</source>
        <translation>statut d’affirmation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>malformed status-as-of date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>date d’état mal formée «&#xa0;%1&#xa0;» (format attendu&#xa0;: AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>restatement is %1 characters long, at most %2 allowed</source>
        <translation>la reformulation compte %1 caractères, %2 au maximum sont permis</translation>
    </message>
    <message>
        <source>span %1:%2 is empty or reversed</source>
        <translation>l’étendue %1:%2 est vide ou inversée</translation>
    </message>
    <message>
        <source>unknown source stance &quot;%1&quot;</source>
        <translation>position de source inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a source needs a title or a URL</source>
        <translation>une source doit avoir un titre ou une URL</translation>
    </message>
    <message>
        <source>source URL &quot;%1&quot; is not an absolute http(s) URL</source>
        <translation>l’URL de la source «&#xa0;%1&#xa0;» n’est pas une URL http(s) absolue</translation>
    </message>
    <message>
        <source>archive URL &quot;%1&quot; is not an absolute http(s) URL</source>
        <translation>l’URL d’archive «&#xa0;%1&#xa0;» n’est pas une URL http(s) absolue</translation>
    </message>
    <message>
        <source>malformed source date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>date de source mal formée «&#xa0;%1&#xa0;» (format attendu&#xa0;: AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>malformed accessed date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>date de consultation mal formée «&#xa0;%1&#xa0;» (format attendu&#xa0;: AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>unknown reading mode &quot;%1&quot;</source>
        <translation>mode de lecture inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>reliability &quot;%1&quot; is not an Admiralty letter A-F</source>
        <translation>la fiabilité «&#xa0;%1&#xa0;» n’est pas une lettre A à F du code de l’Amirauté</translation>
    </message>
</context>
<context>
    <name>crible::export</name>
    <message>
        <source>No article with id %1</source>
        <translation>Aucun article d’identifiant %1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1&#xa0;: enregistrement impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the ODF writer failed</source>
        <translation>%1&#xa0;: l’écriture ODF a échoué</translation>
    </message>
    <message>
        <source>%1: the PDF writer produced nothing</source>
        <translation>%1&#xa0;: l’écriture PDF n’a rien produit</translation>
    </message>
    <message>
        <source> (and %1 more problems: see crible-cli corpus check)</source>
        <translation> (et %1 autres problèmes&#xa0;: voir crible-cli corpus check)</translation>
    </message>
    <message>
        <source>taxonomy.json: %1</source>
        <translation>taxonomy.json&#xa0;: %1</translation>
    </message>
    <message>
        <source>corpus.json: %1</source>
        <translation>corpus.json&#xa0;: %1</translation>
    </message>
    <message>
        <source>sources.json: %1</source>
        <translation>sources.json&#xa0;: %1</translation>
    </message>
    <message>
        <source>sources.json: source %1: %2</source>
        <translation>sources.json&#xa0;: source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: claim %2: %3</source>
        <translation>%1&#xa0;: affirmation %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un tableau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un objet</translation>
    </message>
    <message>
        <source>malformed date &quot;%1&quot; in &quot;%2&quot; (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>date mal formée «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» (format attendu&#xa0;: AAAA-MM-JJ, AAAA-MM ou AAAA)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL: &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http(s) absolue&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>malformed time &quot;%1&quot; in &quot;%2&quot; (expected YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>horodatage mal formé «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» (format attendu&#xa0;: AAAA-MM-JJTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (export would drop it)</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» (l’export la perdrait)</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>clé manquante «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>le niveau supérieur n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>chemin vide</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; uses a backslash: corpus paths are relative, with &quot;/&quot;</source>
        <translation>le chemin «&#xa0;%1&#xa0;» contient une barre oblique inverse&#xa0;: les chemins du corpus sont relatifs, avec «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is absolute: paths must stay inside the corpus folder</source>
        <translation>le chemin «&#xa0;%1&#xa0;» est absolu&#xa0;: les chemins doivent rester dans le dossier du corpus</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the corpus folder</source>
        <translation>le chemin «&#xa0;%1&#xa0;» sort du dossier du corpus</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; does not exist</source>
        <translation>le chemin «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leads outside the corpus folder (symbolic link)</source>
        <translation>le chemin «&#xa0;%1&#xa0;» mène hors du dossier du corpus (lien symbolique)</translation>
    </message>
    <message>
        <source>verdict &quot;%1&quot; has rating %2 (expected 0 to 5)</source>
        <translation>le verdict «&#xa0;%1&#xa0;» a la note %2 (attendu&#xa0;: de 0 à 5)</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; has an empty key</source>
        <translation>une entrée de «&#xa0;%1&#xa0;» a une clé vide</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>la clé «&#xa0;%1&#xa0;» figure deux fois dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a source has an empty id</source>
        <translation>une source a un identifiant vide</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is out of order or repeated (sources are sorted by id)</source>
        <translation>la source «&#xa0;%1&#xa0;» est mal placée ou répétée (les sources sont triées par identifiant)</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: unknown readVia &quot;%2&quot;</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: readVia inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: reliability &quot;%2&quot; is not a letter A to F</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: la fiabilité «&#xa0;%2&#xa0;» n’est pas une lettre de A à F</translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot; in &quot;%3&quot;</source>
        <translation>clé de %1 inconnue «&#xa0;%2&#xa0;» dans «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;article&quot; is &quot;%1&quot; but article.json&apos;s id is &quot;%2&quot;</source>
        <translation>«&#xa0;article&#xa0;» vaut «&#xa0;%1&#xa0;» mais l’identifiant de article.json est «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not in sources.json</source>
        <translation>la source «&#xa0;%1&#xa0;» ne figure pas dans sources.json</translation>
    </message>
    <message>
        <source>unknown stance &quot;%1&quot; for source &quot;%2&quot;</source>
        <translation>position inconnue «&#xa0;%1&#xa0;» pour la source «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a claim has an empty id</source>
        <translation>une affirmation a un identifiant vide</translation>
    </message>
    <message>
        <source>claim id appears twice in the corpus</source>
        <translation>l’identifiant d’affirmation figure deux fois dans le corpus</translation>
    </message>
    <message>
        <source>span %1:%2 is outside the text (0:%3) or empty</source>
        <translation>l’étendue %1:%2 sort du texte (0:%3) ou est vide</translation>
    </message>
    <message>
        <source>quote &quot;%1&quot; is not the text at %2:%3, which reads &quot;%4&quot;</source>
        <translation>la citation «&#xa0;%1&#xa0;» n’est pas le texte situé en %2:%3, qui est «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; is not the %2 code points before the quote, &quot;%3&quot;</source>
        <translation>le préfixe «&#xa0;%1&#xa0;» n’est pas les %2 points de code précédant la citation, «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>suffix &quot;%1&quot; is not the %2 code points after the quote, &quot;%3&quot;</source>
        <translation>le suffixe «&#xa0;%1&#xa0;» n’est pas les %2 points de code suivant la citation, «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>unknown claim kind &quot;%1&quot;</source>
        <translation>type d’affirmation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown claim status &quot;%1&quot;</source>
        <translation>statut d’affirmation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>restatement is %1 characters long, at most %2 allowed</source>
        <translation>la reformulation compte %1 caractères, %2 au maximum sont permis</translation>
    </message>
    <message>
        <source>claim is out of order (claims are sorted by start, end, id)</source>
        <translation>affirmation mal placée (les affirmations sont triées par début, fin, identifiant)</translation>
    </message>
    <message>
        <source>article folder &quot;%1&quot; is not a folder</source>
        <translation>le dossier d’article «&#xa0;%1&#xa0;» n’est pas un dossier</translation>
    </message>
    <message>
        <source>the article has an empty id</source>
        <translation>l’article a un identifiant vide</translation>
    </message>
    <message>
        <source>article id &quot;%1&quot; appears twice in the corpus</source>
        <translation>l’identifiant d’article «&#xa0;%1&#xa0;» figure deux fois dans le corpus</translation>
    </message>
    <message>
        <source>version %1 is not a positive integer</source>
        <translation>la version %1 n’est pas un entier positif</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 invalide</translation>
    </message>
    <message>
        <source>starts with a byte order mark</source>
        <translation>commence par une indication d’ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>has a carriage return: the stored text uses &quot;\n&quot; line endings</source>
        <translation>contient un retour chariot&#xa0;: le texte enregistré termine ses lignes par «&#xa0;\n&#xa0;»</translation>
    </message>
    <message>
        <source>is not in Unicode normalisation form C</source>
        <translation>n’est pas en forme de normalisation Unicode C (NFC)</translation>
    </message>
    <message>
        <source>sha256 &quot;%1&quot; does not match %2 (%3)</source>
        <translation>le sha256 «&#xa0;%1&#xa0;» ne correspond pas à %2 (%3)</translation>
    </message>
    <message>
        <source>article folder &quot;%1&quot; is not under the article&apos;s language &quot;%2&quot;</source>
        <translation>le dossier d’article «&#xa0;%1&#xa0;» n’est pas rangé sous la langue de l’article «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no such corpus folder</source>
        <translation>dossier de corpus introuvable</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Crible reads (%2): update Crible</source>
        <translation>la version de format %1 est plus récente que celle que lit ce Crible (%2)&#xa0;: mettez Crible à jour</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>version de format inconnue %1</translation>
    </message>
    <message>
        <source>an annotator is not a string</source>
        <translation>un annotateur n’est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;annotators&quot; is not sorted</source>
        <translation>«&#xa0;annotators&#xa0;» n’est pas trié</translation>
    </message>
    <message>
        <source>an entry of &quot;articles&quot; is not a folder name</source>
        <translation>une entrée de «&#xa0;articles&#xa0;» n’est pas un nom de dossier</translation>
    </message>
    <message>
        <source>article folder &quot;%1&quot; is listed twice</source>
        <translation>le dossier d’article «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>annotator &quot;%1&quot; has no claim in the corpus (export lists the annotators of the claims)</source>
        <translation>l’annotateur «&#xa0;%1&#xa0;» n’a aucune affirmation dans le corpus (l’export liste les annotateurs des affirmations)</translation>
    </message>
    <message>
        <source>annotator &quot;%1&quot; of some claims is not in &quot;annotators&quot;</source>
        <translation>l’annotateur «&#xa0;%1&#xa0;» de certaines affirmations ne figure pas dans «&#xa0;annotators&#xa0;»</translation>
    </message>
    <message>
        <source>article folder &quot;%1&quot; should be named &quot;%2&quot; (from the article&apos;s language and source file name or title), as export names it</source>
        <translation>le dossier d’article «&#xa0;%1&#xa0;» devrait s’appeler «&#xa0;%2&#xa0;» (d’après la langue de l’article et le nom de son fichier source ou son titre), comme l’export le nomme</translation>
    </message>
    <message>
        <source>Annotated article (HTML)</source>
        <translation>Article annoté (HTML)</translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation>Tableau CSV (tableurs)</translation>
    </message>
    <message>
        <source>ClaimReview (JSON-LD)</source>
        <translation>ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>FEVER claims (JSON Lines)</source>
        <translation>Affirmations FEVER (JSON Lines)</translation>
    </message>
    <message>
        <source>HTML fact-check table</source>
        <translation>Tableau de vérification HTML</translation>
    </message>
    <message>
        <source>JSON Lines (researchers)</source>
        <translation>JSON Lines (recherche)</translation>
    </message>
    <message>
        <source>Markdown table (READMEs)</source>
        <translation>Tableau Markdown (README)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>TSV table (research pipelines)</source>
        <translation>Tableau TSV (chaînes de traitement)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Annotations Web W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>1 claim left out of %1</source>
        <translation>1 affirmation laissée de côté dans %1</translation>
    </message>
    <message>
        <source>%1 claims left out of %2</source>
        <translation>%1 affirmations laissées de côté dans %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>count: reason</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>aucun verdict</translation>
    </message>
    <message>
        <source>verdict &quot;%1&quot; is not in the taxonomy</source>
        <translation>le verdict «&#xa0;%1&#xa0;» n’est pas dans la taxonomie</translation>
    </message>
    <message>
        <source>verdict &quot;%1&quot; has no FEVER label</source>
        <translation>le verdict «&#xa0;%1&#xa0;» n’a pas d’étiquette FEVER</translation>
    </message>
    <message>
        <source>verdict &quot;%1&quot; is an opinion, always left out</source>
        <translation>le verdict «&#xa0;%1&#xa0;» est une opinion, toujours laissée de côté</translation>
    </message>
    <message>
        <source>kind &quot;opinion&quot; (verdict &quot;%1&quot;), always left out</source>
        <translation>type «&#xa0;opinion&#xa0;» (verdict «&#xa0;%1&#xa0;»), toujours laissé de côté</translation>
    </message>
    <message>
        <source>1 draft claim left out</source>
        <translation>1 brouillon laissé de côté</translation>
    </message>
    <message>
        <source>%1 draft claims left out</source>
        <translation>%1 brouillons laissés de côté</translation>
    </message>
    <message>
        <source>drafts are never exported</source>
        <translation>les brouillons ne sont jamais exportés</translation>
    </message>
</context>
<context>
    <name>crible::store</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>this SQLite has no FTS5: %1</source>
        <translation>ce SQLite n’a pas FTS5&#xa0;: %1</translation>
    </message>
    <message>
        <source>this SQLite has no usable FTS5</source>
        <translation>ce SQLite n’a pas de FTS5 utilisable</translation>
    </message>
    <message>
        <source>cannot register tokenizer %1: %2</source>
        <translation>impossible d’enregistrer le segmenteur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot register the search ranking</source>
        <translation>impossible d’enregistrer le classement de la recherche</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n’est pas un fichier</translation>
    </message>
    <message>
        <source>not a Crible project (not an SQLite database)</source>
        <translation>ce n’est pas un projet Crible (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>not a Crible project (an SQLite database of another application)</source>
        <translation>ce n’est pas un projet Crible (base de données SQLite d’une autre application)</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Crible (%2); open it with a newer version</source>
        <translation>la version de schéma %1 est plus récente que ce Crible (%2)&#xa0;; ouvrez-le avec une version plus récente</translation>
    </message>
    <message>
        <source>unexpected %1 &quot;%2&quot; in the schema</source>
        <translation>%1 «&#xa0;%2&#xa0;» inattendu dans le schéma</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from the expected schema</source>
        <translation>%1 «&#xa0;%2&#xa0;» diffère du schéma attendu</translation>
    </message>
    <message>
        <source>missing %1 &quot;%2&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;» manquant</translation>
    </message>
    <message>
        <source>refused: more than one SQL statement in one call</source>
        <translation>refusé&#xa0;: plus d’une instruction SQL dans un même appel</translation>
    </message>
    <message>
        <source>empty SQL statement</source>
        <translation>instruction SQL vide</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>le projet est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>claim %1 vanished before it was indexed</source>
        <translation>l’affirmation %1 a disparu avant d’être indexée</translation>
    </message>
    <message>
        <source>unknown taxonomy axis &quot;%1&quot;</source>
        <translation>axe de taxonomie inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation>aucun article d’identifiant %1</translation>
    </message>
    <message>
        <source>claim %1:%2: %3</source>
        <translation>affirmation %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>claim in article %1: %2</source>
        <translation>affirmation de l’article %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>claim %1:%2: the quote &quot;%3&quot; is not the article text there (&quot;%4&quot;)</source>
        <translation>affirmation %1:%2&#xa0;: la citation «&#xa0;%3&#xa0;» n’est pas le texte de l’article à cet endroit («&#xa0;%4&#xa0;»)</translation>
    </message>
    <message>
        <source>claim %1:%2: no source with id %3</source>
        <translation>affirmation %1:%2&#xa0;: aucune source d’identifiant %3</translation>
    </message>
    <message>
        <source>claim %1:%2: no source &quot;%3&quot;</source>
        <translation>affirmation %1:%2&#xa0;: aucune source «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>no claim with id %1</source>
        <translation>aucune affirmation d’identifiant %1</translation>
    </message>
    <message>
        <source>no source with id %1</source>
        <translation>aucune source d’identifiant %1</translation>
    </message>
    <message>
        <source>the file already exists; a new project is never written over an existing file</source>
        <translation>le fichier existe déjà&#xa0;; un nouveau projet n’écrase jamais un fichier existant</translation>
    </message>
    <message>
        <source>unusable tokenizer name &quot;%1&quot;</source>
        <translation>nom de segmenteur inutilisable «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a Crible project: %1</source>
        <translation>ce n’est pas un projet Crible&#xa0;: %1</translation>
    </message>
    <message>
        <source>an unfinished project (schema version %1)</source>
        <translation>projet inachevé (version de schéma %1)</translation>
    </message>
    <message>
        <source>unreadable schema: %1</source>
        <translation>schéma illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected search tokenizer &quot;%1&quot;</source>
        <translation>segmenteur de recherche inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a valid Crible project: %1</source>
        <translation>projet Crible non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is read-only; open the project read-only</source>
        <translation>le fichier est en lecture seule&#xa0;; ouvrez le projet en lecture seule</translation>
    </message>
    <message>
        <source>its search index uses the tokenizer &quot;%1&quot;, which this program did not provide; search and indexing are unavailable</source>
        <translation>son index de recherche utilise le segmenteur «&#xa0;%1&#xa0;», que ce programme ne fournit pas&#xa0;; la recherche et l’indexation sont indisponibles</translation>
    </message>
    <message>
        <source>the batch was already committed</source>
        <translation>le lot a déjà été validé</translation>
    </message>
    <message>
        <source>a %1 entry has no key</source>
        <translation>une entrée de %1 n’a pas de clé</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; appears twice</source>
        <translation>la clé de %1 «&#xa0;%2&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used by claims and cannot be removed</source>
        <translation>%1 «&#xa0;%2&#xa0;» est utilisé par des affirmations et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>article &quot;%1&quot;: version %2 is not positive</source>
        <translation>article «&#xa0;%1&#xa0;»&#xa0;: la version %2 n’est pas positive</translation>
    </message>
    <message>
        <source>article &quot;%1&quot; supersedes article %2, which does not exist</source>
        <translation>l’article «&#xa0;%1&#xa0;» remplace l’article %2, qui n’existe pas</translation>
    </message>
    <message>
        <source>article &quot;%1&quot;: uuid %2 is already in the project</source>
        <translation>article «&#xa0;%1&#xa0;»&#xa0;: l’UUID %2 est déjà dans le projet</translation>
    </message>
    <message>
        <source>article %1 cannot supersede itself</source>
        <translation>l’article %1 ne peut pas se remplacer lui-même</translation>
    </message>
    <message>
        <source>claim %1:%2: id %3 or uuid %4 is already in the project</source>
        <translation>affirmation %1:%2&#xa0;: l’identifiant %3 ou l’UUID %4 est déjà dans le projet</translation>
    </message>
    <message>
        <source>suggestion %1:%2: the decision &quot;%3&quot; is neither &quot;accepted&quot; nor &quot;rejected&quot;</source>
        <translation>suggestion %1:%2&#xa0;: la décision «&#xa0;%3&#xa0;» n’est ni «&#xa0;accepted&#xa0;» ni «&#xa0;rejected&#xa0;»</translation>
    </message>
    <message>
        <source>suggestion in article %1: %2</source>
        <translation>suggestion de l’article %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: uuid %2 is already in the project</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: l’UUID %2 est déjà dans le projet</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is cited by %2 claim links; remove them first</source>
        <translation>la source «&#xa0;%1&#xa0;» est citée par %2 liens d’affirmation&#xa0;; supprimez-les d’abord</translation>
    </message>
    <message>
        <source>search for &quot;%1&quot; failed: %2</source>
        <translation>la recherche de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>a copy cannot replace the open project itself</source>
        <translation>une copie ne peut pas remplacer le projet ouvert lui-même</translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>impossible d’écrire la copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot move the copy into place: %1</source>
        <translation>impossible de mettre la copie en place&#xa0;: %1</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>damaged search index: %1</source>
        <translation>index de recherche endommagé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crible::text::ArticleImport</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>no text left after conversion</source>
        <translation>il ne reste aucun texte après la conversion</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB (%2 bytes)</source>
        <translation>le fichier dépasse %1 Mo (%2 octets)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crible::text::Decoding</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>encodage inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the bytes are not valid %1</source>
        <translation>les octets ne sont pas du %1 valide</translation>
    </message>
    <message>
        <source>the bytes are not valid %1 despite its byte order mark</source>
        <translation>les octets ne sont pas du %1 valide malgré son indication d’ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>données binaires, pas du texte</translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1, though the rest reads as UTF-8; repair the file or force an encoding</source>
        <translation>UTF-8 invalide à l’octet %1, alors que le reste se lit comme de l’UTF-8&#xa0;; réparez le fichier ou imposez un encodage</translation>
    </message>
    <message>
        <source>cannot detect the encoding</source>
        <translation>impossible de détecter l’encodage</translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8 and no known encoding explains them (best guess confidence %1%)</source>
        <translation>les octets ne sont pas de l’UTF-8 valide et aucun encodage connu ne les explique (confiance de la meilleure hypothèse&#xa0;: %1&#xa0;%)</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>le fichier ne contient aucun texte</translation>
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
        <source>&amp;Unlink</source>
        <translation>Dél&amp;ier</translation>
    </message>
    <message>
        <source>Cl&amp;aimant:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <source>&amp;Restatement:</source>
        <translation>&amp;Reformulation :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Presented as:</source>
        <translation>Présenté co&amp;mme :</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>P&amp;ortée :</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplication :</translation>
    </message>
    <message>
        <source>Status as &amp;of:</source>
        <translation>É&amp;tat au :</translation>
    </message>
    <message>
        <source>A&amp;nnotator:</source>
        <translation>A&amp;nnotateur :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
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
    <message>
        <source>claimant</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>restatement</source>
        <translation>reformulation</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>evidence level</source>
        <translation>niveau de preuve</translation>
    </message>
    <message>
        <source>presented as</source>
        <translation>présenté comme</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>portée</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explication</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>date d’état</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>annotateur</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Ne&amp;w source…</source>
        <translation>Nouvelle sour&amp;ce…</translation>
    </message>
    <message>
        <source>L&amp;ink existing…</source>
        <translation>&amp;Lier une source…</translation>
    </message>
    <message>
        <source>Ver&amp;dict:</source>
        <translation>&amp;Verdict :</translation>
    </message>
    <message>
        <source>Evidence &amp;level:</source>
        <translation>Niveau de &amp;preuve :</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier les champs %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not saved: write the date as YYYY-MM-DD (or YYYY-MM, or YYYY), or leave it empty.</source>
        <translation>Non enregistré&#xa0;: écrivez la date sous la forme AAAA-MM-JJ (ou AAAA-MM, ou AAAA), ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2. Not saved until it is shortened.</source>
        <translation>Trop long&#xa0;: %1 caractères, %2 au plus. Non enregistré tant qu’il n’est pas raccourci.</translation>
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
        <source>the claim&apos;s article is no longer in the project</source>
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
        <source>the suggestion&apos;s article is no longer in the project</source>
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
        <translation>Aid&amp;e</translation>
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
        <source>&lt;p&gt;Levels, scopes and verdicts follow the taxonomy&apos;s order (Edit › Taxonomy).&lt;/p&gt;</source>
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
    <message>
        <source>&amp;Presented as</source>
        <translation>P&amp;résenté comme</translation>
    </message>
    <message>
        <source>There is no scope %1 in the taxonomy.</source>
        <translation>La taxonomie n’a pas de portée %1.</translation>
    </message>
    <message>
        <source>Set presented as to %1</source>
        <translation>Présenté comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>No claim selected: click one in the text or the claims list first.</source>
        <translation>Aucune affirmation sélectionnée&#xa0;: cliquez d’abord sur l’une d’elles dans le texte ou dans la liste.</translation>
    </message>
    <message>
        <source>Presented as scope %1</source>
        <translation>Présenté comme portée %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1; %n claim(s) left out</source>
        <translation>
            <numerusform>Exporté vers %1&#xa0;; %n affirmation laissée de côté</numerusform>
            <numerusform>Exporté vers %1&#xa0;; %n affirmations laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, some claims left out</source>
        <translation>Exporté, des affirmations laissées de côté</translation>
    </message>
    <message numerus="yes">
        <source>%1 was written. %n claim(s) are not in it:</source>
        <translation>
            <numerusform>%1 a été écrit. %n affirmation n’y figure pas&#xa0;:</numerusform>
            <numerusform>%1 a été écrit. %n affirmations n’y figurent pas&#xa0;:</numerusform>
        </translation>
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
        <source>St&amp;ance:</source>
        <translation>Pos&amp;ition :</translation>
    </message>
    <message>
        <source>Passa&amp;ge:</source>
        <translation>&amp;Passage :</translation>
    </message>
    <message>
        <source>Type part of a title or publisher</source>
        <translation>Tapez une partie d’un titre ou d’un éditeur</translation>
    </message>
    <message>
        <source>No source is called that: pick one from the list.</source>
        <translation>Aucune source ne porte ce nom&#xa0;: choisissez-en une dans la liste.</translation>
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
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
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
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>TRUE: true or mostly true</source>
        <translation>TRUE&#xa0;: vrai ou plutôt vrai</translation>
    </message>
    <message>
        <source>FALSE: false or mostly false</source>
        <translation>FALSE&#xa0;: faux ou plutôt faux</translation>
    </message>
    <message>
        <source>MIXTURE: partly true, partly false</source>
        <translation>MIXTURE&#xa0;: en partie vrai, en partie faux</translation>
    </message>
    <message>
        <source>OTHER: none of these (unverifiable, outdated, opinion)</source>
        <translation>OTHER&#xa0;: aucun de ceux-là (invérifiable, dépassé, opinion)</translation>
    </message>
    <message>
        <source>SUPPORTS: the evidence supports the claim</source>
        <translation>SUPPORTS&#xa0;: les éléments confirment l’affirmation</translation>
    </message>
    <message>
        <source>REFUTES: the evidence refutes the claim</source>
        <translation>REFUTES&#xa0;: les éléments réfutent l’affirmation</translation>
    </message>
    <message>
        <source>NOT ENOUGH INFO: not enough evidence either way</source>
        <translation>NOT ENOUGH INFO&#xa0;: pas assez d’éléments dans un sens ou dans l’autre</translation>
    </message>
    <message>
        <source>Left out of FEVER and ClaimReview (an opinion, not checkable)</source>
        <translation>Hors de FEVER et de ClaimReview (une opinion, non vérifiable)</translation>
    </message>
    <message>
        <source>None: the review names the verdict, with no rating</source>
        <translation>Aucune&#xa0;: la vérification nomme le verdict, sans note</translation>
    </message>
    <message>
        <source>1: worst, false</source>
        <translation>1&#xa0;: la pire, faux</translation>
    </message>
    <message>
        <source>2: mostly false</source>
        <translation>2&#xa0;: plutôt faux</translation>
    </message>
    <message>
        <source>3: mixed, misleading</source>
        <translation>3&#xa0;: mitigé, trompeur</translation>
    </message>
    <message>
        <source>4: mostly true</source>
        <translation>4&#xa0;: plutôt vrai</translation>
    </message>
    <message>
        <source>5: best, true</source>
        <translation>5&#xa0;: la meilleure, vrai</translation>
    </message>
    <message>
        <source>“%1” (not a standard value)</source>
        <translation>«&#xa0;%1&#xa0;» (valeur non standard)</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <source>Stored in the claims and the machine-readable exports; it does not change when the labels do.</source>
        <translation>Enregistrée dans les affirmations et les exports pour machines&#xa0;; elle ne change pas quand les libellés changent.</translation>
    </message>
    <message>
        <source>The verdict&apos;s ClaimsKG normalised value, in the JSON exports.</source>
        <translation>La valeur normalisée ClaimsKG du verdict, dans les exports JSON.</translation>
    </message>
    <message>
        <source>The FEVER label of its claims. A verdict left out of FEVER is taken as an opinion: its claims are left out of the FEVER and ClaimReview exports, which say how many.</source>
        <translation>L’étiquette FEVER de ses affirmations. Un verdict hors de FEVER est traité comme une opinion&#xa0;: ses affirmations sont laissées de côté dans les exports FEVER et ClaimReview, qui en donnent le nombre.</translation>
    </message>
    <message>
        <source>ClaimReview&apos;s ratingValue, from 1 (worst) to 5 (best).</source>
        <translation>Le ratingValue de ClaimReview, de 1 (le pire) à 5 (le meilleur).</translation>
    </message>
    <message>
        <source>Same as the label</source>
        <translation>Comme le libellé</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>Libellé an&amp;glais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;French label:</source>
        <translation>Libellé &amp;français&#xa0;:</translation>
    </message>
    <message>
        <source>English descr&amp;iption:</source>
        <translation>Descr&amp;iption anglaise&#xa0;:</translation>
    </message>
    <message>
        <source>French descri&amp;ption:</source>
        <translation>Descri&amp;ption française&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>C&amp;ouleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ClaimsKG value:</source>
        <translation>Valeur &amp;ClaimsKG&#xa0;:</translation>
    </message>
    <message>
        <source>FE&amp;VER label:</source>
        <translation>Étiquette FE&amp;VER&#xa0;:</translation>
    </message>
    <message>
        <source>ClaimReview &amp;rating:</source>
        <translation>&amp;Note ClaimReview&#xa0;:</translation>
    </message>
    <message>
        <source>Table group (Frenc&amp;h):</source>
        <translation>Groupe du &amp;tableau (français)&#xa0;:</translation>
    </message>
    <message>
        <source>Table &amp;group (English):</source>
        <translation>Groupe du ta&amp;bleau (anglais)&#xa0;:</translation>
    </message>
    <message>
        <source>No English label: the English editor and the exports of English articles would show a blank.</source>
        <translation>Pas de libellé anglais&#xa0;: l’éditeur en anglais et les exports d’articles en anglais afficheraient un blanc.</translation>
    </message>
    <message>
        <source>No French label: the French editor and the exports of French articles show the English one.</source>
        <translation>Pas de libellé français&#xa0;: l’éditeur en français et les exports d’articles en français affichent le libellé anglais.</translation>
    </message>
    <message>
        <source>No ClaimsKG value: the JSON exports give an empty normalised verdict.</source>
        <translation>Pas de valeur ClaimsKG&#xa0;: les exports JSON donnent un verdict normalisé vide.</translation>
    </message>
    <message>
        <source>“%1” is not a ClaimsKG value (TRUE, FALSE, MIXTURE or OTHER).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur ClaimsKG (TRUE, FALSE, MIXTURE ou OTHER).</translation>
    </message>
    <message>
        <source>“%1” is not a FEVER label (SUPPORTS, REFUTES or NOT ENOUGH INFO).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étiquette FEVER (SUPPORTS, REFUTES ou NOT ENOUGH INFO).</translation>
    </message>
    <message>
        <source>Rating %1 is outside ClaimReview&apos;s scale of 1 to 5.</source>
        <translation>La note %1 sort de l’échelle de ClaimReview, de 1 à 5.</translation>
    </message>
    <message>
        <source>Left out of FEVER and ClaimReview: its claims count as opinions, and those two exports leave them out (and say how many).</source>
        <translation>Hors de FEVER et de ClaimReview&#xa0;: ses affirmations comptent comme des opinions, que ces deux exports laissent de côté (en donnant leur nombre).</translation>
    </message>
    <message>
        <source>The “opinion” verdict is always left out of FEVER and ClaimReview, whatever its FEVER label.</source>
        <translation>Le verdict «&#xa0;opinion&#xa0;» est toujours laissé hors de FEVER et de ClaimReview, quelle que soit son étiquette FEVER.</translation>
    </message>
    <message>
        <source>No ClaimReview rating: its reviews name the verdict without a ratingValue.</source>
        <translation>Pas de note ClaimReview&#xa0;: ses vérifications nomment le verdict sans ratingValue.</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplet)</translation>
    </message>
    <message>
        <source>%1 — not in FEVER or ClaimReview</source>
        <translation>%1 — hors de FEVER et de ClaimReview</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>Incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changes not applied yet: OK or Apply makes them one undo step.</source>
        <translation>Modifications pas encore appliquées&#xa0;: OK ou Appliquer en fait une seule étape d’annulation.</translation>
    </message>
    <message>
        <source>Edit taxonomy</source>
        <translation>Modifier la taxonomie</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Add a verdict</source>
        <translation>Ajouter un verdict</translation>
    </message>
    <message>
        <source>Add an evidence level</source>
        <translation>Ajouter un niveau de preuve</translation>
    </message>
    <message>
        <source>Add a scope</source>
        <translation>Ajouter une portée</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Exports need these: a verdict left out of FEVER is taken as an opinion, and its claims are left out of the FEVER and ClaimReview exports (which say how many).</source>
        <translation>Les exports en ont besoin&#xa0;: un verdict hors de FEVER est traité comme une opinion, et ses affirmations sont laissées de côté dans les exports FEVER et ClaimReview (qui en donnent le nombre).</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>libellé français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>libellé anglais</translation>
    </message>
    <message>
        <source>ClaimsKG value</source>
        <translation>valeur ClaimsKG</translation>
    </message>
    <message>
        <source>FEVER label</source>
        <translation>étiquette FEVER</translation>
    </message>
    <message>
        <source>ClaimReview rating</source>
        <translation>note ClaimReview</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Reste à donner&#xa0;: %1</translation>
    </message>
</context>
</TS>
