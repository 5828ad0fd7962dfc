#include "models/report/jsonwriter.h"

#include "models/common/jsonstring.h"
#include "models/report/reportvalues.h"

#include <utility>

namespace panelist::report {

void JsonWriter::newline(qsizetype depth)
{
    m_out.append('\n');
    m_out.append(QByteArray(depth * 2, ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Frame &f = m_stack.last();
    if (f.items++ > 0)
        m_out.append(f.inlineLayout ? ", " : ",");
    if (!f.inlineLayout)
        newline(m_stack.size());
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_stack.append({ m_stack.isEmpty() ? false : m_stack.last().inlineLayout, 0 });
}

void JsonWriter::endObject()
{
    const Frame f = m_stack.takeLast();
    if (f.items > 0 && !f.inlineLayout)
        newline(m_stack.size());
    m_out.append('}');
}

void JsonWriter::beginArray(Layout layout)
{
    beforeValue();
    m_out.append('[');
    const bool inherited = !m_stack.isEmpty() && m_stack.last().inlineLayout;
    m_stack.append({ inherited || layout == Layout::Inline, 0 });
}

void JsonWriter::endArray()
{
    const Frame f = m_stack.takeLast();
    if (f.items > 0 && !f.inlineLayout)
        newline(m_stack.size());
    m_out.append(']');
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    writeString(name);
    m_out.append(": ");
    m_afterKey = true;
}

void JsonWriter::writeString(QStringView s)
{
    appendJsonString(m_out, s);
}

void JsonWriter::value(const QString &s)
{
    beforeValue();
    writeString(s);
}

void JsonWriter::value(int i)
{
    beforeValue();
    m_out.append(QByteArray::number(i));
}

void JsonWriter::value(double d)
{
    beforeValue();
    m_out.append(number(d).toLatin1());
}

void JsonWriter::value(bool b)
{
    beforeValue();
    m_out.append(b ? "true" : "false");
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

QByteArray JsonWriter::take()
{
    Q_ASSERT(m_stack.isEmpty());
    m_out.append('\n');
    return std::exchange(m_out, QByteArray());
}

} // namespace panelist::report
