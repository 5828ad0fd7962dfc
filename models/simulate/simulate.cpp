#include "models/simulate/simulate.h"

#include "models/simulate/simulatedtext.h"
#include "models/storage/responsefilewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>

namespace panelist {

using namespace Qt::StringLiterals;

namespace {

// Independent, reproducible random streams: the study's latent levels and each expert's answers.
enum Stream : quint32 { StudyStream = 1, ExpertStream = 2 };

QRandomGenerator generator(quint64 seed, Stream stream, int index)
{
    const quint32 words[] = { quint32(seed), quint32(seed >> 32), stream, quint32(index) };
    return QRandomGenerator(words, 4);
}

// Box-Muller; written out rather than std::normal_distribution, whose output is not specified
// by the standard and so could differ between standard libraries.
double normal(QRandomGenerator &g, double mean, double sd)
{
    const double u1 = 1.0 - g.generateDouble(); // (0, 1]
    const double u2 = g.generateDouble();
    return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

bool chance(QRandomGenerator &g, double p)
{
    return g.generateDouble() < p;
}

// Latent level -> scale value: about -2.5 .. 2.5 spreads over the points; beyond that, the ends.
int toScale(const Scale &s, double latent)
{
    const qsizetype k = s.points.size();
    const auto i = qsizetype(std::floor((latent + 2.5) / 5.0 * double(k)));
    return s.points.at(std::clamp<qsizetype>(i, 0, k - 1)).value;
}

// Each measure's latent agreement per area and its feasibility: the same for every expert.
struct StudyLevels
{
    QHash<QString, QHash<QString, double>> effectiveness; // measure -> area -> level
    QHash<QString, double> feasibility;
};

StudyLevels studyLevels(const Instrument &ins, quint64 seed)
{
    QRandomGenerator g = generator(seed, StudyStream, 0);
    StudyLevels levels;
    for (const Measure &m : ins.measures()) {
        const double base = normal(g, 0.5, 0.9);
        for (const RiskArea &a : ins.areas())
            levels.effectiveness[m.id][a.id] = base + normal(g, 0.0, 0.45);
        levels.feasibility[m.id] = normal(g, 0.6, 0.8);
    }
    return levels;
}

QUuid respondentUuid(quint64 seed, int index)
{
    static const QUuid ns(u"6f1d6a52-3c2e-4b59-9a57-0d8a4a1e5c11"_s);
    return QUuid::createUuidV5(ns, u"panelist-simulate:%1:%2"_s.arg(seed).arg(index).toUtf8());
}

class ExpertSimulation
{
public:
    ExpertSimulation(const Instrument &ins, const StudyLevels &levels, quint64 seed, int index)
        : m_ins(ins)
        , m_levels(levels)
        , m_g(generator(seed, ExpertStream, index))
    {
        m_r.instrumentFingerprint = ins.fingerprint();
        m_r.respondentId = respondentUuid(seed, index);
        m_r.revision = 1;
        // A fixed study start per seed (within 2025), experts arriving about ten minutes apart.
        const QDateTime start(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        m_clock = start.addSecs(qint64(seed % 365) * 86400 + qint64(index) * 600 + m_g.bounded(600));
        m_r.createdAt = m_clock;
        m_lean = normal(m_g, 0.0, 0.5);
        m_dontKnowRate = 0.05 * (0.2 + 1.6 * m_g.generateDouble()); // averages 5 %
    }

    ResponseData run()
    {
        chooseExpertise();
        rate();
        pick();
        m_r.submittedAt = m_clock.addSecs(60 + m_g.bounded(540));
        return std::move(m_r);
    }

private:
    void chooseExpertise()
    {
        QStringList groups;
        for (const ExpertiseGroup &e : m_ins.expertiseGroups())
            groups << e.id;
        for (qsizetype i = groups.size() - 1; i > 0; --i) // Fisher-Yates
            groups.swapItemsAt(i, qsizetype(m_g.bounded(quint32(i + 1))));
        const qsizetype count = std::min<qsizetype>(1 + m_g.bounded(3), groups.size());
        m_r.expertise = groups.mid(0, count);
    }

    std::optional<Rating> answer(const Scale &s, double level)
    {
        if (chance(m_g, 0.03)) // skipped
            return std::nullopt;
        m_clock = m_clock.addSecs(5 + m_g.bounded(40));
        Rating r = s.allowDontKnow && chance(m_g, m_dontKnowRate)
            ? Rating::unknown()
            : Rating::of(toScale(s, level + m_lean + normal(m_g, 0.0, 0.9)));
        r.answeredAt = m_clock;
        return r;
    }

    void rate()
    {
        const bool eff = m_ins.effectiveness().enabled;
        const bool feas = m_ins.feasibility().enabled;
        const bool comments = m_ins.comment().enabled;
        for (const Measure &m : m_ins.measures()) {
            if (eff && m.askEffectiveness) {
                for (const RiskArea &a : m_ins.areas()) {
                    if (auto r = answer(m_ins.effectivenessScale(), m_levels.effectiveness[m.id][a.id]))
                        m_r.effectiveness[m.id][a.id] = *r;
                }
            }
            if (feas && m.askFeasibility) {
                if (auto r = answer(m_ins.feasibilityScale(), m_levels.feasibility[m.id]))
                    m_r.feasibility[m.id] = *r;
            }
            if (comments && m.askComment && chance(m_g, 0.2))
                m_r.comments[m.id] = simulatedComment(m_g, m, m_ins.comment().maxLength);
        }
    }

    // How much the expert likes measure m for scope: their own rating there (the mean over areas
    // for an overall combination), with some noise so picks are not a pure sort.
    double preference(const Measure &m, const QString &scope)
    {
        const auto areas = m_r.effectiveness.value(m.id);
        double sum = 0;
        int n = 0;
        for (auto it = areas.cbegin(); it != areas.cend(); ++it) {
            if ((scope == Instrument::OverallScope || it.key() == scope) && !it->dontKnow) {
                sum += it->value;
                ++n;
            }
        }
        return (n > 0 ? sum / n : 0.0) + normal(m_g, 0.0, 0.6);
    }

    void pick()
    {
        const CombinationQuestion &q = m_ins.combination();
        if (!q.enabled || q.maxPicks <= 0)
            return;
        for (const QString &scope : m_ins.combinationScopes()) {
            if (chance(m_g, 0.04)) // left this combination out
                continue;
            QList<std::pair<double, QString>> scored;
            for (const Measure &m : m_ins.measures())
                scored.append({ preference(m, scope), m.id });
            std::stable_sort(
                scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            const qsizetype count = std::min<qsizetype>(1 + m_g.bounded(quint32(q.maxPicks)), scored.size());
            QStringList picks;
            for (qsizetype i = 0; i < count; ++i)
                picks << scored.at(i).second;
            m_r.combinations[scope] = picks;
            m_clock = m_clock.addSecs(20 + m_g.bounded(100));
        }
    }

    const Instrument &m_ins;
    const StudyLevels &m_levels;
    QRandomGenerator m_g;
    ResponseData m_r;
    QDateTime m_clock;
    double m_lean = 0;
    double m_dontKnowRate = 0;
};

} // namespace

ResponseData simulateResponse(const Instrument &ins, quint64 seed, int index)
{
    const StudyLevels levels = studyLevels(ins, seed);
    return ExpertSimulation(ins, levels, seed, index).run();
}

QList<ResponseData> simulateResponses(const Instrument &ins, int experts, quint64 seed)
{
    const StudyLevels levels = studyLevels(ins, seed);
    QList<ResponseData> out;
    out.reserve(qMax(0, experts));
    for (int i = 0; i < experts; ++i)
        out.append(ExpertSimulation(ins, levels, seed, i).run());
    return out;
}

QString simulatedFileName(int index, int experts)
{
    const int width = qMax(4, int(QString::number(experts).size()));
    return u"expert-%1.panelist-response"_s.arg(index + 1, width, 10, QChar(u'0'));
}

Result<QStringList> writeSimulatedResponses(const Instrument &ins, int experts, quint64 seed,
    const QString &outDir, const std::function<void(int written)> &onProgress)
{
    using R = Result<QStringList>;
    if (experts < 1)
        return R::failure(u"the number of experts must be at least 1 (got %1)"_s.arg(experts));
    QDir dir(outDir);
    if (!dir.exists() && !QDir().mkpath(outDir))
        return R::failure(outDir + u": cannot create the folder"_s);
    QStringList paths;
    for (int i = 0; i < experts; ++i) {
        const QString path = dir.filePath(simulatedFileName(i, experts));
        if (QFileInfo::exists(path))
            return R::failure(path + u": already exists; choose an empty folder (nothing was written)"_s);
        paths << path;
    }
    // Writing is bound by fsync, not the CPU: several files in flight at once keep the disk busy.
    // Each task opens its own connection (ResponseStore is per thread); the files are independent,
    // so the result does not depend on the order the tasks finish in.
    const StudyLevels levels = studyLevels(ins, seed);
    QThreadPool pool;
    pool.setMaxThreadCount(qBound(2, QThread::idealThreadCount() * 2, 8));
    QMutex mutex;
    QMap<int, QString> errors; // by index, so the first failing file is reported
    std::atomic<bool> failed = false;
    std::atomic<int> written = 0;
    for (int i = 0; i < experts; ++i) {
        pool.start([&, i] {
            if (failed.load())
                return;
            const ResponseData r = ExpertSimulation(ins, levels, seed, i).run();
            if (Status s = writeNewResponseFile(paths.at(i), r, ins); !s) {
                failed = true;
                const QMutexLocker lock(&mutex);
                errors.insert(i, s.error());
                return;
            }
            ++written;
        });
    }
    // The count is reported from here, not from the tasks, so onProgress needs no locking.
    constexpr int ReportEveryMs = 100;
    while (!pool.waitForDone(onProgress ? ReportEveryMs : -1))
        onProgress(written.load());
    if (!errors.isEmpty()) {
        int written = 0;
        for (const QString &p : std::as_const(paths))
            written += QFileInfo::exists(p) ? 1 : 0;
        return R::failure(errors.first() + u" (%1 of %2 files written)"_s.arg(written).arg(experts));
    }
    return paths;
}

} // namespace panelist
