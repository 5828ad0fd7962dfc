#include "models/instrument/instrumenttexts.h"

#include "models/instrument/instrument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace panelist {

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    return pattern.match(code).hasMatch();
}

QString translationKey(const QString &key, const QString &language)
{
    return key + TranslationSeparator + language;
}

std::optional<TranslationKey> splitTranslationKey(const QString &key)
{
    const qsizetype at = key.indexOf(TranslationSeparator);
    if (at < 0)
        return std::nullopt;
    return TranslationKey { key.left(at), key.mid(at + TranslationSeparator.size()) };
}

QString textAddress(std::initializer_list<QStringView> parts)
{
    QString out;
    for (const QStringView part : parts) {
        if (!out.isEmpty())
            out += u'.';
        out += part;
    }
    return out;
}

// Every text of the instrument with its address; the parser records translations under the same
// addresses (models/instrument/translationreader.cpp).
void Instrument::forEachText(const std::function<void(const QString &, QString &)> &visit)
{
    visit(u"study.title"_s, m_study.title);
    for (RiskArea &a : m_areas) {
        visit(textAddress({ u"areas", a.id, u"name" }), a.name);
        visit(textAddress({ u"areas", a.id, u"definition" }), a.definition);
    }
    for (Scale &s : m_scales) {
        for (ScalePoint &p : s.points)
            visit(textAddress({ u"scales", s.id, u"points", QString::number(p.value) }), p.label);
        if (s.allowDontKnow)
            visit(textAddress({ u"scales", s.id, u"dont_know" }), s.dontKnowLabel);
    }
    visit(u"questions.effectiveness.prompt"_s, m_effectiveness.prompt);
    visit(u"questions.feasibility.prompt"_s, m_feasibility.prompt);
    visit(u"questions.comment.prompt"_s, m_comment.prompt);
    visit(u"combination.prompt"_s, m_combination.prompt);
    for (Measure &m : m_measures) {
        visit(textAddress({ u"measures", m.id, u"name" }), m.name);
        visit(textAddress({ u"measures", m.id, u"description" }), m.description);
    }
    for (ExpertiseGroup &g : m_expertise)
        visit(textAddress({ u"profile.expertise", g.id, u"name" }), g.name);
}

QStringList Instrument::languages() const
{
    return QStringList { m_study.language } + m_study.languages;
}

Instrument Instrument::translated(const QString &language) const
{
    if (m_translations.isEmpty() || !languages().contains(language))
        return *this;
    // A copy translated before keeps the main language's texts, so that every translation falls
    // back to them and not to the language it was in.
    const bool pristine = !m_translations.contains(m_study.language);
    if (pristine && language == m_study.language)
        return *this;
    const QHash<QString, QString> main = m_translations.value(m_study.language);
    const QHash<QString, QString> wanted = m_translations.value(language);
    QHash<QString, QString> originals;
    Instrument out = *this;
    out.forEachText([&](const QString &address, QString &text) {
        if (pristine)
            originals.insert(address, text);
        text = wanted.value(address, pristine ? text : main.value(address, text));
    });
    if (pristine)
        out.m_translations.insert(m_study.language, originals);
    return out;
}

} // namespace panelist
