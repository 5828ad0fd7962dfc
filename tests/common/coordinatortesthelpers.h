#pragma once

// Response files for the coordinator tests, made by the same code as `panelist-cli simulate`.
#include "models/instrument/instrument.h"
#include "models/simulate/simulate.h"
#include "models/storage/responsestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace panelist::CoordinatorTest {

// Writes `experts` simulated response files into dir (created if missing); returns their paths.
inline QStringList simulatedFiles(const QString &dir, int experts, quint64 seed = 7)
{
    auto written = writeSimulatedResponses(Instrument::bundled(), experts, seed, dir);
    if (!written)
        qFatal("simulate failed: %s", qPrintable(written.error()));
    return *written;
}

// A file SQLite cannot be: the merge must refuse it with a reason.
inline QString notAResponseFile(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QByteArray("This is a shopping list, not a response file.\n").repeated(4));
    return path;
}

// A second file for the same respondent and revision with different content: a conflict.
// The working file it is built in goes to workDir (keep that out of any folder being imported).
inline QString conflictingCopy(const QString &original, const QString &outPath, const QString &workDir)
{
    auto ro = ResponseStore::openReadOnly(original);
    if (!ro)
        qFatal("cannot read %s: %s", qPrintable(original), qPrintable(ro.error()));
    auto data = (*ro)->load();
    if (!data)
        qFatal("cannot load %s", qPrintable(original));
    ResponseData changed = *data;
    // Flip one rating to another scale point: same respondent and revision, other content.
    const Instrument ins = Instrument::bundled();
    const QString measure = ins.measures().first().id;
    const QString area = ins.areas().first().id;
    const Rating old = changed.effectiveness.value(measure).value(area);
    const int value = (!old.dontKnow && old.value == ins.effectivenessScale().maxValue())
        ? ins.effectivenessScale().minValue()
        : ins.effectivenessScale().maxValue();
    changed.effectiveness[measure][area] = Rating::of(value);
    const QString working
        = QDir(workDir).filePath(QFileInfo(outPath).fileName() + QStringLiteral(".working"));
    auto created = ResponseStore::create(
        working, (*ro)->instrumentJson(), (*ro)->instrumentFingerprint(), changed.respondentId);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(working), qPrintable(created.error()));
    changed.revision = data->revision - 1; // submit() increments it back to the original's revision
    if (Status s = (*created)->replaceAll(changed); !s)
        qFatal("replaceAll: %s", qPrintable(s.error()));
    auto submitted = (*created)->submit(outPath);
    if (!submitted || *submitted != data->revision)
        qFatal("submit did not give revision %d", data->revision);
    return outPath;
}

} // namespace panelist::CoordinatorTest
