#include "core/offsets.h"
#include "text/segmentation.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace crible::text;
using crible::core::CodePointIndex;

Q_DECLARE_METATYPE(crible::text::Span)

namespace {

QString seedText()
{
    QFile file(QStringLiteral(CRIBLE_TEST_DATA "/dictature-high-tech.fr.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The code point span of `needle` in `text`, found by indexOf and converted with
// CodePointIndex: computed without the segmenter.
Span spanOf(const QString &text, const QString &needle, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(needle, from);
    if (at < 0)
        return {-1, -1};
    const CodePointIndex index(text);
    return {index.toCodePoint(at), index.toCodePoint(at + needle.size())};
}

QString describe(const QList<Span> &spans)
{
    QStringList parts;
    for (const Span &s : spans)
        parts.append(QStringLiteral("[%1,%2)").arg(s.start).arg(s.end));
    return parts.join(u' ');
}

} // namespace

class TestSegmentation : public QObject
{
    Q_OBJECT

private slots:
    void seedSentences_data();
    void seedSentences();
    void sentences_data();
    void sentences();
    void sentencesSkipWhitespace();
    void words_data();
    void words();
    void graphemes_data();
    void graphemes();
    void snapToWords_data();
    void snapToWords();
    void sentenceAt();
    void emptyText();
    void randomTextInvariants();
};

void TestSegmentation::seedSentences_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("generalise-2020") << QString::fromUtf8(
        "En test dans plusieurs régions, le crédit social devrait être généralisé en 2020.");
    QTest::newRow("maximum-950") << QStringLiteral("Le maximum de points est de 950.");
    QTest::newRow("sous-300") << QString::fromUtf8(
        "Si vous êtes sous les 300, vous devenez un citoyen de seconde "
        "zone, avec des restrictions dans votre vie quotidienne.");
    QTest::newRow("line-of-its-own") << QString::fromUtf8("Glaçant.");
    QTest::newRow("question") << QString::fromUtf8("Le plus effrayant?");
    QTest::newRow("dang-an") << QString::fromUtf8(
        "Le système n’est pas nouveau : pendant la période maoïste, l’unité de travail tenait "
        "un dossier individuel sur les citoyens, le « dang’an ».");
}

void TestSegmentation::seedSentences()
{
    QFETCH(QString, sentence);
    const QString text = seedText();
    QVERIFY(!text.isEmpty());
    const Span expected = spanOf(text, sentence);
    QVERIFY(expected.start >= 0);
    const QList<Span> found = Segmenter(QStringLiteral("fr")).sentences(text);
    QVERIFY2(found.contains(expected), qPrintable(QStringLiteral("[%1,%2) not in %3")
                                                      .arg(expected.start)
                                                      .arg(expected.end)
                                                      .arg(describe(found))));
}

void TestSegmentation::sentences_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // the sentences, in order, as text
    QTest::newRow("emoji-first")
        << QStringLiteral("fr")
        << QString::fromUtf8(
               "😀 Le maximum est de 950. 👍🏽 Si vous êtes sous les 300, rien.  ")
        << QStringList{QString::fromUtf8("😀 Le maximum est de 950."),
                       QString::fromUtf8("👍🏽 Si vous êtes sous les 300, rien.")};
    QTest::newRow("crlf-normalised-lines")
        << QStringLiteral("fr") << QStringLiteral("Un.\nDeux\n\nTrois.")
        << QStringList{u"Un."_qs, u"Deux"_qs, u"Trois."_qs};
    QTest::newRow("chinese") << QStringLiteral("zh")
                             << QString::fromUtf8("社会信用体系建设规划纲要。地方政府开展试点！")
                             << QStringList{QString::fromUtf8("社会信用体系建设规划纲要。"),
                                            QString::fromUtf8("地方政府开展试点！")};
    QTest::newRow("arabic") << QStringLiteral("ar")
                            << QString::fromUtf8("هل هذا صحيح؟ نعم هو كذلك. هذا نظام محلي.")
                            << QStringList{QString::fromUtf8("هل هذا صحيح؟"),
                                           QString::fromUtf8("نعم هو كذلك."),
                                           QString::fromUtf8("هذا نظام محلي.")};
    QTest::newRow("astral-cjk") << QStringLiteral("zh") << QString::fromUtf8("𠀋𠀋。好。")
                                << QStringList{QString::fromUtf8("𠀋𠀋。"),
                                               QString::fromUtf8("好。")};
}

void TestSegmentation::sentences()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<Span> found = Segmenter(language).sentences(text);
    QList<Span> want;
    qsizetype from = 0;
    for (const QString &s : expected) {
        want.append(spanOf(text, s, from));
        from = text.indexOf(s, from) + s.size();
    }
    QCOMPARE(describe(found), describe(want));
    // And back: each span maps to the expected UTF-16 text.
    const CodePointIndex index(text);
    for (qsizetype k = 0; k < found.size() && k < expected.size(); ++k) {
        const qint64 u = index.toUtf16(found[k].start);
        QCOMPARE(text.mid(u, index.toUtf16(found[k].end) - u), expected[k]);
        QCOMPARE(index.toCodePoint(u), found[k].start);
    }
}

void TestSegmentation::sentencesSkipWhitespace()
{
    const QString text = QStringLiteral("   \n\n  A.  \n\n\t  ");
    const QList<Span> found = Segmenter(QStringLiteral("fr")).sentences(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.front(), spanOf(text, u"A."_qs));
}

void TestSegmentation::words_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("french") << QStringLiteral("fr")
                            << QString::fromUtf8("Le « crédit social », en 2020 !")
                            << QStringList{u"Le"_qs, QString::fromUtf8("crédit"), u"social"_qs,
                                           u"en"_qs, u"2020"_qs};
    QTest::newRow("chinese-dictionary")
        << QStringLiteral("zh") << QString::fromUtf8("社会信用体系")
        << QStringList{QString::fromUtf8("社会"), QString::fromUtf8("信用"),
                       QString::fromUtf8("体系")};
    QTest::newRow("after-emoji") << QStringLiteral("fr") << QString::fromUtf8("😀😀 note 950")
                                 << QStringList{u"note"_qs, u"950"_qs};
    QTest::newRow("nfd-word-whole")
        << QStringLiteral("fr") << QString::fromUtf8("cre\u0301dit social")
        << QStringList{QString::fromUtf8("cre\u0301dit"), u"social"_qs};
}

void TestSegmentation::words()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<Span> found = Segmenter(language).words(text);
    QList<Span> want;
    qsizetype from = 0;
    for (const QString &w : expected) {
        want.append(spanOf(text, w, from));
        from = text.indexOf(w, from) + w.size();
    }
    QCOMPARE(describe(found), describe(want));
}

void TestSegmentation::graphemes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("codePoint");
    QTest::addColumn<bool>("boundary");
    const QString nfd = QString::fromUtf8("ae\u0301b");
    QTest::newRow("before-e") << nfd << qint64(1) << true;
    QTest::newRow("inside-e-acute") << nfd << qint64(2) << false;
    QTest::newRow("after-e-acute") << nfd << qint64(3) << true;
    const QString flag = QString::fromUtf8("a🇫🇷b");
    QTest::newRow("before-flag") << flag << qint64(1) << true;
    QTest::newRow("inside-flag") << flag << qint64(2) << false;
    QTest::newRow("after-flag") << flag << qint64(3) << true;
    const QString family = QString::fromUtf8("x👨‍👩‍👧y"); // man ZWJ woman ZWJ girl
    QTest::newRow("family-start") << family << qint64(1) << true;
    QTest::newRow("family-after-man") << family << qint64(2) << false;
    QTest::newRow("family-after-zwj") << family << qint64(3) << false;
    QTest::newRow("family-before-girl") << family << qint64(5) << false;
    QTest::newRow("family-end") << family << qint64(6) << true;
    QTest::newRow("text-start") << nfd << qint64(0) << true;
    QTest::newRow("text-end") << nfd << qint64(4) << true;
    QTest::newRow("past-end") << nfd << qint64(5) << false;
    QTest::newRow("negative") << nfd << qint64(-1) << false;
}

void TestSegmentation::graphemes()
{
    QFETCH(QString, text);
    QFETCH(qint64, codePoint);
    QFETCH(bool, boundary);
    QCOMPARE(Segmenter(QStringLiteral("fr")).isGraphemeBoundary(text, codePoint), boundary);
}

void TestSegmentation::snapToWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Span>("selection");
    QTest::addColumn<QString>("expected"); // the text the snapped span must cover
    const QString plain = QStringLiteral("Le maximum de points est de 950.");
    QTest::newRow("inside-two-words") << plain << Span{5, 12} << QStringLiteral("maximum de");
    QTest::newRow("trailing-space-trimmed") << plain << Span{3, 11} << QStringLiteral("maximum");
    QTest::newRow("whole-words-unchanged") << plain << Span{3, 10} << QStringLiteral("maximum");
    QTest::newRow("reversed") << plain << Span{12, 5} << QStringLiteral("maximum de");
    QTest::newRow("keeps-final-period") << plain << Span{29, 32} << QStringLiteral("950.");
    const QString nfd = QString::fromUtf8("cafe\u0301 cre\u0300me");
    QTest::newRow("grapheme-not-split") << nfd << Span{0, 4} << QString::fromUtf8("cafe\u0301");
    const QString emoji = QString::fromUtf8("😀 Le maximum");
    QTest::newRow("after-emoji") << emoji << Span{3, 6} << QStringLiteral("Le maximum");
    QTest::newRow("guillemets") << QString::fromUtf8("le « modèle » chinois") << Span{3, 8}
                                << QString::fromUtf8("« modèle");
}

void TestSegmentation::snapToWords()
{
    QFETCH(QString, text);
    QFETCH(Span, selection);
    QFETCH(QString, expected);
    const Span snapped = Segmenter(QStringLiteral("fr")).snapToWords(text, selection);
    const Span want = spanOf(text, expected);
    QCOMPARE(describe({snapped}), describe({want}));
}

void TestSegmentation::sentenceAt()
{
    const QString text = seedText();
    const Segmenter segmenter(QStringLiteral("fr"));
    const Span maximum = spanOf(text, u"Le maximum de points est de 950."_qs);
    QCOMPARE(segmenter.sentenceAt(text, maximum.start), maximum);
    QCOMPARE(segmenter.sentenceAt(text, maximum.start + 7), maximum);
    QCOMPARE(segmenter.sentenceAt(text, maximum.end - 1), maximum);

    // No words at all: the selection comes back as it was.
    const QString spaces = QStringLiteral("a  ,  b");
    QCOMPARE(segmenter.snapToWords(spaces, Span{2, 5}), (Span{2, 5}));
}

void TestSegmentation::emptyText()
{
    const Segmenter segmenter(QStringLiteral("fr"));
    QVERIFY(segmenter.sentences(QString()).isEmpty());
    QVERIFY(segmenter.words(QString()).isEmpty());
    QCOMPARE(segmenter.sentenceAt(QString(), 0), Span{});
    QVERIFY(segmenter.isGraphemeBoundary(QString(), 0));
}

void TestSegmentation::randomTextInvariants()
{
    // Mixed scripts, emoji, combining marks and white space glued at random: sentences and
    // words come out ordered, disjoint, inside the text, on grapheme boundaries, and
    // sentences neither start nor end with white space.
    const QStringList pieces = {u"Le "_qs,
                                u"crédit"_qs,
                                u". "_qs,
                                u"?"_qs,
                                u"\n"_qs,
                                u"\n\n"_qs,
                                u"  "_qs,
                                QString::fromUtf8("😀"),
                                QString::fromUtf8("🇫🇷"),
                                QString::fromUtf8("e\u0301"),
                                QString::fromUtf8("社会信用。"),
                                QString::fromUtf8("هل؟ "),
                                QString::fromUtf8("\u00A0»"),
                                u"950"_qs,
                                QString::fromUtf8("👨‍👩‍👧")};
    const Segmenter segmenter(QStringLiteral("fr"));
    QRandomGenerator random(7);
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int count = int(random.bounded(1, 40));
        for (int k = 0; k < count; ++k)
            text += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
        const CodePointIndex index(text);
        const qint64 length = index.codePointLength();
        for (const QList<Span> &spans : {segmenter.sentences(text), segmenter.words(text)}) {
            qint64 previousEnd = 0;
            for (const Span &span : spans) {
                QVERIFY2(span.start >= previousEnd && span.start < span.end && span.end <= length,
                         qPrintable(text));
                QVERIFY(segmenter.isGraphemeBoundary(text, span.start));
                QVERIFY(segmenter.isGraphemeBoundary(text, span.end));
                previousEnd = span.end;
            }
        }
        for (const Span &sentence : segmenter.sentences(text)) {
            const QString s =
                crible::core::codePointSlice(text, index, sentence.start, sentence.end);
            QVERIFY(!s.front().isSpace() && !s.back().isSpace());
            QCOMPARE(segmenter.sentenceAt(text, sentence.start), sentence);
        }
    }
}

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"
