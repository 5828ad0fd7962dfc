// Every test of the windows sees the English plural forms ("1 expert", "3 experts"), as the program
// does: app/main.cpp installs the interface language, English by default (ui/common/languages.h).
#include "ui/common/languages.h"

#include <QCoreApplication>

namespace {

void installEnglish()
{
    panelist::InterfaceLanguage::install(QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
