#include "models/common/languagename.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace panelist {

QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    // A code without a region means the language, not the territory Qt picks for it.
    QString name = !code.contains(u'-') && locale.language() == QLocale::English
        ? u"English"_s
        : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    return name;
}

} // namespace panelist
