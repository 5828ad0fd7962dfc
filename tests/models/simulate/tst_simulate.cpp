// simulate: deterministic, valid, and shaped like a real panel (measures differ, some don't know,
// picks follow ratings, comments that stress CSV quoting).

#include "models/response/interchange.h"
#include "models/response/responsevalidator.h"
#include "models/simulate/simulate.h"
#include "models/storage/responsestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace panelist;
using namespace Qt::StringLiterals;

namespace {

QList<ResponseData> loadAll(const QStringList &paths, QString *error)
{
    QList<ResponseData> out;
    for (const QString &p : paths) {
        auto store = ResponseStore::openReadOnly(p);
        if (!store) {
            *error = store.error();
            return {};
        }
        auto data = (*store)->load();
        if (!data) {
            *error = data.error();
            return {};
        }
        out.append(*data);
    }
    return out;
}

QByteArray canonical(const ResponseData &r)
{
    return QJsonDocument(toInterchange(r)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimulate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameFiles()
    {
        QTemporaryDir a, b, c;
        auto first = writeSimulatedResponses(m_ins, 12, 42, a.path());
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto second = writeSimulatedResponses(m_ins, 12, 42, b.path());
        QVERIFY2(second.ok(), qPrintable(second.error()));
        auto other = writeSimulatedResponses(m_ins, 12, 43, c.path());
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QCOMPARE(first->size(), 12);
        QCOMPARE(QDir(a.path()).entryList(QDir::Files), QDir(b.path()).entryList(QDir::Files));
        QCOMPARE(QFileInfo(first->at(0)).fileName(), u"expert-0001.panelist-response"_s);
        QCOMPARE(QFileInfo(first->at(11)).fileName(), u"expert-0012.panelist-response"_s);
        // Only the files: no -wal, -shm or temporary companions.
        QCOMPARE(QDir(a.path()).entryList(QDir::Files | QDir::Hidden).size(), 12);

        QString error;
        const QList<ResponseData> x = loadAll(*first, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<ResponseData> y = loadAll(*second, &error);
        const QList<ResponseData> z = loadAll(*other, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int differing = 0;
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(canonical(x.at(i)), canonical(y.at(i))); // answers, ids, revision, submitted time
            QCOMPARE(x.at(i).createdAt, y.at(i).createdAt);
            QVERIFY(x.at(i).respondentId != z.at(i).respondentId);
            differing += canonical(x.at(i)) != canonical(z.at(i)) ? 1 : 0;
            // What was written is what the generator produced.
            QCOMPARE(canonical(x.at(i)), canonical(simulateResponse(m_ins, 42, i)));
        }
        QCOMPARE(differing, 12);
    }

    void expertDoesNotDependOnPanelSize()
    {
        const QList<ResponseData> small = simulateResponses(m_ins, 3, 5);
        const QList<ResponseData> large = simulateResponses(m_ins, 50, 5);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(canonical(small.at(i)), canonical(large.at(i)));
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        QVERIFY(writeSimulatedResponses(m_ins, 2, 1, dir.path()).ok());
        const QByteArray before = [&] {
            QFile f(dir.filePath(u"expert-0001.panelist-response"_s));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto again = writeSimulatedResponses(m_ins, 3, 2, dir.path());
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(u"expert-0001.panelist-response"_s), qPrintable(again.error()));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"expert-0003.panelist-response"_s)));
        QFile f(dir.filePath(u"expert-0001.panelist-response"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(!writeSimulatedResponses(m_ins, 0, 1, dir.path()).ok());
    }

    void everyResponseIsValidAndSubmitted()
    {
        for (const ResponseData &r : simulateResponses(m_ins, 200, 2026)) {
            const Status s = validateResponse(r, m_ins);
            QVERIFY2(s.ok(), qPrintable(s.error()));
            QCOMPARE(r.revision, 1);
            QVERIFY(r.submittedAt.isValid() && r.submittedAt > r.createdAt);
            QVERIFY(r.expertise.size() >= 1 && r.expertise.size() <= 3);
        }
    }

    void realisticStructure()
    {
        const QList<ResponseData> panel = simulateResponses(m_ins, 300, 11);
        const Scale &scale = m_ins.effectivenessScale();
        int answered = 0, dontKnow = 0, possible = 0;
        double lowest = 1, highest = 0;
        for (const Measure &m : m_ins.measures()) {
            int agree = 0, substantive = 0;
            for (const ResponseData &r : panel) {
                for (const RiskArea &a : m_ins.areas()) {
                    ++possible;
                    const auto areas = r.effectiveness.value(m.id);
                    if (!areas.contains(a.id))
                        continue;
                    ++answered;
                    if (areas[a.id].dontKnow) {
                        ++dontKnow;
                        continue;
                    }
                    ++substantive;
                    agree += areas[a.id].value > scale.midpoint() ? 1 : 0;
                }
            }
            const double share = double(agree) / substantive;
            lowest = qMin(lowest, share);
            highest = qMax(highest, share);
        }
        // Measures differ: some clear the 60 % agreement bar, some are far below it.
        QVERIFY2(highest > 0.6 && lowest < 0.4, qPrintable(u"shares %1..%2"_s.arg(lowest).arg(highest)));
        const double dkRate = double(dontKnow) / answered;
        QVERIFY2(dkRate > 0.02 && dkRate < 0.09, qPrintable(QString::number(dkRate)));
        const double skipRate = 1.0 - double(answered) / possible;
        QVERIFY2(skipRate > 0.005 && skipRate < 0.08, qPrintable(QString::number(skipRate)));

        // Picks follow the expert's own ratings in that area.
        double pickedSum = 0, otherSum = 0;
        int picked = 0, other = 0, scopesAnswered = 0;
        int comments = 0, tricky = 0, nonAscii = 0;
        for (const ResponseData &r : panel) {
            for (const QString &scope : m_ins.combinationScopes()) {
                const QStringList picks = r.combinations.value(scope);
                if (picks.isEmpty())
                    continue;
                ++scopesAnswered;
                QVERIFY(picks.size() <= m_ins.combination().maxPicks);
                for (const Measure &m : m_ins.measures()) {
                    const Rating rating = r.effectiveness.value(m.id).value(scope, Rating::unknown());
                    if (rating.dontKnow)
                        continue;
                    (picks.contains(m.id) ? pickedSum : otherSum) += rating.value;
                    ++(picks.contains(m.id) ? picked : other);
                }
            }
            for (const QString &text : r.comments) {
                ++comments;
                if (text.contains(u'\n') || text.contains(u'"') || text.contains(u','))
                    ++tricky;
                for (const QChar ch : text) {
                    if (ch.unicode() > 127) {
                        ++nonAscii;
                        break;
                    }
                }
            }
        }
        QVERIFY(scopesAnswered > int(panel.size()) * 3);
        QVERIFY2(pickedSum / picked > otherSum / other + 0.7,
            qPrintable(u"picked %1 vs other %2"_s.arg(pickedSum / picked).arg(otherSum / other)));
        const double commentRate = double(comments) / (panel.size() * m_ins.measures().size());
        QVERIFY2(commentRate > 0.15 && commentRate < 0.25, qPrintable(QString::number(commentRate)));
        QVERIFY(tricky > comments / 5);
        QVERIFY(nonAscii > comments / 10);
    }

private:
    Instrument m_ins = Instrument::bundled();
};

QTEST_GUILESS_MAIN(TestSimulate)
#include "tst_simulate.moc"
