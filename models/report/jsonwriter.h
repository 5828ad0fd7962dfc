#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace panelist::report {

// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject sorts
// them), so the report reads top-down as docs/report.md lists it. Output is UTF-8, two-space
// indented; arrays begun with Layout::Inline stay on one line (counts, intervals, pairs).
// Numbers use report::number(), the shortest text that reads back as the same double.
class JsonWriter
{
public:
    enum class Layout { Block, Inline };

    void beginObject();
    void endObject();
    void beginArray(Layout layout = Layout::Block);
    void endArray();
    void key(QStringView name); // inside an object, before each value

    void value(const QString &s);
    void value(int i);
    void value(double d);
    void value(bool b);
    void null();
    void value(const std::optional<double> &d) { d ? value(*d) : null(); }
    void value(const std::optional<int> &i) { i ? value(*i) : null(); }
    void value(const std::optional<bool> &b) { b ? value(*b) : null(); }
    void value(const char *) = delete; // say u"..."_s

    // The document, ending with a newline. The writer must be back at the top level.
    QByteArray take();

private:
    struct Frame
    {
        bool inlineLayout = false;
        int items = 0;
    };
    void beforeValue();
    void newline(qsizetype depth);
    void writeString(QStringView s);

    QByteArray m_out;
    QList<Frame> m_stack;
    bool m_afterKey = false;
};

} // namespace panelist::report
