<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>crible::core</name>
        <message>
            <source>Statistic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date or forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Causal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Definition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opinion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prediction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Graded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read directly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read in translation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read through a repost</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::ArticleListModel</name>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publisher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drafts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::ClaimForm</name>
        <message>
            <source>Who makes the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The claim in a short neutral sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is actually true, in one or two sentences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New source…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Link existing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cl&amp;aimant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restatement:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verdict:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Evidence level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Presented as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scope:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xplanation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status as &amp;of:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;nnotator:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit claimant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit restatement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit status date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit annotator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set evidence level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set presented as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a claim, or select text and press T to tag one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit explanation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::ClaimListModel</name>
        <message>
            <source>Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::Document</name>
        <message>
            <source>Import “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the claim's article is no longer in the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no article is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>select some text first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the selection holds no word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no sentence here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this passage is already a claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the claim changed identity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set verdict to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set evidence level to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set scope to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no entry %1 in this list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit source link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlink source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file holds no text</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change project settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no open suggestion here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reject suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the suggestion's article is no longer in the project</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::MainWindow</name>
        <message>
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verdict:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find in project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter &amp;claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Taxonomy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project &amp;settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag the &amp;sentence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Evidence level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;cope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scope %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verdict %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Crible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Crible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Crible&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Annotate and fact-check articles: keep national reality apart from local pilots, plans, commercial schemes and systems that do not exist.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Claim not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crible</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>no article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select some text first, or press S for the whole sentence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft claim added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a claim first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crible projects (*.crible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import failed</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (*.%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taxonomy not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Select text in the article (Shift+arrows or the mouse), then:&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Levels, scopes and verdicts follow the taxonomy's order (Edit › Taxonomy).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language changes the next time Crible starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit claim fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the &amp;text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;In the text, the tint is the scope; the underline is the evidence level: thick for the first level, then solid, dashed, dotted and wavy. A dashed frame marks a draft; stacked underlines mark overlapping claims.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Scope: %2&lt;br&gt;Presented as: %3&lt;br&gt;Evidence: %4&lt;br&gt;Verdict: %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;uggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Accept suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reject suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Suggested claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;A dotted grey frame with a diamond in the margin is a suggested claim, not a claim: N goes to the next one, A makes it a draft claim, R rejects it for good.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for suggestions…</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested claims are hidden (View › Suggested claims).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No suggestion selected: press N to go to the next one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestion accepted as a draft claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggestion rejected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::SearchPanel</name>
        <message>
            <source>Search the project (words; accents optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2): %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::SettingsDialog</name>
        <message>
            <source>Project settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publishing &amp;organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation &amp;URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default &amp;annotator:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::SourceLinkDialog</name>
        <message>
            <source>New source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link a source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Primary document (law, notice, court record, dataset)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Publisher:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document &amp;number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passage of the source that bears on the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;tance:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Passage:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::Startup</name>
        <message>
            <source>%1: no such file or folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::Suggestions</name>
        <message>
            <source>figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forecast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>absolute wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comparison</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attribution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>named system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Suggested claim&lt;/b&gt; (not a claim yet)&lt;br&gt;Why: %1&lt;br&gt;%2&lt;br&gt;&lt;i&gt;A: accept as a draft claim, R: reject&lt;/i&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>crible::ui::TaxonomyDialog</name>
        <message>
            <source>Taxonomy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verdicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence levels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scopes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename to “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
