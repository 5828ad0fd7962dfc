#pragma once

// Shared by the storage tests: sample answers, file hashes and raw byte surgery on SQLite files.

#include "models/response/responsedata.h"
#include "models/storage/responsestore.h"
#include "tests/common/filebytes.h"
#include "tests/common/sqliteexec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

namespace panelist::storagetest {

using namespace Qt::StringLiterals;
using namespace panelist::testfiles;

inline QByteArray sampleInstrumentJson()
{
    return QByteArrayLiteral(R"({"format":"panelist-instrument","version":1,"id":"test"})");
}
inline QString sampleFingerprint()
{
    return u"5f1c0ad2b2d0c3f7e6a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7"_s;
}

// A comment a real expert might paste: long, multi-line, quotes, emoji and non-Latin scripts.
inline QString longComment()
{
    const QString chunk = u"Line with \"double\" and 'single' quotes; naïve café, Größe, 日本語, "
                          u"العربية, emoji \U0001F600\U0001F680 and a tab\t.\n"_s;
    QString text;
    while (text.size() < 25000)
        text += chunk;
    text.truncate(25000);
    if (text.at(text.size() - 1).isHighSurrogate())
        text.chop(1);
    return text;
}

inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace panelist::storagetest
