#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace panelist {

// The texts of an instrument in several languages (docs/instrument-format.md, "Translations"): the
// language codes, the "KEY::LANG" keys that hold translations, and the address by which the
// instrument knows each text ("areas.cyber.name", "scales.agree5.points.3", "study.title").

// ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$: "en", "de", "pt-BR", "zh-Hant".
bool isLanguageCode(const QString &code);
inline const QString LanguageCodeExpected = QStringLiteral("a language code such as \"de\" or \"pt-BR\"");

// "name::de": the key that holds the translation of key into language.
QString translationKey(const QString &key, const QString &language);
inline const QString TranslationSeparator = QStringLiteral("::");

struct TranslationKey
{
    QString key; // "name"
    QString language; // "de", as written (perhaps not a language code at all)
};
// "name::de" -> {name, de}; nothing for a key without "::".
std::optional<TranslationKey> splitTranslationKey(const QString &key);

// The parts joined by '.': textAddress({u"areas", id, u"name"}) is "areas.<id>.name". Ids may hold
// '.', but the last part names the field, so two texts never share an address.
QString textAddress(std::initializer_list<QStringView> parts);

} // namespace panelist
