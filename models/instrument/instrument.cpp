#include "models/instrument/instrument.h"

#include "models/common/boundedread.h"
#include "models/common/jsondocument.h"
#include "models/instrument/instrumentparser.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace panelist {

bool Scale::contains(int value) const
{
    return std::any_of(
        points.cbegin(), points.cend(), [value](const ScalePoint &p) { return p.value == value; });
}

int Scale::minValue() const
{
    return points.isEmpty() ? 0 : points.constFirst().value;
}

int Scale::maxValue() const
{
    return points.isEmpty() ? 0 : points.constLast().value;
}

double Scale::midpoint() const
{
    return (minValue() + maxValue()) / 2.0;
}

QString Scale::labelFor(int value) const
{
    for (const ScalePoint &p : points) {
        if (p.value == value)
            return p.label;
    }
    return {};
}

Result<Instrument> Instrument::fromJson(const QByteArray &json, const QString &sourceName)
{
    return InstrumentParser::parse(json, sourceName);
}

Result<Instrument> Instrument::fromFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Instrument>::failure(name + u": cannot open the instrument: "_s + file.errorString());
    // An instrument is a few hundred kilobytes at most; refusing a huge file before reading it keeps
    // a mistaken pick (a video, a database) from being read into memory whole.
    if (file.size() > MaxJsonBytes)
        return Result<Instrument>::failure(formatJsonProblems(name, { JsonDocument::tooLong(file.size()) }));
    const QByteArray bytes = readAtMost(file, MaxJsonBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<Instrument>::failure(name + u": cannot read the instrument: "_s + file.errorString());
    return fromJson(bytes, name);
}

QString Instrument::bundledPath()
{
    return u":/instruments/uuk2024.json"_s;
}

Instrument Instrument::bundled()
{
    // Parsed once per process (thread-safe static initialisation). The bundled file is checked by
    // tst_instrument, so failing here means a broken build, not bad user input.
    static const Instrument instrument = [] {
        Result<Instrument> r = fromFile(bundledPath());
        if (!r)
            qFatal("Bundled instrument is invalid: %s", qUtf8Printable(r.error()));
        return std::move(r).value();
    }();
    return instrument;
}

const Scale *Instrument::scale(const QString &id) const
{
    for (const Scale &s : m_scales) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Scale &Instrument::effectivenessScale() const
{
    static const Scale none;
    const Scale *s = scale(m_effectiveness.scaleId);
    Q_ASSERT_X(s, "Instrument::effectivenessScale", "effectiveness question is disabled");
    return s ? *s : none;
}

const Scale &Instrument::feasibilityScale() const
{
    static const Scale none;
    const Scale *s = scale(m_feasibility.scaleId);
    Q_ASSERT_X(s, "Instrument::feasibilityScale", "feasibility question is disabled");
    return s ? *s : none;
}

namespace {

template<typename List> int indexById(const List &list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

int Instrument::areaIndex(const QString &id) const
{
    return indexById(m_areas, id);
}

int Instrument::measureIndex(const QString &id) const
{
    return indexById(m_measures, id);
}

int Instrument::expertiseIndex(const QString &id) const
{
    return indexById(m_expertise, id);
}

QStringList Instrument::combinationScopes() const
{
    if (!m_combination.enabled)
        return {};
    if (m_combination.scope == CombinationScope::Overall)
        return { OverallScope };
    QStringList ids;
    ids.reserve(m_areas.size());
    for (const RiskArea &a : m_areas)
        ids.append(a.id);
    return ids;
}

int Instrument::ratingItemCount() const
{
    int count = 0;
    for (const Measure &m : m_measures) {
        if (m_effectiveness.enabled && m.askEffectiveness)
            count += static_cast<int>(m_areas.size());
        if (m_feasibility.enabled && m.askFeasibility)
            count += 1;
    }
    return count;
}

} // namespace panelist
