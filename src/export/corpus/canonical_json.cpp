#include "canonical_json.h"

namespace crible::exporters {

namespace {

const QString kIndent = QStringLiteral("  ");

} // namespace

OrderedJson &OrderedJson::insert(const QString &key, OrderedJson value)
{
    if (!std::holds_alternative<std::shared_ptr<Object>>(m_value))
        m_value = std::make_shared<Object>();
    // Copy on write: values share their containers when copied.
    auto &object = std::get<std::shared_ptr<Object>>(m_value);
    if (object.use_count() > 1)
        object = std::make_shared<Object>(*object);
    object->append({key, std::move(value)});
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    if (!std::holds_alternative<std::shared_ptr<Array>>(m_value))
        m_value = std::make_shared<Array>();
    auto &array = std::get<std::shared_ptr<Array>>(m_value);
    if (array.use_count() > 1)
        array = std::make_shared<Array>(*array);
    array->append(std::move(value));
    return *this;
}

QString jsonQuote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

void OrderedJson::write(QString &out, int depth) const
{
    if (std::holds_alternative<std::monostate>(m_value)) {
        out += QLatin1String("null");
    } else if (const bool *b = std::get_if<bool>(&m_value)) {
        out += *b ? QLatin1String("true") : QLatin1String("false");
    } else if (const qint64 *n = std::get_if<qint64>(&m_value)) {
        out += QString::number(*n);
    } else if (const QString *s = std::get_if<QString>(&m_value)) {
        out += jsonQuote(*s);
    } else if (const auto *array = std::get_if<std::shared_ptr<Array>>(&m_value)) {
        if ((*array)->isEmpty()) {
            out += QLatin1String("[]");
            return;
        }
        out += u'[';
        bool first = true;
        for (const OrderedJson &element : **array) {
            out += first ? QLatin1String("\n") : QLatin1String(",\n");
            first = false;
            out += kIndent.repeated(depth + 1);
            element.write(out, depth + 1);
        }
        out += u'\n' + kIndent.repeated(depth) + u']';
    } else if (const auto *object = std::get_if<std::shared_ptr<Object>>(&m_value)) {
        if ((*object)->isEmpty()) {
            out += QLatin1String("{}");
            return;
        }
        out += u'{';
        bool first = true;
        for (const auto &[key, value] : **object) {
            out += first ? QLatin1String("\n") : QLatin1String(",\n");
            first = false;
            out += kIndent.repeated(depth + 1) + jsonQuote(key) + QLatin1String(": ");
            value.write(out, depth + 1);
        }
        out += u'\n' + kIndent.repeated(depth) + u'}';
    }
}

QByteArray OrderedJson::toCanonicalJson() const
{
    QString out;
    write(out, 0);
    out += u'\n';
    return out.toUtf8();
}

} // namespace crible::exporters
