// main() of a fuzz target outside libFuzzer (the normal build and scripts/test --sanitize): runs
// every file named, or every file in the folders named, through LLVMFuzzerTestOneInput once, in name
// order. CTest runs each target over its committed corpus (tests/fuzz/corpus/<target>), crash inputs
// found earlier included, so the targets keep compiling and every input keeps passing.

#include "tests/fuzz/fuzzsupport.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

QStringList inputFiles(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(arg).isDir()) {
            files.append(arg);
            continue;
        }
        const QDir dir(arg);
        for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
            files.append(dir.filePath(name));
    }
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    const QStringList files = inputFiles(argc, argv);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE|FOLDER...: no input files\n", argv[0]);
        return 2;
    }
    for (const QString &file : files) {
        std::printf("%s\n", qPrintable(file));
        std::fflush(stdout);
        const QByteArray bytes = panelist::fuzz::readFile(file);
        LLVMFuzzerTestOneInput(
            reinterpret_cast<const uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
    }
    std::printf("%lld inputs passed\n", static_cast<long long>(files.size()));
    return 0;
}
