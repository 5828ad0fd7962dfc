#include "models/response/responsevalidator.h"

#include <QSet>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// Collects one line per problem so a person fixing a file sees all of them at once.
class Problems
{
public:
    void add(const QString &item, const QString &what)
    {
        ++m_total;
        if (m_lines.size() < MaxReportedProblems)
            m_lines.append(item + u": "_s + what);
    }
    Status status() const
    {
        if (m_total == 0)
            return {};
        QString message = m_lines.join(u'\n');
        if (m_total > m_lines.size())
            message += u"\n… and "_s + QString::number(m_total - m_lines.size()) + u" more problems"_s;
        return Status::failure(message);
    }

private:
    QStringList m_lines;
    int m_total = 0;
};

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// Characters as a person counts them: code points, so text outside the BMP is not counted twice.
qsizetype characterCount(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

QString shortFingerprint(const QString &fp)
{
    return fp.isEmpty() ? u"(none)"_s : fp.left(12);
}

// "1–5" for a contiguous scale, "1, 2, 4" otherwise.
QString describeScale(const Scale &s)
{
    bool contiguous = !s.points.isEmpty();
    QStringList values;
    for (qsizetype i = 0; i < s.points.size(); ++i) {
        values.append(QString::number(s.points.at(i).value));
        if (i > 0 && s.points.at(i).value != s.points.at(i - 1).value + 1)
            contiguous = false;
    }
    if (contiguous && s.points.size() > 1)
        return QString::number(s.minValue()) + u'–' + QString::number(s.maxValue());
    return values.join(u", "_s);
}

void checkRating(Problems &p, const QString &item, const Rating &r, const Scale &scale)
{
    if (r.dontKnow) {
        if (!scale.allowDontKnow)
            p.add(item, u"\"don't know\" is not offered on the scale "_s + describeScale(scale));
    } else if (!scale.contains(r.value)) {
        p.add(item, QString::number(r.value) + u" is not on the scale "_s + describeScale(scale));
    }
}

void checkProfile(Problems &p, const ResponseData &r, const Instrument &ins)
{
    if (r.respondentId.isNull())
        p.add(u"respondent.id"_s, u"missing (the nil UUID); every response needs its own respondent UUID"_s);
    if (r.revision < 0)
        p.add(u"revision"_s, QString::number(r.revision) + u" is negative; expected 0 or more"_s);

    QSet<QString> seen;
    for (qsizetype i = 0; i < r.expertise.size(); ++i) {
        const QString &id = r.expertise.at(i);
        const QString item = u"respondent.expertise["_s + QString::number(i) + u']';
        if (ins.expertiseIndex(id) < 0) {
            QStringList known;
            for (const ExpertiseGroup &g : ins.expertiseGroups())
                known.append(g.id);
            p.add(item,
                u"unknown expertise group "_s + quoted(id) + u" (expected one of "_s + known.join(u", "_s)
                    + u')');
        } else if (seen.contains(id)) {
            p.add(item, quoted(id) + u" is listed twice"_s);
        }
        seen.insert(id);
    }

    const auto checkLength = [&p](const QString &item, const QString &text) {
        if (characterCount(text) > MaxProfileTextLength)
            p.add(item,
                QString::number(characterCount(text)) + u" characters, at most "_s
                    + QString::number(MaxProfileTextLength) + u" allowed"_s);
    };
    checkLength(u"respondent.name"_s, r.name);
    checkLength(u"respondent.affiliation"_s, r.affiliation);
    // The main language is recorded as no language (ResponseData::language).
    if (!r.language.isEmpty() && !ins.study().languages.contains(r.language))
        p.add(u"respondent.language"_s,
            quoted(r.language) + u" is not a language this instrument is translated into ("_s
                + (ins.study().languages.isEmpty() ? u"it has none"_s : ins.study().languages.join(u", "_s))
                + u')');
}

void checkEffectiveness(Problems &p, const ResponseData &r, const Instrument &ins)
{
    for (auto m = r.effectiveness.begin(); m != r.effectiveness.end(); ++m) {
        const int mi = ins.measureIndex(m.key());
        for (auto a = m.value().begin(); a != m.value().end(); ++a) {
            const QString item = u"effectiveness."_s + m.key() + u'.' + a.key();
            if (!ins.effectiveness().enabled)
                p.add(item, u"this instrument asks no effectiveness questions"_s);
            else if (mi < 0)
                p.add(item, u"unknown measure "_s + quoted(m.key()));
            else if (!ins.measures().at(mi).askEffectiveness)
                p.add(item, u"measure "_s + quoted(m.key()) + u" is not asked about effectiveness"_s);
            else if (ins.areaIndex(a.key()) < 0)
                p.add(item, u"unknown risk area "_s + quoted(a.key()));
            else
                checkRating(p, item, a.value(), ins.effectivenessScale());
        }
    }
}

void checkFeasibility(Problems &p, const ResponseData &r, const Instrument &ins)
{
    for (auto m = r.feasibility.begin(); m != r.feasibility.end(); ++m) {
        const int mi = ins.measureIndex(m.key());
        const QString item = u"feasibility."_s + m.key();
        if (!ins.feasibility().enabled)
            p.add(item, u"this instrument asks no feasibility questions"_s);
        else if (mi < 0)
            p.add(item, u"unknown measure "_s + quoted(m.key()));
        else if (!ins.measures().at(mi).askFeasibility)
            p.add(item, u"measure "_s + quoted(m.key()) + u" is not asked about feasibility"_s);
        else
            checkRating(p, item, m.value(), ins.feasibilityScale());
    }
}

void checkComments(Problems &p, const ResponseData &r, const Instrument &ins)
{
    const int maxLength = ins.comment().maxLength;
    for (auto c = r.comments.begin(); c != r.comments.end(); ++c) {
        const int mi = ins.measureIndex(c.key());
        const QString item = u"comments."_s + c.key();
        const qsizetype length = characterCount(c.value());
        if (!ins.comment().enabled)
            p.add(item, u"this instrument asks for no comments"_s);
        else if (mi < 0)
            p.add(item, u"unknown measure "_s + quoted(c.key()));
        else if (!ins.measures().at(mi).askComment)
            p.add(item, u"measure "_s + quoted(c.key()) + u" does not ask for a comment"_s);
        else if (length == 0)
            p.add(item, u"empty comment; leave the measure out when there is no comment"_s);
        else if (length > maxLength)
            p.add(item,
                QString::number(length) + u" characters, at most "_s + QString::number(maxLength)
                    + u" allowed"_s);
    }
}

void checkCombinations(Problems &p, const ResponseData &r, const Instrument &ins)
{
    const QStringList scopes = ins.combinationScopes();
    const int maxPicks = ins.combination().maxPicks;
    for (auto s = r.combinations.begin(); s != r.combinations.end(); ++s) {
        const QString item = u"combinations."_s + s.key();
        if (!ins.combination().enabled || scopes.isEmpty()) {
            p.add(item, u"this instrument has no combination question"_s);
            continue;
        }
        if (!scopes.contains(s.key())) {
            p.add(item,
                u"unknown scope "_s + quoted(s.key()) + u" (expected one of "_s + scopes.join(u", "_s)
                    + u')');
            continue;
        }
        const QStringList &picks = s.value();
        if (picks.size() > maxPicks)
            p.add(item,
                QString::number(picks.size()) + u" picks, at most "_s + QString::number(maxPicks)
                    + u" allowed"_s);
        QSet<QString> seen;
        for (qsizetype i = 0; i < picks.size(); ++i) {
            const QString pickItem = item + u'[' + QString::number(i) + u']';
            if (ins.measureIndex(picks.at(i)) < 0)
                p.add(pickItem, u"unknown measure "_s + quoted(picks.at(i)));
            else if (seen.contains(picks.at(i)))
                p.add(pickItem, quoted(picks.at(i)) + u" is picked twice"_s);
            seen.insert(picks.at(i));
        }
    }
}

} // namespace

Status validateResponse(const ResponseData &r, const Instrument &ins)
{
    // Answers given to another instrument version are never checked item by item: the ids may mean
    // something else there, and one clear reason beats a page of follow-on errors.
    if (r.instrumentFingerprint != ins.fingerprint())
        return Status::failure(u"instrument: response answers instrument "_s
            + shortFingerprint(r.instrumentFingerprint) + u", expected "_s
            + shortFingerprint(ins.fingerprint()));
    Problems p;
    checkProfile(p, r, ins);
    checkEffectiveness(p, r, ins);
    checkFeasibility(p, r, ins);
    checkComments(p, r, ins);
    checkCombinations(p, r, ins);
    return p.status();
}

} // namespace panelist
