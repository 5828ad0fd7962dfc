#include "models/response/responsedata.h"

namespace panelist {

namespace {

bool sameRatings(const QMap<QString, Rating> &a, const QMap<QString, Rating> &b)
{
    if (a.size() != b.size())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend() || !it.value().sameAnswer(other.value()))
            return false;
    }
    return true;
}

// An empty comment or an empty pick list is the same as none: the store never keeps either.
template<typename Map> Map withoutEmpty(const Map &map)
{
    Map out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.value().isEmpty())
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

int ResponseData::answeredRatingCount() const
{
    // "Don't know" is a deliberate answer, so it counts as answered.
    qsizetype count = feasibility.size();
    for (const auto &areas : effectiveness)
        count += areas.size();
    return int(count);
}

bool ResponseData::sameContent(const ResponseData &o) const
{
    if (instrumentFingerprint != o.instrumentFingerprint || respondentId != o.respondentId
        || revision != o.revision || expertise != o.expertise || name != o.name
        || affiliation != o.affiliation || language != o.language)
        return false;
    if (!sameRatings(feasibility, o.feasibility))
        return false;
    const auto eff = withoutEmpty(effectiveness);
    const auto otherEff = withoutEmpty(o.effectiveness);
    if (eff.keys() != otherEff.keys())
        return false;
    for (auto it = eff.cbegin(); it != eff.cend(); ++it) {
        if (!sameRatings(it.value(), otherEff.value(it.key())))
            return false;
    }
    return withoutEmpty(comments) == withoutEmpty(o.comments)
        && withoutEmpty(combinations) == withoutEmpty(o.combinations);
}

} // namespace panelist
