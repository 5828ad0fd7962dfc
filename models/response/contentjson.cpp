#include "models/response/contentjson.h"

#include "models/response/interchange.h"

#include <QJsonDocument>

#include <utility>

using namespace Qt::StringLiterals;

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
        {u'"', "\\\""}, {u'\\', "\\\\"}, {u'\b', "\\b"}, {u'\f', "\\f"},
        {u'\n', "\\n"}, {u'\r', "\\r"}, {u'\t', "\\t"},
    };
    for (const auto &[c, escaped] : Named) {
        if (u == c) {
            out += escaped;
            return;
        }
    }
    appendEscape(out, u);
}

// As Qt's JSON writer: named escapes, \u00xx below 0x20, UTF-8 for the rest, \uxxxx (lower-case
// hex) for a surrogate without its partner.
void appendString(QByteArray &out, QStringView s)
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

void appendKey(QByteArray &out, QStringView key, bool &first)
{
    if (!first)
        out += ',';
    first = false;
    appendString(out, key);
    out += ':';
}

void appendRating(QByteArray &out, const Rating &r)
{
    if (r.dontKnow)
        appendString(out, Interchange::DontKnow);
    else
        out += QByteArray::number(r.value);
}

void appendStrings(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, list.at(i));
    }
    out += ']';
}

void appendRespondent(QByteArray &out, const ResponseData &r)
{
    bool first = true;
    out += '{';
    if (!r.affiliation.isEmpty()) {
        appendKey(out, u"affiliation", first);
        appendString(out, r.affiliation);
    }
    appendKey(out, u"expertise", first);
    appendStrings(out, r.expertise);
    appendKey(out, u"id", first);
    appendString(out, r.respondentId.toString(QUuid::WithoutBraces));
    if (!r.name.isEmpty()) {
        appendKey(out, u"name", first);
        appendString(out, r.name);
    }
    out += '}';
}

// A map's entries in key order (QMap's order is QJsonObject's for ASCII keys), leaving out those
// toInterchange() leaves out.
template<typename Map, typename Skip, typename Write>
void appendObject(QByteArray &out, const Map &map, const Skip &skip, const Write &write)
{
    bool first = true;
    out += '{';
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (skip(it.value()))
            continue;
        appendKey(out, it.key(), first);
        write(it.value());
    }
    out += '}';
}

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool keysAreAscii(const ResponseData &r)
{
    for (auto m = r.effectiveness.cbegin(); m != r.effectiveness.cend(); ++m) {
        if (!isAscii(m.key()))
            return false;
        for (auto a = m.value().cbegin(); a != m.value().cend(); ++a) {
            if (!isAscii(a.key()))
                return false;
        }
    }
    const auto all = [](const auto &map) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!isAscii(it.key()))
                return false;
        }
        return true;
    };
    return all(r.feasibility) && all(r.comments) && all(r.combinations);
}

QByteArray viaQJson(const ResponseData &r)
{
    QJsonObject o = toInterchange(r);
    o.remove(u"submitted_at"_s);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray contentJson(const ResponseData &r)
{
    if (!keysAreAscii(r))
        return viaQJson(r);
    const auto never = [](const auto &) { return false; };
    const auto isEmpty = [](const auto &v) { return v.isEmpty(); };
    QByteArray out;
    out.reserve(4096);
    bool first = true;
    out += '{';
    appendKey(out, u"combinations", first);
    appendObject(out, r.combinations, isEmpty, [&](const QStringList &picks) { appendStrings(out, picks); });
    appendKey(out, u"comments", first);
    appendObject(out, r.comments, isEmpty, [&](const QString &text) { appendString(out, text); });
    appendKey(out, u"effectiveness", first);
    appendObject(out, r.effectiveness, isEmpty, [&](const QMap<QString, Rating> &byArea) {
        appendObject(out, byArea, never, [&](const Rating &rating) { appendRating(out, rating); });
    });
    appendKey(out, u"feasibility", first);
    appendObject(out, r.feasibility, never, [&](const Rating &rating) { appendRating(out, rating); });
    appendKey(out, u"format", first);
    appendString(out, Interchange::FormatName);
    appendKey(out, u"instrument", first);
    appendString(out, r.instrumentFingerprint);
    appendKey(out, u"respondent", first);
    appendRespondent(out, r);
    appendKey(out, u"revision", first);
    out += QByteArray::number(r.revision);
    appendKey(out, u"version", first);
    out += QByteArray::number(Interchange::FormatVersion);
    out += '}';
    return out;
}

} // namespace panelist
