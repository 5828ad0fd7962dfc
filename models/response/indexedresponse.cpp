#include "models/response/indexedresponse.h"

#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"

#include <algorithm>

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
