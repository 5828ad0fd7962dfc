#include "models/storage/studytypes.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

const std::array<std::pair<ImportOutcome, QString>, 7> &outcomeNames()
{
    static const std::array<std::pair<ImportOutcome, QString>, 7> names { {
        { ImportOutcome::Merged, u"merged"_s },
        { ImportOutcome::Unchanged, u"unchanged"_s },
        { ImportOutcome::Replaced, u"replaced"_s },
        { ImportOutcome::Older, u"older revision"_s },
        { ImportOutcome::Conflict, u"conflict"_s },
        { ImportOutcome::Rejected, u"rejected"_s },
        { ImportOutcome::Resolved, u"resolved"_s },
    } };
    return names;
}

} // namespace

QString outcomeName(ImportOutcome outcome)
{
    for (const auto &[value, name] : outcomeNames()) {
        if (value == outcome)
            return name;
    }
    return {};
}

std::optional<ImportOutcome> outcomeFromName(const QString &name)
{
    for (const auto &[value, text] : outcomeNames()) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace panelist
