#include "models/instrument/translationreader.h"

#include "models/instrument/instrumenttexts.h"

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

std::optional<QString> readLanguage(const JsonNode &n)
{
    if (!n.expect(n.value().isString() && isLanguageCode(n.value().toString()), LanguageCodeExpected))
        return std::nullopt;
    return n.value().toString();
}

} // namespace

void TranslationReader::readLanguages(const JsonObjectReader &study, StudyInfo &info)
{
    const qsizetype before = study.node().problems().count();
    bool mainKnown = true;
    if (const auto language = study.ifPresent(u"language"_s)) {
        const std::optional<QString> code = readLanguage(*language);
        mainKnown = code.has_value();
        info.language = code.value_or(info.language);
    }
    if (const auto languages = study.ifPresent(u"languages"_s)) {
        if (const auto list = languages->array()) {
            QHash<QString, QString> seen; // code -> where it is first
            for (qsizetype i = 0; i < list->size(); ++i) {
                const JsonNode n = list->at(i);
                const std::optional<QString> code = readLanguage(n);
                if (!code)
                    continue;
                if (mainKnown && *code == info.language) {
                    n.fail(u"expected a language other than the main language (\"%1\"), found \"%2\""_s.arg(
                        info.language, *code));
                } else if (seen.contains(*code)) {
                    n.fail(u"duplicate language \"%1\" (already at %2)"_s.arg(*code, seen.value(*code)));
                } else {
                    seen.insert(*code, n.path().toString());
                    info.languages.append(*code);
                }
            }
        }
    }
    m_languages = info.languages;
    m_languagesKnown = study.node().problems().count() == before;
}

void TranslationReader::allowOnly(
    const JsonObjectReader &o, const QStringList &keys, const QStringList &translatable) const
{
    QStringList patterns;
    for (const QString &key : translatable)
        patterns << translationKey(key, u"LANG"_s);
    const QString expected = u"unknown key; expected one of: "_s + keys.join(u", "_s)
        + (patterns.isEmpty() ? QString() : u"; translations: "_s + patterns.join(u", "_s));
    for (const JsonNode &n : o.members()) {
        if (keys.contains(n.key()))
            continue;
        const std::optional<TranslationKey> t = splitTranslationKey(n.key());
        if (!t || !translatable.contains(t->key))
            n.fail(expected);
    }
}

void TranslationReader::read(
    const JsonObjectReader &o, const QString &key, JsonText text, const QString &address)
{
    for (const JsonNode &n : o.members()) {
        const std::optional<TranslationKey> t = splitTranslationKey(n.key());
        if (!t || t->key != key)
            continue;
        if (m_languagesKnown && !m_languages.contains(t->language)) {
            n.fail(
                u"unknown language \"%1\"; expected a translation into one of $.study.languages (%2)"_s.arg(
                    t->language, m_languages.isEmpty() ? u"none declared"_s : m_languages.join(u", "_s)));
            continue;
        }
        if (const std::optional<QString> value = n.string(text))
            m_out[t->language].insert(address, *value);
    }
}

} // namespace panelist
