// contentJson() writes the bytes behind every stored content hash directly; they must equal what
// QJsonDocument writes for toInterchange() without submitted_at, for any content.

#include "models/response/contentjson.h"
#include "models/response/interchange.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;

class TestContentJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsQJson_data();
    void equalsQJson();
    void everyCharacter();
    void randomResponses();
};

namespace {

QByteArray viaQJson(const ResponseData &r)
{
    QJsonObject o = toInterchange(r);
    o.remove(u"submitted_at"_s);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ResponseData base()
{
    ResponseData r;
    r.instrumentFingerprint = u"ab12"_s;
    r.respondentId = QUuid::fromString(u"11111111-1111-4111-8111-111111111111"_s);
    r.revision = 3;
    r.submittedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC); // never part of it
    r.expertise = { u"policy"_s, u"ml"_s };
    r.effectiveness[u"m02"_s].insert(u"cbrn"_s, Rating::of(4));
    r.effectiveness[u"m01"_s].insert(u"cyber"_s, Rating::unknown());
    r.effectiveness[u"m01"_s].insert(u"bio"_s, Rating::of(1));
    r.feasibility.insert(u"m01"_s, Rating::of(5));
    r.comments.insert(u"m02"_s, u"costly, \"but\" feasible\nü 日本 😀"_s);
    r.combinations[u"overall"_s] = { u"m02"_s, u"m01"_s };
    return r;
}

QString randomText(QRandomGenerator &rng)
{
    QString s;
    const int n = int(rng.bounded(40));
    for (int i = 0; i < n; ++i) {
        switch (rng.bounded(4)) {
        case 0:
            s += QChar(char16_t(rng.bounded(0x80)));
            break; // controls, quotes, backslash
        case 1:
            s += QChar(char16_t(0x80 + rng.bounded(0xD800 - 0x80)));
            break;
        case 2:
            s += QChar(char16_t(0xD800 + rng.bounded(0x800)));
            break; // lone or paired surrogates
        default:
            s += QChar(char16_t(0xE000 + rng.bounded(0x2000)));
            break;
        }
    }
    return s;
}

} // namespace

void TestContentJson::equalsQJson_data()
{
    QTest::addColumn<int>("variant");
    int variant = 0;
    for (const char *name : { "full", "empty", "empty lists and comments left out", "name and affiliation",
             "big numbers", "only don't know" })
        QTest::newRow(name) << variant++;
}

void TestContentJson::equalsQJson()
{
    QFETCH(int, variant);
    ResponseData r = base();
    switch (variant) {
    case 1:
        r = ResponseData();
        break;
    case 2:
        r.comments.insert(u"m03"_s, QString());
        r.combinations[u"cbrn"_s] = {};
        r.effectiveness[u"m09"_s] = {};
        break;
    case 3:
        r.name = u"Dr. \"Q\" \\ O'Neil\t"_s;
        r.affiliation = u"Institut für KI"_s;
        break;
    case 4:
        r.revision = 2147483647;
        r.effectiveness[u"m01"_s].insert(u"cbrn"_s, Rating::of(-1000000));
        break;
    case 5:
        for (auto &areas : r.effectiveness) {
            for (auto &rating : areas)
                rating = Rating::unknown();
        }
        break;
    default:
        break;
    }
    const QByteArray expected = viaQJson(r);
    QCOMPARE(contentJson(r), expected);
    QVERIFY(!expected.contains("submitted_at"));
}

void TestContentJson::everyCharacter()
{
    // Every UTF-16 code unit, alone (lone surrogates included) and in a valid pair.
    for (uint u = 0; u <= 0xFFFF; ++u) {
        ResponseData r = base();
        r.comments[u"m01"_s] = QString(QChar(char16_t(u))) + u"x"_s;
        r.name = QString::fromUcs4(U"\U0001F600") + QChar(char16_t(u));
        const QByteArray expected = viaQJson(r);
        if (contentJson(r) != expected)
            QFAIL(qPrintable(
                u"U+%1: %2 vs %3"_s.arg(u, 4, 16, QChar(u'0'))
                    .arg(QString::fromUtf8(contentJson(r).toHex()), QString::fromUtf8(expected.toHex()))));
    }
}

void TestContentJson::randomResponses()
{
    QRandomGenerator rng(20261128);
    for (int i = 0; i < 300; ++i) {
        ResponseData r = base();
        r.name = randomText(rng);
        r.affiliation = randomText(rng);
        r.expertise = { randomText(rng) };
        for (int m = 0; m < 8; ++m) {
            const QString id = u"m%1"_s.arg(rng.bounded(30));
            r.comments.insert(id, randomText(rng));
            r.feasibility.insert(
                id, rng.bounded(5) == 0 ? Rating::unknown() : Rating::of(int(rng.bounded(7))));
            r.combinations[u"s%1"_s.arg(rng.bounded(3))].append(randomText(rng));
        }
        QCOMPARE(contentJson(r), viaQJson(r));
    }
    // A key outside ASCII (no instrument id is one) is still written, in UTF-8, in key order.
    ResponseData odd = base();
    odd.comments.insert(u"mé"_s, u"x"_s);
    QVERIFY(contentJson(odd).contains("\"comments\":{\"m02\":\"costly, \\\"but\\\" feasible\\n\xc3\xbc"));
    QVERIFY(contentJson(odd).contains("\"m\xc3\xa9\":\"x\"},\"effectiveness\""));
}

QTEST_GUILESS_MAIN(TestContentJson)
#include "tst_contentjson.moc"
