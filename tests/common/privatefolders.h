#pragma once

// For tests that empty Panelist's data folder, its settings or the user's MIME folder: CTest runs
// every test with private XDG folders (tests/CMakeLists.txt); run any other way, such a test must
// not touch a person's own files.

#include <QString>
#include <QtGlobal>

namespace panelist::testfiles {

inline bool hasPrivateFolders()
{
    const QString marker = QStringLiteral("/xdg-");
    return qEnvironmentVariable("XDG_DATA_HOME").contains(marker)
        && qEnvironmentVariable("XDG_CONFIG_HOME").contains(marker);
}

} // namespace panelist::testfiles

// In initTestCase(): stops the test unless it has its private folders.
#define PANELIST_REQUIRE_PRIVATE_FOLDERS()                                                                   \
    do {                                                                                                     \
        if (!panelist::testfiles::hasPrivateFolders())                                                       \
            QFAIL("run this test through ctest: it empties the data folder and settings it is given");       \
    } while (false)
