#pragma once

// Interchange documents for tests (shared by tst_interchange and tst_cli).

#include "models/instrument/instrument.h"
#include "models/response/interchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace panelist::testdocs {

using namespace Qt::StringLiterals;

inline const QString RespondentId = u"0b6f1c0e-7d0a-4c55-9a43-2f1e8d3c9b21"_s;

// A response with nothing answered.
inline QJsonObject emptyDoc(const Instrument &ins)
{
    return QJsonObject {
        { u"format"_s, u"panelist-response"_s },
        { u"version"_s, 1 },
        { u"instrument"_s, ins.fingerprint() },
        { u"respondent"_s, QJsonObject { { u"id"_s, RespondentId }, { u"expertise"_s, QJsonArray() } } },
        { u"revision"_s, 0 },
        { u"submitted_at"_s, QJsonValue() },
        { u"effectiveness"_s, QJsonObject() },
        { u"feasibility"_s, QJsonObject() },
        { u"comments"_s, QJsonObject() },
        { u"combinations"_s, QJsonObject() },
    };
}

// Every question answered: values cycle through the scale, with "don't know" now and then where the
// scale offers it; a comment on every other measure that asks for one; full combinations.
inline QJsonObject fullDoc(const Instrument &ins, const QString &longComment = QString())
{
    QJsonObject doc = emptyDoc(ins);
    QJsonObject respondent = doc.value(u"respondent"_s).toObject();
    QJsonArray expertise;
    for (const ExpertiseGroup &g : ins.expertiseGroups())
        expertise.append(g.id);
    respondent.insert(u"expertise"_s, expertise);
    respondent.insert(u"name"_s, u"Dr. Zoë \"Zed\" Ångström"_s);
    respondent.insert(u"affiliation"_s, u"Institut für Prüfung"_s);
    doc.insert(u"respondent"_s, respondent);
    doc.insert(u"revision"_s, 3);
    doc.insert(u"submitted_at"_s, u"2026-11-28T07:17:09Z"_s);

    int n = 0;
    const auto nextRating = [&n](const Scale &s) -> QJsonValue {
        ++n;
        if (s.allowDontKnow && n % 7 == 0)
            return Interchange::DontKnow;
        return s.points.at(n % s.points.size()).value;
    };
    QJsonObject effectiveness, feasibility, comments;
    for (const Measure &m : ins.measures()) {
        if (ins.effectiveness().enabled && m.askEffectiveness) {
            QJsonObject byArea;
            for (const RiskArea &a : ins.areas())
                byArea.insert(a.id, nextRating(ins.effectivenessScale()));
            effectiveness.insert(m.id, byArea);
        }
        if (ins.feasibility().enabled && m.askFeasibility)
            feasibility.insert(m.id, nextRating(ins.feasibilityScale()));
        if (ins.comment().enabled && m.askComment && ++n % 2 == 0)
            comments.insert(m.id, QString(u"Comment on "_s + m.name + u",\nsecond line with \"quotes\"."_s));
    }
    if (!longComment.isEmpty() && !comments.isEmpty())
        comments.insert(comments.begin().key(), longComment);
    QJsonObject combinations;
    for (const QString &scope : ins.combinationScopes()) {
        QJsonArray picks;
        for (int i = 0; i < ins.combination().maxPicks && i < ins.measures().size(); ++i)
            picks.append(ins.measures().at((i * 3 + scope.size()) % ins.measures().size()).id);
        combinations.insert(scope, picks);
    }
    doc.insert(u"effectiveness"_s, effectiveness);
    doc.insert(u"feasibility"_s, feasibility);
    doc.insert(u"comments"_s, comments);
    doc.insert(u"combinations"_s, combinations);
    return doc;
}

// doc with the value at path replaced (or removed when value is undefined); missing objects on the
// way are created.
inline QJsonObject with(QJsonObject doc, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            doc.remove(path.first());
        else
            doc.insert(path.first(), value);
        return doc;
    }
    doc.insert(path.first(), with(doc.value(path.first()).toObject(), path.mid(1), value));
    return doc;
}

inline QByteArray bytes(const QJsonObject &doc)
{
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

// Exactly `length` characters (code points) of text a GUI user might paste: newlines, quotes,
// backslashes, accents, CJK and a character outside the BMP.
inline QString awkwardText(int length)
{
    const QString pattern = u"Line with \"quotes\", a \\backslash\\, tab\t, é ü ß, 日本語, 😀.\n"_s;
    QString out;
    int count = 0;
    while (count < length) {
        for (qsizetype i = 0; i < pattern.size() && count < length; ++i) {
            out.append(pattern.at(i));
            if (pattern.at(i).isHighSurrogate()) {
                out.append(pattern.at(++i));
            }
            ++count;
        }
    }
    return out;
}

} // namespace panelist::testdocs
