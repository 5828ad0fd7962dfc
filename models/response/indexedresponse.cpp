#include "models/response/indexedresponse.h"

#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <QtEndian>

#include <algorithm>
#include <functional>

namespace panelist {

namespace {

void sortUnique(QList<int> &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

qint16 pointOf(const Scale &scale, const Rating &rating)
{
    if (rating.dontKnow)
        return IndexedResponse::DontKnow;
    for (qsizetype i = 0; i < scale.points.size(); ++i) {
        if (scale.points.at(i).value == rating.value)
            return qint16(i);
    }
    return IndexedResponse::Unanswered;
}

} // namespace

void IndexedResponse::reset(const Instrument &instrument)
{
    const qsizetype measures = instrument.measures().size();
    const qsizetype items = instrument.effectiveness().enabled ? instrument.areas().size() * measures : 0;
    effectiveness.fill(Unanswered, items);
    feasibility.fill(Unanswered, instrument.feasibility().enabled ? measures : 0);
    const qsizetype scopes = instrument.combinationScopes().size();
    picks.resize(scopes);
    for (QList<int> &list : picks)
        list.clear();
    groups.clear();
}

void IndexedResponse::normalise()
{
    for (QList<int> &list : picks)
        sortUnique(list);
    sortUnique(groups);
}

bool IndexedResponse::inGroup(int group) const
{
    return group < 0 || std::binary_search(groups.cbegin(), groups.cend(), group);
}

namespace {

constexpr char BytesFormat = 1;

void putCount(QByteArray &out, qsizetype n)
{
    const quint16 v = qToLittleEndian(quint16(n));
    out.append(reinterpret_cast<const char *>(&v), 2);
}

template<typename T> void putValues(QByteArray &out, const QList<T> &values)
{
    putCount(out, values.size());
    for (T value : values) {
        const qint16 v = qToLittleEndian(qint16(value));
        out.append(reinterpret_cast<const char *>(&v), 2);
    }
}

// Reads little-endian 16-bit values from a view, refusing to run past its end.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView bytes)
        : m_bytes(bytes)
    { }
    bool next(qint16 &value)
    {
        if (m_at + 2 > m_bytes.size())
            return false;
        value = qFromLittleEndian<qint16>(m_bytes.data() + m_at);
        m_at += 2;
        return true;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 1; // after the format byte
};

// A list written by putValues: exactly `expected` values when expected >= 0, each within
// [low, high), appended to out.
template<typename T> bool readValues(ByteReader &in, QList<T> &out, qsizetype expected, int low, int high)
{
    qint16 count = 0;
    if (!in.next(count) || count < 0 || (expected >= 0 && count != expected))
        return false;
    out.resize(0);
    for (qint16 i = 0; i < count; ++i) {
        qint16 v = 0;
        if (!in.next(v) || v < low || v >= high)
            return false;
        out.append(T(v));
    }
    return true;
}

} // namespace

QByteArray IndexedResponse::toBytes() const
{
    QByteArray out;
    out.reserve(8 + 2 * (effectiveness.size() + feasibility.size() + groups.size()) + 12 * picks.size());
    out.append(BytesFormat);
    putValues(out, effectiveness);
    putValues(out, feasibility);
    putCount(out, picks.size());
    for (const QList<int> &list : picks)
        putValues(out, list);
    putValues(out, groups);
    return out;
}

bool IndexedResponse::readBytes(QByteArrayView bytes, const Instrument &instrument)
{
    if (bytes.isEmpty() || bytes.front() != BytesFormat)
        return false;
    reset(instrument);
    const qsizetype measures = instrument.measures().size();
    const int effPoints
        = instrument.effectiveness().enabled ? int(instrument.effectivenessScale().points.size()) : 0;
    const int feasPoints
        = instrument.feasibility().enabled ? int(instrument.feasibilityScale().points.size()) : 0;
    ByteReader in(bytes);
    if (!readValues(in, effectiveness, effectiveness.size(), DontKnow, effPoints)
        || !readValues(in, feasibility, feasibility.size(), DontKnow, feasPoints))
        return false;
    qint16 scopes = 0;
    if (!in.next(scopes) || scopes != picks.size())
        return false;
    for (QList<int> &list : picks) {
        if (!readValues(in, list, -1, 0, int(measures)))
            return false;
    }
    if (!readValues(in, groups, -1, 0, int(instrument.expertiseGroups().size())) || !in.atEnd())
        return false;
    // What normalise() makes: picks and groups ascending, each once.
    const auto ascending = [](const QList<int> &l) {
        return std::adjacent_find(l.cbegin(), l.cend(), std::greater_equal<int>()) == l.cend();
    };
    return ascending(groups) && std::all_of(picks.cbegin(), picks.cend(), ascending);
}

IndexedResponse indexResponse(const Instrument &instrument, const ResponseData &response)
{
    IndexedResponse out;
    out.reset(instrument);
    const qsizetype measures = instrument.measures().size();
    if (!out.effectiveness.isEmpty()) {
        const Scale &scale = instrument.effectivenessScale();
        for (auto m = response.effectiveness.cbegin(); m != response.effectiveness.cend(); ++m) {
            const int measure = instrument.measureIndex(m.key());
            if (measure < 0)
                continue;
            for (auto a = m.value().cbegin(); a != m.value().cend(); ++a) {
                const int area = instrument.areaIndex(a.key());
                if (area >= 0)
                    out.effectiveness[area * measures + measure] = pointOf(scale, a.value());
            }
        }
    }
    if (!out.feasibility.isEmpty()) {
        const Scale &scale = instrument.feasibilityScale();
        for (auto f = response.feasibility.cbegin(); f != response.feasibility.cend(); ++f) {
            const int measure = instrument.measureIndex(f.key());
            if (measure >= 0)
                out.feasibility[measure] = pointOf(scale, f.value());
        }
    }
    const QStringList scopes = instrument.combinationScopes();
    for (qsizetype s = 0; s < scopes.size(); ++s) {
        for (const QString &id : response.combinations.value(scopes.at(s))) {
            const int measure = instrument.measureIndex(id);
            if (measure >= 0)
                out.picks[s].append(measure);
        }
    }
    for (const QString &id : response.expertise) {
        const int group = instrument.expertiseIndex(id);
        if (group >= 0)
            out.groups.append(group);
    }
    out.normalise();
    return out;
}

} // namespace panelist
