#pragma once

#include <QString>

namespace panelist {

// A language code of an instrument ("de", "pt-BR") in its own words, capitalised: "Deutsch",
// "Français", "English" (Qt says "American English" for a bare "en"); the code itself when Qt does
// not know it. The expert finds their language this way whatever language is shown now.
QString languageName(const QString &code);

} // namespace panelist
