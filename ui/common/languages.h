#pragma once

#include "models/common/result.h"

#include <QString>
#include <QStringList>

namespace panelist {

class SurveySession;

// The interface's languages (issue 12): English, the language of the source texts, and the
// translations in i18n/ (panelist_de.ts, panelist_fr.ts), compiled into the program at build time.
// Qt's own translations (qtbase_de.qm, ...) for its standard dialogs come from the system (Debian's
// qt6-translations-l10n); without them those dialogs stay in English.
namespace InterfaceLanguage {

// "en", "de", "fr": the codes --lang takes.
QStringList available();
// The language to use: `requested` (panelist --lang) when given, which must be available; else the
// first of the system's interface languages (QLocale::system().uiLanguages()) that is available;
// else English.
Result<QString> choose(const QString &requested);
// Installs Panelist's and Qt's translators for `language` (one of available()) on the running
// application, replacing those installed before. English installs only the plural forms
// ("%n files"). Returns the qtbase file that was not found, if any, for a note on standard error.
QString install(const QString &language);
// The language installed last ("en" before any).
QString current();
// A response just started answers in the interface's language when its instrument has that one
// (the expert can change it on the profile page); otherwise it stays in the main language.
void startResponseIn(SurveySession &session);

} // namespace InterfaceLanguage
} // namespace panelist
