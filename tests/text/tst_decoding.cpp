#include "text/decoding.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace crible::text;

namespace {

const QString kFrench = QString::fromUtf8(
    "Le crédit social sera généralisé en 2020, l’argent liquide disparaît, « modèle » "
    "chinois.\nCœur du système : la note.\n");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CRIBLE_TEST_DATA "/text/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestDecoding : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void forcedEncoding();
    void unknownForcedEncoding();
    void refused_data();
    void refused();
    void normalize_data();
    void normalize();
    void randomBytesNeverHalfDecoded();
};

void TestDecoding::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<bool>("bom");

    QTest::newRow("utf8") << kFrench.toUtf8() << kFrench << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf8-bom") << fixture(u"french.utf8bom.txt"_qs) << kFrench
                              << QStringLiteral("UTF-8") << true;
    QTest::newRow("utf16le-bom") << fixture(u"french.utf16le.txt"_qs) << kFrench
                                 << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("utf16be-bom") << fixture(u"french.utf16be.txt"_qs) << kFrench
                                 << QStringLiteral("UTF-16BE") << true;
    // UTF-32 LE with its BOM, built here from the code points.
    QByteArray utf32;
    utf32.append("\xFF\xFE\x00\x00", 4);
    for (const char32_t c : kFrench.toUcs4()) {
        for (int k = 0; k < 4; ++k)
            utf32.append(char((c >> (8 * k)) & 0xFF));
    }
    QTest::newRow("utf32le-bom") << utf32 << kFrench << QStringLiteral("UTF-32LE") << true;
    QTest::newRow("windows-1252-french")
        << fixture(u"french.cp1252.txt"_qs) << kFrench << QStringLiteral("windows-1252") << false;
    QTest::newRow("iso-8859-15-euro")
        << fixture(u"euro.iso-8859-15.txt"_qs)
        << QString::fromUtf8(
               "Le forfait coûte 20 € par mois, soit 240 € par an ; le cœur de l'offre.\n")
        << QStringLiteral("ISO-8859-15") << false;
    QTest::newRow("iso-8859-15-euro-short")
        << QByteArray("Le forfait co\xFBte 20 \xA4 par mois, c'est d\xE9j\xE0 trop.")
        << QString::fromUtf8("Le forfait coûte 20 € par mois, c'est déjà trop.")
        << QStringLiteral("ISO-8859-15") << false;
    QTest::newRow("latin1-currency-sign-not-euro")
        << QByteArray("Le symbole \xA4 est un signe mon\xE9taire g\xE9n\xE9rique, d\xE9j\xE0 "
                      "rare, que l'on \xE9"
                      "crit peu en fran\xE7"
                      "ais.")
        << QString::fromUtf8(
               "Le symbole ¤ est un signe monétaire générique, déjà rare, que l'on écrit peu "
               "en français.")
        << QStringLiteral("ISO-8859-1") << false;
    // Too short for ICU's statistics: the Western-text shape decides.
    QTest::newRow("short-latin1") << QByteArray("D\xE9j\xE0 vu.") << QString::fromUtf8("Déjà vu.")
                                  << QStringLiteral("ISO-8859-1") << false;
    QTest::newRow("short-cp1252") << QByteArray("L\x92\xC9tat") << QString::fromUtf8("L’État")
                                  << QStringLiteral("windows-1252") << false;
    QTest::newRow("nfd-becomes-nfc")
        << QByteArray("Ge\xCC\x81ne\xCC\x81ralise\xCC\x81") << QString::fromUtf8("Généralisé")
        << QStringLiteral("UTF-8") << false;
    QTest::newRow("utf8-bom-then-more-boms")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF"
                      "abc")
        << QStringLiteral("abc") << QStringLiteral("UTF-8") << true;
    QTest::newRow("utf16-bom-then-zwnbsp")
        << QByteArray("\xFF\xFE\xFF\xFE\xFF\xFE"
                      "a\x00",
                      8)
        << QStringLiteral("a") << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("crlf") << QByteArray("un\r\ndeux\rtrois\n")
                          << QStringLiteral("un\ndeux\ntrois\n") << QStringLiteral("UTF-8")
                          << false;
}

void TestDecoding::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QFETCH(bool, bom);
    QVERIFY(!bytes.isEmpty());
    const auto decoded = decodeText(bytes, QStringLiteral("article.txt"));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text, expectedText);
    QCOMPARE(decoded->encoding, expectedEncoding);
    QCOMPARE(decoded->hadByteOrderMark, bom);
    QCOMPARE(normalizeText(decoded->text), decoded->text);
    QVERIFY(decoded->confidence > 0 && decoded->confidence <= 100);
}

void TestDecoding::forcedEncoding()
{
    // These bytes are valid UTF-8 ("Ã©" would be read), but the caller knows better.
    const QByteArray bytes = QString::fromUtf8("café").toUtf8();
    const auto forced = decodeText(bytes, QStringLiteral("a.txt"), QStringLiteral("ISO-8859-1"));
    QVERIFY2(forced.ok(), qPrintable(forced.error()));
    QCOMPARE(forced->text, QString::fromUtf8("cafÃ©"));
    QCOMPARE(forced->encoding, QStringLiteral("ISO-8859-1"));

    const auto cp1252 = decodeText(QByteArray("l\x92"
                                              "argent \x80"),
                                   QStringLiteral("a.txt"), QStringLiteral("cp1252"));
    QVERIFY2(cp1252.ok(), qPrintable(cp1252.error()));
    QCOMPARE(cp1252->text, QString::fromUtf8("l’argent €"));
    QCOMPARE(cp1252->encoding, QStringLiteral("windows-1252"));
}

void TestDecoding::unknownForcedEncoding()
{
    const auto result =
        decodeText(QByteArray("abc"), QStringLiteral("a.txt"), QStringLiteral("no-such-charset"));
    QVERIFY(!result.ok());
    QVERIFY(result.error().startsWith(QStringLiteral("a.txt: ")));
    QVERIFY(result.error().contains(QStringLiteral("no-such-charset")));
}

void TestDecoding::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonWord"); // a word the message must contain
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("nul-bytes") << QByteArray("PK\x03\x04\x00\x00\x08\x00text", 12)
                               << QStringLiteral("binary");
    QByteArray controls;
    for (int k = 0; k < 400; ++k)
        controls.append(char(k % 32 == 10 ? 1 : k % 32));
    controls.replace('\0', '\x01');
    QTest::newRow("control-chars") << controls << QStringLiteral("binary");
    QByteArray noise;
    // Bytes that are neither UTF-8 nor any plausible legacy text.
    for (int k = 0; k < 600; ++k)
        noise.append(char(0x80 + (k * 37) % 0x80));
    QTest::newRow("undecodable") << noise << QStringLiteral("encoding");
    // UTF-8 French with one stray byte: Latin-1 would "explain" it as mojibake.
    const QByteArray utf8Prefix =
        QString::fromUtf8("Le crédit social généralisé, déjà là. ").toUtf8();
    QTest::newRow("utf8-with-stray-byte")
        << (utf8Prefix + "\xE9" + QString::fromUtf8(" Fin à côté.").toUtf8())
        << (QStringLiteral("byte ") + QString::number(utf8Prefix.size()));
    QTest::newRow("bom-only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("no text");
    QTest::newRow("bad-utf16-bom")
        << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6) << QStringLiteral("UTF-16LE");
    QTest::newRow("oversized") << QByteArray(int(kMaxArticleBytes + 1), 'a')
                               << QStringLiteral("50 MB");
}

void TestDecoding::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonWord);
    const auto result = decodeText(bytes, QStringLiteral("dossier/article.txt"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(QStringLiteral("dossier/article.txt: ")),
             qPrintable(result.error()));
    QVERIFY2(result.error().contains(reasonWord), qPrintable(result.error()));
}

void TestDecoding::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nfd-e-acute") << QString::fromUtf8("e\u0301te\u0301")
                                 << QString::fromUtf8("été");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("lone-cr") << QStringLiteral("a\rb\r") << QStringLiteral("a\nb\n");
    QTest::newRow("cr-cr-lf") << QStringLiteral("a\r\r\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("leading-bom") << QString::fromUtf8("\uFEFFabc") << QStringLiteral("abc");
    QTest::newRow("several-leading-boms")
        << QString::fromUtf8("\uFEFF\uFEFF\uFEFFabc") << QStringLiteral("abc");
    QTest::newRow("inner-bom-kept")
        << QString::fromUtf8("a\uFEFFb") << QString::fromUtf8("a\uFEFFb");
    QTest::newRow("emoji-unchanged") << QString::fromUtf8("😀 é") << QString::fromUtf8("😀 é");
    QTest::newRow("nfd-after-crlf")
        << QString::fromUtf8("x\r\nC\u0327a") << QString::fromUtf8("x\nÇa");
    QTest::newRow("empty") << QString() << QString();
}

void TestDecoding::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeText(input), expected);
}

void TestDecoding::randomBytesNeverHalfDecoded()
{
    // Random buffers, biased towards text-like bytes: each is either decoded into a
    // non-empty NFC text with a named encoding, or refused with a message naming the file.
    QRandomGenerator random(424242);
    static const char kAlphabet[] = "abcdefghij ,.\n\r'\xE9\xE8\xA4\x92\x80\xC3\xA9\xEF\xBB"
                                    "\xBF\xFF\xFE\x00\x01\xF0\x9F\x98\x80";
    const QByteArray alphabet(kAlphabet, sizeof(kAlphabet) - 1);
    int decoded = 0;
    int refused = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes;
        const int length = int(random.bounded(0, 80));
        for (int k = 0; k < length; ++k) {
            bytes.append(random.bounded(4) == 0 ? char(random.bounded(256))
                                                : alphabet.at(random.bounded(alphabet.size())));
        }
        const auto result = decodeText(bytes, QStringLiteral("r.txt"));
        if (result.ok()) {
            ++decoded;
            QVERIFY(!result->encoding.isEmpty());
            QCOMPARE(normalizeText(result->text), result->text);
            QVERIFY(!result->text.contains(u'\r'));
        } else {
            ++refused;
            QVERIFY2(result.error().startsWith(QStringLiteral("r.txt: ")),
                     qPrintable(result.error()));
        }
    }
    // Both outcomes occur: the generator is not trivially all-good or all-bad.
    QVERIFY(decoded > 100);
    QVERIFY(refused > 100);
}

QTEST_GUILESS_MAIN(TestDecoding)
#include "tst_decoding.moc"
