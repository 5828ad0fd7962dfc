#include "models/instrument/instrumentlimits.h"

#include "models/instrument/instrument.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace panelist::InstrumentLimits {

namespace {

// 10,000 rather than 10000: the numbers in these messages are large.
QString count(qint64 n)
{
    QLocale english(QLocale::English);
    return english.toString(n);
}

} // namespace

QList<JsonProblem> check(const Instrument &ins)
{
    QList<JsonProblem> out;
    const qint64 measures = ins.measures().size();
    const auto tooMany = [&](const JsonPath &path, qint64 n, const QString &what) {
        out.append({ path,
            u"a complete response would hold %1 %2; a response file holds at most %3"_s.arg(
                count(n), what, count(MaxRowsPerTable)) });
    };
    if (const qint64 items = ins.ratingItemCount(); items > MaxRowsPerTable)
        tooMany(JsonPath().key(u"measures"_s), items, u"ratings"_s);
    if (ins.comment().enabled && measures > MaxRowsPerTable)
        tooMany(JsonPath().key(u"measures"_s), measures, u"comments"_s);
    if (ins.combination().enabled) {
        const qint64 picks = qint64(ins.combinationScopes().size()) * ins.combination().maxPicks;
        if (picks > MaxRowsPerTable)
            tooMany(JsonPath().key(u"combination"_s).key(u"max_picks"_s), picks, u"picks"_s);
    }
    if (const qint64 groups = ins.expertiseGroups().size(); groups > MaxRowsPerTable)
        tooMany(JsonPath().key(u"profile"_s).key(u"expertise"_s), groups, u"expertise groups"_s);
    if (ins.comment().enabled) {
        const qint64 characters = measures * ins.comment().maxLength;
        if (characters > MaxCommentCharacters)
            out.append({ JsonPath().key(u"questions"_s).key(u"comment"_s).key(u"max_length"_s),
                u"%1 measures with comments of up to %2 characters come to %3 characters; at most %4 "
                u"fit in a response file"_s.arg(count(measures), count(ins.comment().maxLength),
                    count(characters), count(MaxCommentCharacters)) });
    }
    return out;
}

} // namespace panelist::InstrumentLimits
