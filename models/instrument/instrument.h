#pragma once

#include "models/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace panelist {

struct ScalePoint
{
    int value = 0;
    QString label;
};

struct Scale
{
    QString id;
    QList<ScalePoint> points; // in ascending value order as the document lists them
    bool allowDontKnow = false;
    QString dontKnowLabel; // e.g. "Don't know"

    bool contains(int value) const;
    int minValue() const;
    int maxValue() const;
    // (min + max) / 2; values strictly above it count as agreement, strictly below as disagreement.
    double midpoint() const;
    QString labelFor(int value) const;
};

struct RiskArea
{
    QString id;
    QString name;
    QString definition;
};

struct Measure
{
    QString id;
    QString name;
    QString description;
    QString status; // provenance: "confirmed", "named", "candidate" (free text, optional)
    QStringList tags;
    // Which questions this measure gets (defaults: all that the instrument enables).
    bool askEffectiveness = true;
    bool askFeasibility = true;
    bool askComment = true;
};

struct RatingQuestion
{
    bool enabled = false;
    QString scaleId;
    QString prompt; // may contain "{area}" for effectiveness
};

struct CommentQuestion
{
    bool enabled = false;
    QString prompt;
    int maxLength = 20000; // characters
};

enum class CombinationScope { PerArea, Overall };

struct CombinationQuestion
{
    bool enabled = false;
    CombinationScope scope = CombinationScope::PerArea;
    int maxPicks = 5;
    QString prompt;
};

struct ExpertiseGroup
{
    QString id;
    QString name;
};

struct Thresholds
{
    double agreement = 0.6;
    double selection = 0.4;
};

struct StudyInfo
{
    QString id;
    QString title;
    QString citation;
    QStringList notes; // which parts are reconstructed or assumed
    // The language the texts are written in (a code such as "en" or "pt-BR"; "en" when the document
    // does not say) and the other languages it carries translations for ("name::de" beside "name"),
    // in the document's order. Exports, the report and the study stay in the main language.
    QString language = QStringLiteral("en");
    QStringList languages;
};

// The survey definition, loaded from a JSON document (format "panelist-instrument", version 1,
// documented in docs/instrument-format.md). Immutable value type once loaded.
class Instrument
{
public:
    static inline const QString FormatName = QStringLiteral("panelist-instrument");
    static constexpr int FormatVersion = 1;
    // Scope id used for the combination question when its scope is Overall.
    static inline const QString OverallScope = QStringLiteral("overall");

    // Parses and validates. On failure the message lists every problem, one per line, each naming
    // sourceName, the JSON path and what was expected and found:
    //   "my.json: $.measures[3].id: expected an id (a string), found a number (3)".
    // InstrumentParser::read gives the same problems with their paths as segments.
    static Result<Instrument> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<Instrument> fromFile(const QString &path);
    // The bundled Uuk et al. (2024) instrument from the Qt resource.
    static QString bundledPath(); // ":/instruments/uuk2024.json"
    static Instrument bundled();

    // Canonical serialisation: compact JSON with object keys sorted; key order and whitespace of the
    // source do not change it. Storing this and loading it again gives the same instrument.
    QByteArray canonicalJson() const { return m_canonical; }
    // Lower-case hex SHA-256 of canonicalJson().
    QString fingerprint() const { return m_fingerprint; }

    const StudyInfo &study() const { return m_study; }
    const QList<RiskArea> &areas() const { return m_areas; }
    const QList<Measure> &measures() const { return m_measures; }
    const QList<Scale> &scales() const { return m_scales; }
    const QList<ExpertiseGroup> &expertiseGroups() const { return m_expertise; }
    const RatingQuestion &effectiveness() const { return m_effectiveness; }
    const RatingQuestion &feasibility() const { return m_feasibility; }
    const CommentQuestion &comment() const { return m_comment; }
    const CombinationQuestion &combination() const { return m_combination; }
    const Thresholds &thresholds() const { return m_thresholds; }

    const Scale *scale(const QString &id) const;
    const Scale &effectivenessScale() const; // requires effectiveness().enabled
    const Scale &feasibilityScale() const; // requires feasibility().enabled
    int areaIndex(const QString &id) const; // -1 when unknown
    int measureIndex(const QString &id) const; // -1 when unknown
    int expertiseIndex(const QString &id) const; // -1 when unknown
    // Area ids for PerArea, {OverallScope} for Overall, empty when the question is disabled.
    QStringList combinationScopes() const;
    // Number of rating items an expert can answer: effectiveness per (measure, area) plus feasibility
    // per measure, honouring each measure's question flags (135 for the bundled instrument).
    int ratingItemCount() const;

    // Every language the survey can be answered in: the main language first, then the others.
    QStringList languages() const;
    // This instrument with each text in `language` where the document translates it, else in the main
    // language; ids, values, canonicalJson() and fingerprint() stay this instrument's, so answers given
    // in any language are the same answers. A language not in languages() gives this instrument.
    // study() still describes the document: its language and languages are those it was written in.
    Instrument translated(const QString &language) const;

private:
    QByteArray m_canonical;
    QString m_fingerprint;
    StudyInfo m_study;
    QList<RiskArea> m_areas;
    QList<Measure> m_measures;
    QList<Scale> m_scales;
    QList<ExpertiseGroup> m_expertise;
    RatingQuestion m_effectiveness;
    RatingQuestion m_feasibility;
    CommentQuestion m_comment;
    CombinationQuestion m_combination;
    Thresholds m_thresholds;
    // language -> text address ("measures.M01.name", see instrumenttexts.cpp) -> the text in that
    // language; a translated() copy holds the main language's texts too.
    QHash<QString, QHash<QString, QString>> m_translations;

    // Calls visit(address, text) for every translatable text (instrumenttexts.cpp).
    void forEachText(const std::function<void(const QString &address, QString &text)> &visit);

    friend class InstrumentParser;
};

} // namespace panelist
