#include "models/common/printable.h"

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

bool hidden(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

} // namespace

QString printable(const QString &text, bool keepNewlines)
{
    const auto needs = [&](QChar c) { return hidden(c.unicode()) && !(keepNewlines && c == u'\n'); };
    if (std::none_of(text.cbegin(), text.cend(), needs))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (!needs(c))
            out.append(c);
        else if (c.unicode() <= 0xff)
            out.append(u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0'));
        else
            out.append(u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0'));
    }
    return out;
}

} // namespace panelist
