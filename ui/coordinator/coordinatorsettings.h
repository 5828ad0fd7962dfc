#pragma once

#include <QStandardPaths>
#include <QString>

// What the coordinator window remembers between runs (QSettings keys) and where its dialogs start;
// shared by the files of CoordinatorWindow.
namespace panelist::CoordinatorSettings {

inline const QString Name = QStringLiteral("coordinator/name"); // offered in the next survey file
inline const QString Contact = QStringLiteral("coordinator/contact");
inline const QString KeyFile = QStringLiteral("coordinator/keyFile"); // the key used last

inline QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace panelist::CoordinatorSettings
