#include "text/icu_tokenizer.h"

#include <QTest>
#include <QThread>
#include <atomic>
#include <string>
#include <vector>

using namespace crible::text;

namespace {

struct Token
{
    std::string text;
    int start;
    int end;
};

std::vector<Token> tokensOf(const std::string &input)
{
    std::vector<Token> tokens;
    IcuWordTokenizer().tokenize(input, [&](std::string_view token, int start, int end) {
        tokens.push_back({std::string(token), start, end});
        return true;
    });
    return tokens;
}

QStringList texts(const std::vector<Token> &tokens)
{
    QStringList list;
    for (const Token &t : tokens)
        list.append(QString::fromStdString(t.text));
    return list;
}

bool isUtf8Boundary(const std::string &s, int offset)
{
    if (offset < 0 || offset > int(s.size()))
        return false;
    if (offset == int(s.size()))
        return true;
    return (static_cast<unsigned char>(s[size_t(offset)]) & 0xC0) != 0x80;
}

} // namespace

class TestIcuTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void byteOffsets_data();
    void byteOffsets();
    void stopsWhenSinkSaysSo();
    void emptyInput();
    void nestedCallFromSink();
    void concurrentThreads();
};

void TestIcuTokenizer::tokens_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("accents-folded") << QStringLiteral("Généralisé en 2020")
                                    << QStringList{u"generalise"_qs, u"en"_qs, u"2020"_qs};
    QTest::newRow("ascii-case") << QStringLiteral("Social CREDIT, system.")
                                << QStringList{u"social"_qs, u"credit"_qs, u"system"_qs};
    QTest::newRow("emoji-ignored")
        << QString::fromUtf8("😀 Le maximum 👍🏽!") << QStringList{u"le"_qs, u"maximum"_qs};
    QTest::newRow("nfd-input") << QString::fromUtf8("Cre\u0301dit") << QStringList{u"credit"_qs};
    QTest::newRow("sharp-s-folds")
        << QString::fromUtf8("STRASSE Straße") << QStringList{u"strasse"_qs, u"strasse"_qs};
    QTest::newRow("oe-ligature") << QString::fromUtf8("Cœur")
                                 << QStringList{QString::fromUtf8("cœur")};
    QTest::newRow("elision-typographic") << QString::fromUtf8("l’argent d’État")
                                         << QStringList{u"l"_qs, u"argent"_qs, u"d"_qs, u"etat"_qs};
    QTest::newRow("elision-ascii") << QStringLiteral("L'argent aujourd'hui")
                                   << QStringList{u"l"_qs, u"argent"_qs, u"aujourd"_qs, u"hui"_qs};
    QTest::newRow("punctuation-only") << QStringLiteral("… « » — !?") << QStringList{};
}

void TestIcuTokenizer::tokens()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(texts(tokensOf(input.toStdString())), expected);
}

void TestIcuTokenizer::byteOffsets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("word"); // a token expected, found in the input by indexOf
    QTest::addColumn<QString>("folded");
    QTest::newRow("accented") << QStringLiteral("Le système Généralisé.")
                              << QStringLiteral("Généralisé") << QStringLiteral("generalise");
    QTest::newRow("chinese-dictionary") << QString::fromUtf8("社会信用体系建设规划纲要。")
                                        << QString::fromUtf8("信用") << QString::fromUtf8("信用");
    QTest::newRow("after-elision") << QString::fromUtf8("de l’Économie")
                                   << QString::fromUtf8("Économie") << QStringLiteral("economie");
    QTest::newRow("after-emoji") << QString::fromUtf8("😀😀 café") << QStringLiteral("café")
                                 << QStringLiteral("cafe");
}

void TestIcuTokenizer::byteOffsets()
{
    QFETCH(QString, input);
    QFETCH(QString, word);
    QFETCH(QString, folded);
    const std::string utf8 = input.toStdString();
    const auto tokens = tokensOf(utf8);
    // Byte offset of `word`, computed from its UTF-16 position independently of ICU.
    const qsizetype at = input.indexOf(word);
    QVERIFY(at >= 0);
    const int expectedStart = int(input.left(at).toUtf8().size());
    const int expectedEnd = expectedStart + int(word.toUtf8().size());
    bool found = false;
    for (const Token &t : tokens) {
        QVERIFY(isUtf8Boundary(utf8, t.start));
        QVERIFY(isUtf8Boundary(utf8, t.end));
        QVERIFY(t.start < t.end);
        if (t.start == expectedStart && t.end == expectedEnd) {
            QCOMPARE(QString::fromStdString(t.text), folded);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(texts(tokens).join(u'|')));
}

void TestIcuTokenizer::stopsWhenSinkSaysSo()
{
    int calls = 0;
    IcuWordTokenizer().tokenize("un deux trois quatre", [&](std::string_view, int, int) {
        ++calls;
        return calls < 2;
    });
    QCOMPARE(calls, 2);
}

void TestIcuTokenizer::emptyInput()
{
    QVERIFY(tokensOf(std::string()).empty());
    QVERIFY(tokensOf("   \n\t ").empty());
    QCOMPARE(QString::fromLatin1(IcuWordTokenizer().name()), QStringLiteral("crible_icu"));
}

void TestIcuTokenizer::nestedCallFromSink()
{
    // A sink that tokenizes something else (on the same thread) must not disturb the outer
    // call: every outer token still arrives.
    const IcuWordTokenizer tokenizer;
    const std::string outer = "un deux trois quatre";
    QStringList seen;
    int innerTokens = 0;
    tokenizer.tokenize(outer, [&](std::string_view token, int, int) {
        seen.append(QString::fromStdString(std::string(token)));
        tokenizer.tokenize("alpha beta", [&](std::string_view, int, int) {
            ++innerTokens;
            return true;
        });
        return true;
    });
    QCOMPARE(seen, (QStringList{u"un"_qs, u"deux"_qs, u"trois"_qs, u"quatre"_qs}));
    QCOMPARE(innerTokens, 8);
}

void TestIcuTokenizer::concurrentThreads()
{
    // The same tokenizer object used from several threads must give every thread the
    // single-threaded answer.
    const IcuWordTokenizer tokenizer;
    const std::string input =
        QString::fromUtf8("Généralisé en 2020, le crédit social 社会信用体系 reste local. ")
            .repeated(50)
            .toStdString();
    const auto reference = tokensOf(input);
    QVERIFY(reference.size() > 100);
    std::atomic<int> mismatches{0};
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&] {
            for (int round = 0; round < 20; ++round) {
                size_t k = 0;
                bool same = true;
                tokenizer.tokenize(input, [&](std::string_view token, int start, int end) {
                    if (k >= reference.size() || reference[k].text != token ||
                        reference[k].start != start || reference[k].end != end)
                        same = false;
                    ++k;
                    return true;
                });
                if (!same || k != reference.size())
                    ++mismatches;
            }
        }));
        threads.back()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestIcuTokenizer)
#include "tst_icu_tokenizer.moc"
