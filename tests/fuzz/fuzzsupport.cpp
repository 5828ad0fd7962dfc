#include "tests/fuzz/fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace panelist::fuzz {

void initQt(int *argc, char ***argv)
{
    if (QCoreApplication::instance() == nullptr)
        new QCoreApplication(*argc, *argv); // for the whole run: never deleted
}

QByteArray inputBytes(const uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString scratchDir()
{
    static QTemporaryDir *dir = [] {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        const QString base = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
        auto *d = new QTemporaryDir(base + QStringLiteral("/panelist-fuzz-XXXXXX"));
        require(d->isValid(), "a scratch folder", d->errorString());
        std::atexit([] { delete dir; });
        return d;
    }();
    return dir->path();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    require(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size(),
        "the input written to the scratch folder", path + QStringLiteral(": ") + f.errorString());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    require(f.open(QIODevice::ReadOnly), "a file of the scratch folder readable", path);
    return f.readAll();
}

void require(bool ok, const char *expectation, const QString &detail)
{
    if (ok)
        return;
    std::fprintf(stderr, "panelist fuzz: expected %s\n%s\n", expectation, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace panelist::fuzz
