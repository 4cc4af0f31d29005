#include "text/markup.h"

#include <QRandomGenerator>
#include <QTest>

using namespace crible::text;

class TestMarkup : public QObject
{
    Q_OBJECT

private slots:
    void htmlText_data();
    void htmlText();
    void htmlMetadata();
    void htmlMalformedNeverHangs_data();
    void htmlMalformedNeverHangs();
    void markdown_data();
    void markdown();
    void randomMarkupKeepsInvariants();
};

void TestMarkup::htmlText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraphs") << QStringLiteral("<p>Un.</p><p>Deux.</p>")
                                << QStringLiteral("Un.\n\nDeux.");
    QTest::newRow("whitespace-collapsed")
        << QStringLiteral("<p>  Un\n   deux\t trois  </p>") << QStringLiteral("Un deux trois");
    QTest::newRow("br") << QStringLiteral("<p>ligne<br>suivante<BR/>fin</p>")
                        << QStringLiteral("ligne\nsuivante\nfin");
    QTest::newRow("headings-lists")
        << QStringLiteral("<h2>Titre</h2><ul><li>a</li><li>b</li></ul><div>c</div>")
        << QStringLiteral("Titre\n\na\n\nb\n\nc");
    QTest::newRow("inline-kept-in-paragraph")
        << QStringLiteral("<p>Le <b>maximum</b> est de <a href='x'>950</a> points.</p>")
        << QStringLiteral("Le maximum est de 950 points.");
    QTest::newRow("named-entities")
        << QStringLiteral("<p>L&rsquo;&Eacute;tat &laquo;&nbsp;mod&egrave;le&nbsp;&raquo; "
                          "&hellip; &amp; &lt;b&gt; &oelig; &euro; &copy;</p>")
        << QString::fromUtf8("L’État «\u00A0modèle\u00A0» … & <b> œ € ©");
    QTest::newRow("numeric-entities")
        << QStringLiteral("<p>&#8217;&#x2019;&#X2019;&#233;&#128512;&#150;&#0;</p>")
        << QString::fromUtf8("’’’é😀–\uFFFD");
    QTest::newRow("legacy-entity-without-semicolon")
        << QStringLiteral("<p>&copy 2018 &eacutes &unknown; &amp</p>")
        << QString::fromUtf8("© 2018 és &unknown; &");
    QTest::newRow("dropped-elements")
        << QStringLiteral("<nav>menu</nav><header>tête</header><p>texte</p><aside>pub</aside>"
                          "<footer>pied</footer><form>champ</form><svg><text>x</text></svg>"
                          "<iframe>cadre</iframe><template>t</template><noscript>n</noscript>")
        << QStringLiteral("texte");
    QTest::newRow("script-with-tags-inside")
        << QStringLiteral("<p>a</p><script>document.write('<p>b</p>'); if (x</y) {}</script>"
                          "<SCRIPT type=x>c</SCRIPT ><p>d</p>")
        << QStringLiteral("a\n\nd");
    QTest::newRow("style") << QStringLiteral("<style>p > a { x: '</p>' }</style><p>e</p>")
                           << QStringLiteral("e");
    QTest::newRow("comment-and-cdata")
        << QStringLiteral("<p>a<!-- <p>no</p> -->b<![CDATA[<c>]]></p>") << QStringLiteral("ab<c>");
    QTest::newRow("less-than-in-text")
        << QStringLiteral("<p>3 < 5 et 4 <= 6</p>") << QStringLiteral("3 < 5 et 4 <= 6");
    QTest::newRow("uppercase-and-attributes")
        << QStringLiteral("<DIV CLASS=\"x\" data-a='y>z' hidden>texte</DIV>")
        << QStringLiteral("texte");
    QTest::newRow("unclosed-paragraphs")
        << QStringLiteral("<p>un<p>deux<p>trois") << QStringLiteral("un\n\ndeux\n\ntrois");
    QTest::newRow("table") << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td>"
                                             "</tr></table>")
                           << QStringLiteral("a b\n\nc");
    QTest::newRow("pre-keeps-lines") << QStringLiteral("<p>x</p><pre>\nun\n  deux</pre><p>y</p>")
                                     << QStringLiteral("x\n\nun\n  deux\n\ny");
    QTest::newRow("article-header-kept")
        << QStringLiteral("<header>Site</header><main><article><header><h1>Titre</h1>"
                          "<p>Par X</p></header><p>Texte</p></article></main><header>Bas</header>")
        << QStringLiteral("Titre\n\nPar X\n\nTexte");
    QTest::newRow("nested-nav") << QStringLiteral("<nav><nav>a</nav>b</nav><p>c</p>")
                                << QStringLiteral("c");
    QTest::newRow("chinese-and-emoji") << QStringLiteral("<p>社会信用体系。</p><p>😀 ok</p>")
                                       << QStringLiteral("社会信用体系。\n\n😀 ok");
}

void TestMarkup::htmlText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(htmlToText(html).text, expected);
}

void TestMarkup::htmlMetadata()
{
    const QString html =
        QStringLiteral("<html xml:lang='de' lang=\"fr\"><head><title> Le  titre &amp; plus </title>"
                       "<meta property='og:site_name' content='Journal &eacute;tranger'>"
                       "<meta property=article:published_time content=2019-07-05T10:00:00Z>"
                       "<meta name=\"author\" content=\"A. Auteur\">"
                       "<link rel=\"alternate canonical\" href=\"https://ex.org/a\">"
                       "</head><body><svg><title>icône</title></svg><p>x</p></body></html>");
    const HtmlDocument doc = htmlToText(html);
    QCOMPARE(doc.title, QStringLiteral("Le titre & plus"));
    QCOMPARE(doc.publisher, QString::fromUtf8("Journal étranger"));
    QCOMPARE(doc.publishedDate, QStringLiteral("2019-07-05"));
    QCOMPARE(doc.author, QStringLiteral("A. Auteur"));
    QCOMPARE(doc.canonicalUrl, QStringLiteral("https://ex.org/a"));
    QCOMPARE(doc.language, QStringLiteral("fr"));
    QCOMPARE(doc.text, QStringLiteral("x"));

    // og:title wins over <title>, og:url stands in for a missing canonical link.
    const HtmlDocument og = htmlToText(QStringLiteral(
        "<title>T</title><meta property=\"og:title\" content=\"OG\"><meta property=og:url "
        "content=https://ex.org/og><p>y"));
    QCOMPARE(og.title, QStringLiteral("OG"));
    QCOMPARE(og.canonicalUrl, QStringLiteral("https://ex.org/og"));
    QVERIFY(og.publishedDate.isEmpty());
}

void TestMarkup::htmlMalformedNeverHangs_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("unterminated-tag")
        << QStringLiteral("texte <p class='a") << QStringLiteral("texte");
    QTest::newRow("unterminated-comment")
        << QStringLiteral("avant<!-- jamais fermé") << QStringLiteral("avant");
    QTest::newRow("unterminated-script")
        << QStringLiteral("avant<script>var a = 1;") << QStringLiteral("avant");
    QTest::newRow("lone-lt-at-end") << QStringLiteral("fin <") << QStringLiteral("fin <");
    QTest::newRow("lone-amp") << QStringLiteral("a & b &#; &#x; &")
                              << QStringLiteral("a & b &#; &#x; &");
    QTest::newRow("unterminated-quote")
        << QStringLiteral("<a href=\"x>lien</a> suite") << QStringLiteral("suite");
    QTest::newRow("stray-equals") << QStringLiteral("<p = = x=>mot</p>") << QStringLiteral("mot");
    QTest::newRow("huge-numeric-entity")
        << QStringLiteral("a&#99999999999999999999;b") << QString::fromUtf8("a\uFFFDb");
    QTest::newRow("end-tag-only") << QStringLiteral("</p></div>mot</nav>") << QStringLiteral("mot");
    QTest::newRow("doctype-and-pi")
        << QStringLiteral("<!DOCTYPE html><?xml x?>mot") << QStringLiteral("mot");
}

void TestMarkup::htmlMalformedNeverHangs()
{
    QFETCH(QString, html);
    QFETCH(QString, mustContain);
    const HtmlDocument doc = htmlToText(html);
    QVERIFY2(doc.text.contains(mustContain), qPrintable(doc.text));
}

void TestMarkup::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("headings") << QStringLiteral("# Titre\n\n## Sous-titre ##\nTexte.")
                              << QStringLiteral("Titre\n\nSous-titre\n\nTexte.");
    QTest::newRow("setext") << QStringLiteral("Titre\n=====\n\nTexte\n---\n")
                            << QStringLiteral("Titre\n\nTexte");
    QTest::newRow("emphasis") << QStringLiteral("Le **crédit** _social_ *est* __un__ ~~faux~~ "
                                                "système.")
                              << QStringLiteral("Le crédit social est un faux système.");
    QTest::newRow("emphasis-lookalikes") << QStringLiteral("5 * 3 = 15, snake_case_name, 2*3")
                                         << QStringLiteral("5 * 3 = 15, "
                                                           "snake_case_name, "
                                                           "2*3");
    QTest::newRow("code-span") << QStringLiteral("Appelez `f(*x*)` ou ``a`b``.")
                               << QStringLiteral("Appelez f(*x*) ou a`b.");
    QTest::newRow("links-images")
        << QStringLiteral("Voir [le *plan*](https://ex.org \"t\") et ![une image](i.png) "
                          "[réf][1] <https://ex.org/a>.\n\n[1]: https://ex.org/ref")
        << QStringLiteral("Voir le plan et réf https://ex.org/a.");
    QTest::newRow("lists") << QStringLiteral(
                                  "Intro :\n\n- un\n* deux\n+ trois\n1. quatre\n2) cinq\n"
                                  "- [x] six\n\nFin.")
                           << QStringLiteral(
                                  "Intro :\n\nun\ndeux\ntrois\nquatre\ncinq\nsix\n\nFin.");
    QTest::newRow("blockquote") << QStringLiteral(
                                       "> Une citation\n> sur deux lignes.\n>\n> > Imbriquée")
                                << QStringLiteral("Une citation sur deux lignes.\n\nImbriquée");
    QTest::newRow("code-fence") << QStringLiteral(
                                       "Avant\n\n```cpp\nint *p = **q;\n  # pas titre\n```\n"
                                       "Après")
                                << QStringLiteral("Avant\n\nint *p = **q;\n  # pas titre\n\nAprès");
    QTest::newRow("soft-breaks-join") << QStringLiteral("un\ndeux\r\ntrois\n\n\n\nquatre")
                                      << QStringLiteral("un deux trois\n\nquatre");
    QTest::newRow("escapes-and-entities") << QStringLiteral("\\*pas\\* &eacute;t&eacute; \\# x")
                                          << QString::fromUtf8("*pas* été # x");
    QTest::newRow("thematic-break") << QStringLiteral("a\n\n***\n\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("hash-without-space")
        << QStringLiteral("#hashtag pas un titre") << QStringLiteral("#hashtag pas un titre");
    QTest::newRow("unclosed-fence")
        << QStringLiteral("a\n\n~~~\ncode") << QStringLiteral("a\n\ncode");
}

void TestMarkup::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(markdownToText(markdown), expected);
}

namespace {

// The builder's promises: no white space at either end, never more than one blank line.
bool wellFormedText(const QString &text)
{
    if (text.isEmpty())
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return false;
    return !text.contains(QStringLiteral("\n\n\n"));
}

} // namespace

void TestMarkup::randomMarkupKeepsInvariants()
{
    // Fragments of real and broken markup glued at random: the converters must finish,
    // and keep their output invariants, whatever the order.
    const QStringList pieces = {u"<p>"_qs,
                                u"</p>"_qs,
                                u"<div class='a"_qs,
                                u"\""_qs,
                                u"<"_qs,
                                u">"_qs,
                                u"&"_qs,
                                u"&amp"_qs,
                                u"&#x"_qs,
                                u"&#12345;"_qs,
                                u"<!--"_qs,
                                u"-->"_qs,
                                u"<![CDATA["_qs,
                                u"]]>"_qs,
                                u"<script>"_qs,
                                u"</script>"_qs,
                                u"<nav>"_qs,
                                u"</nav>"_qs,
                                u"<br>"_qs,
                                u"<pre>"_qs,
                                u"</pre>"_qs,
                                u" mot "_qs,
                                u"\n"_qs,
                                u"\r\n"_qs,
                                u"\t"_qs,
                                u"*"_qs,
                                u"**"_qs,
                                u"_"_qs,
                                u"`"_qs,
                                u"```"_qs,
                                u"["_qs,
                                u"]"_qs,
                                u"("_qs,
                                u")"_qs,
                                u"# "_qs,
                                u"> "_qs,
                                u"- "_qs,
                                u"1. "_qs,
                                u"---"_qs,
                                u"😀"_qs,
                                QString::fromUtf8("é"),
                                u"\\"_qs,
                                u"<title>"_qs,
                                u"</title>"_qs,
                                u"<?x"_qs};
    QRandomGenerator random(20260611);
    for (int round = 0; round < 400; ++round) {
        QString input;
        const int count = int(random.bounded(1, 60));
        for (int k = 0; k < count; ++k)
            input += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        const HtmlDocument doc = htmlToText(input);
        QVERIFY2(wellFormedText(doc.text) || input.contains(u"<pre>"_qs), qPrintable(input));
        QVERIFY2(doc.text.isEmpty() || !doc.text.back().isSpace(), qPrintable(input));
        const QString md = markdownToText(input);
        QVERIFY2(!md.contains(u'\r'), qPrintable(input));
        QVERIFY2(md.isEmpty() || !md.back().isSpace(), qPrintable(input));
    }
}

QTEST_GUILESS_MAIN(TestMarkup)
#include "tst_markup.moc"
