#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <memory>
#include <utility>
#include <variant>

namespace crible::exporters {

// A JSON value that keeps its keys in the order they were added. QJsonObject sorts keys,
// and the corpus format (corpus/README.md) wants the order it documents, so that a file
// diffs well and corpus -> project -> corpus gives identical bytes.
class OrderedJson
{
public:
    using Array = QList<OrderedJson>;
    using Object = QList<std::pair<QString, OrderedJson>>;

    OrderedJson() = default; // null
    OrderedJson(bool value) : m_value(value) {}
    OrderedJson(int value) : m_value(qint64(value)) {}
    OrderedJson(qint64 value) : m_value(value) {}
    OrderedJson(const QString &value) : m_value(value) {}
    OrderedJson(const char16_t *value) : m_value(QString::fromUtf16(value)) {}
    OrderedJson(Array value) : m_value(std::make_shared<Array>(std::move(value))) {}
    OrderedJson(Object value) : m_value(std::make_shared<Object>(std::move(value))) {}

    static OrderedJson array() { return OrderedJson(Array{}); }
    static OrderedJson object() { return OrderedJson(Object{}); }

    // Appends a key (objects) or an element (arrays); returns *this for chaining.
    OrderedJson &insert(const QString &key, OrderedJson value);
    OrderedJson &append(OrderedJson value);

    // Bytes as Python's json.dumps(value, indent=2, ensure_ascii=False) writes them, plus
    // one "\n" at the end.
    QByteArray toCanonicalJson() const;

private:
    void write(QString &out, int depth) const;

    std::variant<std::monostate, bool, qint64, QString, std::shared_ptr<Array>,
                 std::shared_ptr<Object>>
        m_value;
};

// The string as a JSON string literal, escaped the way Python does with ensure_ascii=False.
QString jsonQuote(const QString &text);

} // namespace crible::exporters
