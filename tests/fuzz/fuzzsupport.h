#pragma once

// What every fuzz target shares (docs/fuzzing.md): a Qt application for the whole run, a scratch
// folder for inputs that the code under test reads from a file, and a check that stops the run.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace panelist::fuzz {

// A QCoreApplication for the whole run, made once (QSqlDatabase needs one to load Qt's SQLite
// driver). argc and argv must outlive the run, as libFuzzer's and replaymain.cpp's do.
void initQt(int *argc, char ***argv);

// The input as a QByteArray (a copy: the code under test may keep it).
QByteArray inputBytes(const uint8_t *data, std::size_t size);

// A folder of this process's own, removed at exit: in /dev/shm when there is one (memory, so
// writing an input and fsyncing a study cost no disk), else the system's temporary folder.
QString scratchDir();

// Replaces path's content with bytes; stops the run when it cannot (a broken machine, not a finding).
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

// Stops the run with abort() when ok is false, after printing what was expected and detail:
// libFuzzer keeps the input as a crash, a replay fails.
void require(bool ok, const char *expectation, const QString &detail = QString());

} // namespace panelist::fuzz

// Every target defines both (LLVMFuzzerInitialize calls initQt); replaymain.cpp calls them outside
// libFuzzer.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, std::size_t size);
