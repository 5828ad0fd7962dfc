#include "models/response/contentjson.h"

#include "models/common/sha256.h"

#include "models/common/jsonstring.h"
#include "models/response/interchange.h"

#include <QJsonDocument>

#include <utility>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

void appendKey(QByteArray &out, QStringView key, bool &first)
{
    if (!first)
        out += ',';
    first = false;
    appendJsonString(out, key);
    out += ':';
}

void appendRating(QByteArray &out, const Rating &r)
{
    if (r.dontKnow)
        appendJsonString(out, Interchange::DontKnow);
    else
        out += QByteArray::number(r.value);
}

void appendStrings(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, list.at(i));
    }
    out += ']';
}

void appendRespondent(QByteArray &out, const ResponseData &r)
{
    bool first = true;
    out += '{';
    if (!r.affiliation.isEmpty()) {
        appendKey(out, u"affiliation", first);
        appendJsonString(out, r.affiliation);
    }
    appendKey(out, u"expertise", first);
    appendStrings(out, r.expertise);
    appendKey(out, u"id", first);
    appendJsonString(out, r.respondentId.toString(QUuid::WithoutBraces));
    if (!r.language.isEmpty()) {
        appendKey(out, u"language", first);
        appendJsonString(out, r.language);
    }
    if (!r.name.isEmpty()) {
        appendKey(out, u"name", first);
        appendJsonString(out, r.name);
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
    appendObject(out, r.comments, isEmpty, [&](const QString &text) { appendJsonString(out, text); });
    appendKey(out, u"effectiveness", first);
    appendObject(out, r.effectiveness, isEmpty, [&](const QMap<QString, Rating> &byArea) {
        appendObject(out, byArea, never, [&](const Rating &rating) { appendRating(out, rating); });
    });
    appendKey(out, u"feasibility", first);
    appendObject(out, r.feasibility, never, [&](const Rating &rating) { appendRating(out, rating); });
    appendKey(out, u"format", first);
    appendJsonString(out, Interchange::FormatName);
    appendKey(out, u"instrument", first);
    appendJsonString(out, r.instrumentFingerprint);
    appendKey(out, u"respondent", first);
    appendRespondent(out, r);
    appendKey(out, u"revision", first);
    out += QByteArray::number(r.revision);
    appendKey(out, u"version", first);
    out += QByteArray::number(Interchange::FormatVersion);
    out += '}';
    return out;
}

QString contentSha256(const ResponseData &r)
{
    return sha256Hex(contentJson(r));
}

} // namespace panelist
