#include "models/survey/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace panelist::Workspace {

namespace {
const QString LastResponseKey = u"survey/lastResponse"_s;
}

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

QString responsesFolder()
{
    const QString folder = dataFolder() + u"/responses"_s;
    QDir().mkpath(folder);
    return folder;
}

QString newResponsePath()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    return responsesFolder() + u'/' + stamp + u'-' + id + u'.' + ResponseSuffix;
}

QString lastResponsePath()
{
    const QString path = QSettings().value(LastResponseKey).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void setLastResponsePath(const QString &path)
{
    QSettings settings;
    settings.setValue(LastResponseKey, path);
    settings.sync();
}

bool isWorkingFile(const QString &path)
{
    // Canonical paths: a symbolic link or "../" must not make another file look like a working one.
    const QString folder = QFileInfo(responsesFolder()).canonicalFilePath();
    const QFileInfo file(path);
    return file.exists() && !folder.isEmpty() && QFileInfo(file.canonicalFilePath()).absolutePath() == folder;
}

} // namespace panelist::Workspace
