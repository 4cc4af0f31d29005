<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>crible::core</name>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date or forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read through a repost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot; in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1:%2 is outside the text (0:%3) or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown claim kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown claim status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed status-as-of date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restatement is %1 characters long, at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1:%2 is empty or reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source stance &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source needs a title or a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source URL &quot;%1&quot; is not an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive URL &quot;%1&quot; is not an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed source date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed accessed date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reading mode &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability &quot;%1&quot; is not an Admiralty letter A-F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::export</name>
    <message>
        <source>No article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ODF writer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF writer produced nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more problems: see crible-cli corpus check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corpus.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources.json: source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: claim %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed date &quot;%1&quot; in &quot;%2&quot; (expected YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed time &quot;%1&quot; in &quot;%2&quot; (expected YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (export would drop it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; uses a backslash: corpus paths are relative, with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is absolute: paths must stay inside the corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leads outside the corpus folder (symbolic link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict &quot;%1&quot; has rating %2 (expected 0 to 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; has an empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source has an empty id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is out of order or repeated (sources are sorted by id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: unknown readVia &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: reliability &quot;%2&quot; is not a letter A to F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot; in &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;article&quot; is &quot;%1&quot; but article.json&apos;s id is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not in sources.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stance &quot;%1&quot; for source &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim has an empty id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim id appears twice in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span %1:%2 is outside the text (0:%3) or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote &quot;%1&quot; is not the text at %2:%3, which reads &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix &quot;%1&quot; is not the %2 code points before the quote, &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suffix &quot;%1&quot; is not the %2 code points after the quote, &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown claim kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown claim status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restatement is %1 characters long, at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim is out of order (claims are sorted by start, end, id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article folder &quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has an empty id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article id &quot;%1&quot; appears twice in the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a carriage return: the stored text uses &quot;\n&quot; line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in Unicode normalisation form C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256 &quot;%1&quot; does not match %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article folder &quot;%1&quot; is not under the article&apos;s language &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such corpus folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this Crible reads (%2): update Crible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotator is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;annotators&quot; is not sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;articles&quot; is not a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article folder &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator &quot;%1&quot; has no claim in the corpus (export lists the annotators of the claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator &quot;%1&quot; of some claims is not in &quot;annotators&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article folder &quot;%1&quot; should be named &quot;%2&quot; (from the article&apos;s language and source file name or title), as export names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated article (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEVER claims (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML fact-check table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (researchers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown table (READMEs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV table (research pipelines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 claim left out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims left out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>count: reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict &quot;%1&quot; is not in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict &quot;%1&quot; has no FEVER label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict &quot;%1&quot; is an opinion, always left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &quot;opinion&quot; (verdict &quot;%1&quot;), always left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 draft claim left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draft claims left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafts are never exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::store</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite has no FTS5: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SQLite has no usable FTS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot register tokenizer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot register the search ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Crible project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Crible project (an SQLite database of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Crible (%2); open it with a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 &quot;%2&quot; in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; differs from the expected schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: more than one SQL statement in one call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty SQL statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 vanished before it was indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown taxonomy axis &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim in article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1:%2: the quote &quot;%3&quot; is not the article text there (&quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1:%2: no source with id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1:%2: no source &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claim with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists; a new project is never written over an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable tokenizer name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Crible project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unfinished project (schema version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected search tokenizer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid Crible project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only; open the project read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its search index uses the tokenizer &quot;%1&quot;, which this program did not provide; search and indexing are unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch was already committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 entry has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is used by claims and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article &quot;%1&quot;: version %2 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article &quot;%1&quot; supersedes article %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article &quot;%1&quot;: uuid %2 is already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 cannot supersede itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1:%2: id %3 or uuid %4 is already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion %1:%2: the decision &quot;%3&quot; is neither &quot;accepted&quot; nor &quot;rejected&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion in article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: uuid %2 is already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is cited by %2 claim links; remove them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search for &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy cannot replace the open project itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the copy into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::text::ArticleImport</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text left after conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::text::Decoding</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not valid %1 despite its byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 at byte %1, though the rest reads as UTF-8; repair the file or force an encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot detect the encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8 and no known encoding explains them (best guess confidence %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::ClaimForm</name>
    <message>
        <source>Who makes the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim in a short neutral sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is actually true, in one or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;aimant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restatement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presented as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnotator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit restatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set evidence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set presented as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim, or select text and press T to tag one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presented as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ink existing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;dict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: write the date as YYYY-MM-DD (or YYYY-MM, or YYYY), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2. Not saved until it is shortened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::ClaimListModel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::Document</name>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim&apos;s article is no longer in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select some text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection holds no word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no sentence here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this passage is already a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim changed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set verdict to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set evidence level to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set scope to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no entry %1 in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n articles</source>
        <translation>
            <numerusform>Import %n article</numerusform>
            <numerusform>Import %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no open suggestion here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suggestion&apos;s article is no longer in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::MainWindow</name>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the &amp;sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Crible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Crible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Crible&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Annotate and fact-check articles: keep national reality apart from local pilots, plans, commercial schemes and systems that do not exist.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — Crible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text first, or press S for the whole sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft claim added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crible projects (*.crible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select text in the article (Shift+arrows or the mouse), then:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Levels, scopes and verdicts follow the taxonomy&apos;s order (Edit › Taxonomy).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Crible starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit claim fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In the text, the tint is the scope; the underline is the evidence level: thick for the first level, then solid, dashed, dotted and wavy. A dashed frame marks a draft; stacked underlines mark overlapping claims.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scope: %2&lt;br&gt;Presented as: %3&lt;br&gt;Evidence: %4&lt;br&gt;Verdict: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A dotted grey frame with a diamond in the margin is a suggested claim, not a claim: N goes to the next one, A makes it a draft claim, R rejects it for good.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested claims are hidden (View › Suggested claims).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion selected: press N to go to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion accepted as a draft claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presented as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scope %1 in the taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set presented as to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim selected: click one in the text or the claims list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented as scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1; %n claim(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, some claims left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was written. %n claim(s) are not in it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crible::ui::SearchPanel</name>
    <message>
        <source>Search the project (words; accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::SettingsDialog</name>
    <message>
        <source>Project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;annotator:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::SourceLinkDialog</name>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary document (law, notice, court record, dataset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage of the source that bears on the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a title or publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is called that: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::Startup</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::Suggestions</name>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested claim&lt;/b&gt; (not a claim yet)&lt;br&gt;Why: %1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;A: accept as a draft claim, R: reject&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crible::ui::TaxonomyDialog</name>
    <message>
        <source>Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRUE: true or mostly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FALSE: false or mostly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIXTURE: partly true, partly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OTHER: none of these (unverifiable, outdated, opinion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPPORTS: the evidence supports the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUTES: the evidence refutes the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ENOUGH INFO: not enough evidence either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of FEVER and ClaimReview (an opinion, not checkable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the review names the verdict, with no rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: worst, false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2: mostly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3: mixed, misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4: mostly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5: best, true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (not a standard value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the claims and the machine-readable exports; it does not change when the labels do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict&apos;s ClaimsKG normalised value, in the JSON exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FEVER label of its claims. A verdict left out of FEVER is taken as an opinion: its claims are left out of the FEVER and ClaimReview exports, which say how many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview&apos;s ratingValue, from 1 (worst) to 5 (best).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;French label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ClaimsKG value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FE&amp;VER label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview &amp;rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table group (Frenc&amp;h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &amp;group (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English label: the English editor and the exports of English articles would show a blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No French label: the French editor and the exports of French articles show the English one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ClaimsKG value: the JSON exports give an empty normalised verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ClaimsKG value (TRUE, FALSE, MIXTURE or OTHER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a FEVER label (SUPPORTS, REFUTES or NOT ENOUGH INFO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating %1 is outside ClaimReview&apos;s scale of 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of FEVER and ClaimReview: its claims count as opinions, and those two exports leave them out (and say how many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “opinion” verdict is always left out of FEVER and ClaimReview, whatever its FEVER label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ClaimReview rating: its reviews name the verdict without a ratingValue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not in FEVER or ClaimReview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not applied yet: OK or Apply makes them one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an evidence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports need these: a verdict left out of FEVER is taken as an opinion, and its claims are left out of the FEVER and ClaimReview exports (which say how many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimsKG value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEVER label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
