#include "core/anchor.h"
#include "core/offsets.h"
#include "text/quote_search.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace crible::text;
using crible::core::CodePointIndex;
using crible::core::TextQuoteAnchor;

namespace {

QString seedText()
{
    QFile file(QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The stored text a code point span covers.
QString slice(const QString &text, Span span)
{
    const CodePointIndex index(text);
    return crible::core::codePointSlice(text, index, span.start, span.end);
}

} // namespace

class TestQuoteSearch : public QObject
{
    Q_OBJECT

private slots:
    void folding_data();
    void folding();
    void accentsAndCaseStillMatter();
    void nthOccurrence();
    void offsetsAreCodePoints();
    void seedArticleQuotes_data();
    void seedArticleQuotes();
    void reanchorAfterEdit();
    void reanchorPicksBestContext();
    void reanchorGone();
    void anySliceIsFound();
};

void TestQuoteSearch::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("expectedMatch"); // exact stored text found
    QTest::newRow("apostrophe") << QString::fromUtf8("de l’argent liquide")
                                << QStringLiteral("l'argent") << QString::fromUtf8("l’argent");
    QTest::newRow("modifier-apostrophe")
        << QString::fromUtf8("l\u02BCargent") << QStringLiteral("l'argent")
        << QString::fromUtf8("l\u02BCargent");
    QTest::newRow("guillemets-nbsp")
        << QString::fromUtf8("Ce «\u00A0modèle\u00A0» pourrait") << QString::fromUtf8("\"modèle\"")
        << QString::fromUtf8("«\u00A0modèle\u00A0»");
    QTest::newRow("guillemets-narrow-nbsp")
        << QString::fromUtf8("Ce «\u202Fmodèle\u202F» pourrait")
        << QString::fromUtf8("Ce \"modèle\" pourrait")
        << QString::fromUtf8("Ce «\u202Fmodèle\u202F» pourrait");
    QTest::newRow("guillemets-typed-with-spaces")
        << QString::fromUtf8("Ce «\u00A0modèle\u00A0» pourrait") << QString::fromUtf8("« modèle »")
        << QString::fromUtf8("«\u00A0modèle\u00A0»");
    QTest::newRow("inside-guillemets")
        << QString::fromUtf8("Ce « modèle » pourrait") << QString::fromUtf8("modèle")
        << QString::fromUtf8("modèle");
    QTest::newRow("curly-double") << QString::fromUtf8("dit “non” hier")
                                  << QStringLiteral("\"non\"") << QString::fromUtf8("“non”");
    QTest::newRow("double-space") << QStringLiteral("Le maximum de points")
                                  << QStringLiteral("Le  maximum") << QStringLiteral("Le maximum");
    QTest::newRow("newline-vs-space")
        << QStringLiteral("la vie\nquotidienne") << QStringLiteral("vie quotidienne")
        << QStringLiteral("vie\nquotidienne");
    QTest::newRow("nbsp-vs-space") << QString::fromUtf8("20\u00A0%") << QStringLiteral("20 %")
                                   << QString::fromUtf8("20\u00A0%");
    QTest::newRow("thin-space") << QString::fromUtf8("950\u2009points")
                                << QStringLiteral("950 points")
                                << QString::fromUtf8("950\u2009points");
    QTest::newRow("quote-trimmed")
        << QStringLiteral("un mot ici") << QStringLiteral("  mot  ") << QStringLiteral("mot");
}

void TestQuoteSearch::folding()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, expectedMatch);
    const QList<Span> found = findQuote(text, quote);
    QCOMPARE(found.size(), 1);
    QCOMPARE(slice(text, found.front()), expectedMatch);
}

void TestQuoteSearch::accentsAndCaseStillMatter()
{
    const QString text = QString::fromUtf8("Ce « modèle » pourrait");
    QVERIFY(findQuote(text, QStringLiteral("\"modele\"")).isEmpty());
    QVERIFY(findQuote(text, QStringLiteral("MODÈLE")).isEmpty());
    QVERIFY(findQuote(text, QString()).isEmpty());
    QVERIFY(findQuote(text, QStringLiteral("   ")).isEmpty());
}

void TestQuoteSearch::nthOccurrence()
{
    const QString text = QString::fromUtf8("le crédit, le crédit social, le  crédit");
    const QList<Span> all = findQuote(text, QString::fromUtf8("le crédit"));
    QCOMPARE(all.size(), 3);
    QCOMPARE(findQuote(text, QString::fromUtf8("le crédit"), 1), all[0]);
    QCOMPARE(findQuote(text, QString::fromUtf8("le crédit"), 3), all[2]);
    QCOMPARE(all[2].start, qint64(text.lastIndexOf(u"le  "_qs)));
    QVERIFY(!findQuote(text, QString::fromUtf8("le crédit"), 4).has_value());
    QVERIFY(!findQuote(text, QString::fromUtf8("le crédit"), 0).has_value());
}

void TestQuoteSearch::offsetsAreCodePoints()
{
    const QString text = QString::fromUtf8("😀😀 l’argent 𠀋");
    const auto found = findQuote(text, QStringLiteral("l'argent"), 1);
    QVERIFY(found.has_value());
    QCOMPARE(found->start, qint64(3)); // two emoji and a space: 3 code points, 5 UTF-16 units
    QCOMPARE(found->end, qint64(11));
    const auto astral = findQuote(text, QString::fromUtf8("𠀋"), 1);
    QVERIFY(astral.has_value());
    QCOMPARE(*astral, (Span{12, 13}));
}

void TestQuoteSearch::seedArticleQuotes_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("stored");
    QTest::newRow("argent") << QStringLiteral("l'argent liquide qui disparait")
                            << QString(); // accent differs: not found
    QTest::newRow("argent-accented") << QString::fromUtf8("l'argent liquide qui disparaît")
                                     << QString::fromUtf8("l’argent liquide qui disparaît");
    QTest::newRow("modele") << QString::fromUtf8("Ce \"modèle\" pourrait")
                            << QString::fromUtf8("Ce «\u00A0modèle\u00A0» pourrait");
    QTest::newRow("maximum") << QStringLiteral("Le  maximum de points est de 950")
                             << QStringLiteral("Le maximum de points est de 950");
    QTest::newRow("across-line") << QString::fromUtf8("vie quotidienne. Glaçant.")
                                 << QString::fromUtf8("vie quotidienne.\nGlaçant.");
}

void TestQuoteSearch::seedArticleQuotes()
{
    QFETCH(QString, quote);
    QFETCH(QString, stored);
    const QString text = seedText();
    const auto found = findQuote(text, quote, 1);
    if (stored.isEmpty()) {
        QVERIFY(!found.has_value());
        return;
    }
    QVERIFY(found.has_value());
    QCOMPARE(slice(text, *found), stored);
    const CodePointIndex index(text);
    QCOMPARE(found->start, index.toCodePoint(text.indexOf(stored)));
}

void TestQuoteSearch::reanchorAfterEdit()
{
    const QString original = seedText();
    const QString exact = QStringLiteral("Le maximum de points est de 950.");
    const CodePointIndex index(original);
    const qint64 start = index.toCodePoint(original.indexOf(exact));
    const TextQuoteAnchor anchor =
        TextQuoteAnchor::at(original, index, start, start + exact.size());

    // A revision adds a paragraph with an emoji at the top and retypes quotes.
    QString revised = QString::fromUtf8("Mise à jour 😀 : nouvelle introduction.\n\n") + original;
    revised.replace(QString::fromUtf8("’"), QStringLiteral("'"));
    const auto moved = reanchor(revised, anchor);
    QVERIFY(moved.has_value());
    const CodePointIndex revisedIndex(revised);
    QCOMPARE(moved->start, revisedIndex.toCodePoint(revised.indexOf(exact)));
    QCOMPARE(slice(revised, *moved), exact);
}

void TestQuoteSearch::reanchorPicksBestContext()
{
    const QString text =
        QStringLiteral("A: le score baisse. B: le score monte. C: le score baisse.");
    TextQuoteAnchor anchor;
    anchor.exact = QStringLiteral("le score");
    anchor.prefix = QStringLiteral("B: ");
    anchor.suffix = QStringLiteral(" monte");
    const auto best = reanchor(text, anchor);
    QVERIFY(best.has_value());
    QCOMPARE(best->start, qint64(text.indexOf(u"B: le"_qs) + 3));

    // Equal context on both candidates: the one nearest the hint.
    anchor.prefix = QStringLiteral(": ");
    anchor.suffix = QStringLiteral(" baisse");
    const qint64 third = text.indexOf(u"C: le"_qs) + 3;
    QCOMPARE(reanchor(text, anchor, third - 2)->start, third);
    QCOMPARE(reanchor(text, anchor, 0)->start, qint64(3));
}

void TestQuoteSearch::reanchorGone()
{
    TextQuoteAnchor anchor;
    anchor.exact = QStringLiteral("phrase supprimée");
    QVERIFY(!reanchor(QStringLiteral("Un autre texte."), anchor).has_value());
}

void TestQuoteSearch::anySliceIsFound()
{
    // Whatever piece of a text a user copies, typed back it is found, and what is found
    // reads the same once folded (searching the found text for the quote finds it again).
    const QStringList pieces = {u"l’"_qs,
                                u"argent"_qs,
                                QString::fromUtf8("«\u00A0"),
                                QString::fromUtf8("\u00A0»"),
                                u" "_qs,
                                u"\n"_qs,
                                QString::fromUtf8("😀"),
                                u"\""_qs,
                                u"'"_qs,
                                QString::fromUtf8("modèle"),
                                u"\u202F"_qs,
                                QString::fromUtf8("“x”")};
    QRandomGenerator random(99);
    for (int round = 0; round < 500; ++round) {
        QString text;
        const int count = int(random.bounded(1, 30));
        for (int k = 0; k < count; ++k)
            text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        const CodePointIndex index(text);
        const qint64 length = index.codePointLength();
        const qint64 a = random.bounded(length + 1);
        const qint64 b = random.bounded(length + 1);
        const QString quote =
            crible::core::codePointSlice(text, index, std::min(a, b), std::max(a, b));
        if (quote.trimmed().isEmpty())
            continue;
        const QList<Span> found = findQuote(text, quote);
        QVERIFY2(!found.isEmpty(), qPrintable(text + u" | "_qs + quote));
        for (const Span &span : found) {
            QVERIFY(span.start >= 0 && span.start < span.end && span.end <= length);
            QVERIFY2(!findQuote(slice(text, span), quote).isEmpty(),
                     qPrintable(text + u" | "_qs + quote));
        }
    }
}

QTEST_GUILESS_MAIN(TestQuoteSearch)
#include "tst_quote_search.moc"
