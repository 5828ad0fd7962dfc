#include "models/workbook/xlsxtext.h"

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Whether an escape "_xHHHH_" starts at i.
bool escapeAt(const QString &text, qsizetype i)
{
    if (i + 6 >= text.size() || text.at(i) != u'_' || text.at(i + 1) != u'x' || text.at(i + 6) != u'_')
        return false;
    for (qsizetype j = i + 2; j < i + 6; ++j) {
        if (!isHexDigit(text.at(j)))
            return false;
    }
    return true;
}

} // namespace

QString decodeXlsxEscapes(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (escapeAt(text, i)) {
            out.append(QChar(QStringView(text).mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            out.append(text.at(i));
        }
    }
    return out;
}

QString encodeXlsxEscapes(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    QString out;
    out.reserve(text.size() + 7);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (escapeAt(text, i))
            out.append(u"_x005F"_s);
        out.append(text.at(i));
    }
    return out;
}

} // namespace panelist
