#include "models/authoring/instrumentsource.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panelist {

Result<Instrument> loadInstrumentSource(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (QFileInfo(path).isDir() || suffix == u"xlsx"_s || suffix == u"ods"_s)
        return Result<Instrument>::failure(
            u"%1: reading instrument workbooks is not available in this build"_s.arg(path));
    return Instrument::fromFile(path);
}

} // namespace panelist
