// The corpus writer's JSON is byte for byte Python's json.dumps(indent=2, ensure_ascii=False).
// Expected strings are written by hand from Python's documented behaviour.

#include "export/corpus/canonical_json.h"

#include <QTest>

using crible::exporters::OrderedJson;

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    void strings_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"\n");
        QTest::newRow("quote-backslash")
            << QStringLiteral("a\"b\\c") << QByteArray("\"a\\\"b\\\\c\"\n");
        QTest::newRow("named-controls")
            << QStringLiteral("\n\r\t\b\f") << QByteArray("\"\\n\\r\\t\\b\\f\"\n");
        QTest::newRow("other-controls") << QString(QChar(0x1b)) + QChar(0x01) + QChar(0x1f)
                                        << QByteArray("\"\\u001b\\u0001\\u001f\"\n");
        QTest::newRow("non-ascii-raw") << QStringLiteral("é中😀") << QByteArray("\"é中😀\"\n");
        QTest::newRow("delete-and-separators-raw")
            << QString(QChar(0x7f)) + QChar(0x2028) << QByteArray("\"\x7f\xe2\x80\xa8\"\n");
        QTest::newRow("slash-unescaped") << QStringLiteral("a/b") << QByteArray("\"a/b\"\n");
    }
    void strings()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(OrderedJson(value).toCanonicalJson(), expected);
    }

    void nesting()
    {
        OrderedJson inner;
        inner.insert(QStringLiteral("z"), 1).insert(QStringLiteral("a"), false);
        OrderedJson list = OrderedJson::array();
        list.append(inner)
            .append(OrderedJson::array())
            .append(OrderedJson::object())
            .append(OrderedJson());
        OrderedJson root;
        root.insert(QStringLiteral("version"), qint64(-12))
            .insert(QStringLiteral("items"), list)
            .insert(QStringLiteral("empty"), OrderedJson::array())
            .insert(QStringLiteral("ok"), true);
        const QByteArray expected = "{\n"
                                    "  \"version\": -12,\n"
                                    "  \"items\": [\n"
                                    "    {\n"
                                    "      \"z\": 1,\n"
                                    "      \"a\": false\n"
                                    "    },\n"
                                    "    [],\n"
                                    "    {},\n"
                                    "    null\n"
                                    "  ],\n"
                                    "  \"empty\": [],\n"
                                    "  \"ok\": true\n"
                                    "}\n";
        QCOMPARE(root.toCanonicalJson(), expected);
        QCOMPARE(OrderedJson::object().toCanonicalJson(), QByteArray("{}\n"));
    }

    // Copies share storage until one is changed.
    void copiesAreIndependent()
    {
        OrderedJson a;
        a.insert(QStringLiteral("k"), 1);
        OrderedJson b = a;
        b.insert(QStringLiteral("l"), 2);
        QCOMPARE(a.toCanonicalJson(), QByteArray("{\n  \"k\": 1\n}\n"));
        QCOMPARE(b.toCanonicalJson(), QByteArray("{\n  \"k\": 1,\n  \"l\": 2\n}\n"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonical_json.moc"
