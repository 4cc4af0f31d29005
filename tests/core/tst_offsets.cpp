#include "core/anchor.h"
#include "core/offsets.h"

#include <QTest>

using namespace crible::core;

class TestOffsets : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void insidePair();
    void anchorContext();
};

void TestOffsets::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("codePoints");
    QTest::newRow("ascii") << QStringLiteral("abc") << qint64(3);
    QTest::newRow("emoji-first") << QString::fromUtf8("😀 Le maximum") << qint64(12);
    QTest::newRow("two-emoji") << QString::fromUtf8("a😀b😀c") << qint64(5);
    QTest::newRow("chinese-bmp") << QString::fromUtf8("社会信用体系") << qint64(6);
    QTest::newRow("astral-cjk") << QString::fromUtf8("𠀋x") << qint64(2);
    QTest::newRow("empty") << QString() << qint64(0);
}

void TestOffsets::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(qint64, codePoints);
    const CodePointIndex index(text);
    QCOMPARE(index.codePointLength(), codePoints);
    QCOMPARE(index.utf16Length(), text.size());
    // Walk the string by code points and compare with the index both ways.
    qint64 cp = 0;
    for (qsizetype u = 0; u <= text.size(); ++cp) {
        QCOMPARE(index.toUtf16(cp), qint64(u));
        QCOMPARE(index.toCodePoint(u), cp);
        QVERIFY(index.isCharacterBoundary(u));
        if (u == text.size())
            break;
        u += text.at(u).isHighSurrogate() ? 2 : 1;
    }
    QCOMPARE(cp, codePoints);
}

void TestOffsets::insidePair()
{
    const QString text = QString::fromUtf8("a😀b");
    const CodePointIndex index(text);
    QVERIFY(!index.isCharacterBoundary(2));
    QCOMPARE(index.toCodePoint(2), qint64(1));
    QCOMPARE(index.toCodePoint(3), qint64(2));
    QCOMPARE(index.toUtf16(2), qint64(3));
    QCOMPARE(codePointSlice(text, index, 1, 2), QString::fromUtf8("😀"));
}

void TestOffsets::anchorContext()
{
    const QString text = QString::fromUtf8("😀😀 Le maximum de points est de 950. Si vous");
    const CodePointIndex index(text);
    const qint64 start = 3;
    const qint64 end = start + 31;
    const TextQuoteAnchor anchor = TextQuoteAnchor::at(text, index, start, end, 2);
    QCOMPARE(anchor.exact, QStringLiteral("Le maximum de points est de 950"));
    QCOMPARE(anchor.prefix, QString::fromUtf8("😀 "));
    QCOMPARE(anchor.suffix, QStringLiteral(". "));
}

QTEST_APPLESS_MAIN(TestOffsets)
#include "tst_offsets.moc"
