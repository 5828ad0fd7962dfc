#include "models/common/jsonpath.h"

#include "models/common/jsonstring.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

bool isPlainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'_' || u == u'-';
        if (!plain)
            return false;
    }
    return true;
}

} // namespace

JsonPath JsonPath::key(const QString &key) const
{
    JsonPath child = *this;
    child.m_segments.append(JsonPathSegment::ofKey(key));
    return child;
}

JsonPath JsonPath::index(qsizetype index) const
{
    JsonPath child = *this;
    child.m_segments.append(JsonPathSegment::ofIndex(index));
    return child;
}

QString JsonPath::toString() const
{
    QString text = u"$"_s;
    for (const JsonPathSegment &s : m_segments) {
        if (s.isIndex()) {
            text += u'[' + QString::number(s.index) + u']';
        } else if (isPlainKey(s.key)) {
            text += u'.' + s.key;
        } else {
            // Escaped as JSON, so a key with a quote or a line break still gives one unambiguous line.
            QByteArray quoted;
            appendJsonString(quoted, s.key);
            text += u'[' + QString::fromUtf8(quoted) + u']';
        }
    }
    return text;
}

QString JsonProblem::toString() const
{
    return path.toString() + u": "_s + problem;
}

QString formatJsonProblems(const QString &source, const QList<JsonProblem> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const JsonProblem &p : problems)
        lines.append(source + u": "_s + p.toString());
    return lines.join(u'\n');
}

} // namespace panelist
