#include "models/common/jsonstring.h"

#include <utility>

namespace panelist {

namespace {

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

void appendEscape(QByteArray &out, char16_t u)
{
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hexDigit((u >> shift) & 0xf);
}

void appendAscii(QByteArray &out, char16_t u)
{
    if (u >= 0x20 && u != u'"' && u != u'\\') {
        out += char(u);
        return;
    }
    static constexpr std::pair<char16_t, const char *> Named[] = {
        { u'"', "\\\"" },
        { u'\\', "\\\\" },
        { u'\b', "\\b" },
        { u'\f', "\\f" },
        { u'\n', "\\n" },
        { u'\r', "\\r" },
        { u'\t', "\\t" },
    };
    for (const auto &[c, escaped] : Named) {
        if (u == c) {
            out += escaped;
            return;
        }
    }
    appendEscape(out, u);
}

} // namespace

void appendJsonString(QByteArray &out, QStringView s)
{
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (u < 0x80) {
            appendAscii(out, u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += QStringView(s.data() + i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(u)) {
            appendEscape(out, u);
        } else {
            out += QStringView(s.data() + i, 1).toUtf8();
        }
    }
    out += '"';
}

} // namespace panelist
