// An instrument is valid only when a complete response to it fits in a response file the merge
// accepts (models/instrument/instrumentlimits.h): an external fuzzing run found an instrument with
// 2,001 measures whose complete responses (10,005 ratings) every merge refused.
#include "models/instrument/instrument.h"
#include "models/instrument/instrumentlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;

class TestInstrumentLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeResponsesMustFit_data();
    void completeResponsesMustFit();
};

namespace {

// The bundled instrument with `measures` measures (copies of the first), no comment question unless
// edit adds one, and the given changes.
QByteArray instrumentWith(int measures, const std::function<void(QJsonObject &)> &edit = {})
{
    QJsonObject doc = QJsonDocument::fromJson(Instrument::bundled().canonicalJson()).object();
    QJsonObject questions = doc.value(u"questions"_s).toObject();
    questions.remove(u"comment"_s);
    doc.insert(u"questions"_s, questions);
    const QJsonObject first = doc.value(u"measures"_s).toArray().first().toObject();
    QJsonArray list;
    for (int i = 0; i < measures; ++i) {
        QJsonObject m = first;
        m.insert(u"id"_s, u"m%1"_s.arg(i));
        list.append(m);
    }
    doc.insert(u"measures"_s, list);
    if (edit)
        edit(doc);
    return QJsonDocument(doc).toJson();
}

} // namespace

void TestInstrumentLimits::completeResponsesMustFit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: valid
    // 4 areas and feasibility: 5 ratings per measure.
    QTest::newRow("2,000 measures: 10,000 ratings fit") << instrumentWith(2000) << QString();
    QTest::newRow("27 measures with comments of 20,000 characters fit") << instrumentWith(
        27, [](QJsonObject &d) {
            QJsonObject q = d.value(u"questions"_s).toObject();
            q.insert(
                u"comment"_s, QJsonObject { { u"prompt"_s, u"Comments"_s }, { u"max_length"_s, 20000 } });
            d.insert(u"questions"_s, q);
        }) << QString();
    QTest::newRow("2,001 measures: 10,005 ratings do not")
        << instrumentWith(2001)
        << u"x.json: $.measures: a complete response would hold 10,005 ratings; a response file holds at most 10,000"_s;
    QTest::newRow("picks: 4 areas x 2,501") << instrumentWith(2600, [](QJsonObject &d) {
        QJsonObject q = d.value(u"questions"_s).toObject();
        q.remove(u"feasibility"_s);
        q.remove(u"effectiveness"_s);
        d.insert(u"questions"_s, q);
        QJsonObject c = d.value(u"combination"_s).toObject();
        c.insert(u"max_picks"_s, 2501);
        d.insert(u"combination"_s, c);
    }) << u"x.json: $.combination.max_picks: a complete response would hold 10,004 picks; a response file holds at most 10,000"_s;
    QTest::newRow("comments: 27 x 1,000,000 characters") << instrumentWith(27, [](QJsonObject &d) {
        QJsonObject q = d.value(u"questions"_s).toObject();
        q.insert(u"comment"_s, QJsonObject { { u"prompt"_s, u"Comments"_s }, { u"max_length"_s, 1000000 } });
        d.insert(u"questions"_s, q);
    }) << u"x.json: $.questions.comment.max_length: 27 measures with comments of up to 1,000,000 characters come to 27,000,000 characters; at most 8,000,000 fit in a response file"_s;
}

void TestInstrumentLimits::completeResponsesMustFit()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const auto ins = Instrument::fromJson(json, u"x.json"_s);
    if (problem.isEmpty()) {
        QVERIFY2(ins, qPrintable(ins.error()));
        QVERIFY(ins->ratingItemCount() <= InstrumentLimits::MaxRowsPerTable);
    } else {
        QVERIFY(!ins);
        QCOMPARE(ins.error(), problem);
    }
}

QTEST_GUILESS_MAIN(TestInstrumentLimits)
#include "tst_instrumentlimits.moc"
