#pragma once

// The instrument tests are one QtTest executable split over several files by topic:
// tst_instrument.cpp (loading and rejection), tst_instrument_bad.cpp (one mistake each),
// tst_instrument_problems.cpp (strict JSON, every problem at once, paths), tst_instrument_fingerprint.cpp,
// tst_instrument_bundled.cpp, tst_instrument_translations.cpp.

#include "models/instrument/instrument.h"
#include "tests/models/instrument/jsonedit.h"

#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace panelist::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test input %s", qUtf8Printable(path));
    return f.readAll();
}

inline QString dataPath(const char *name)
{
    return QStringLiteral(PANELIST_TEST_DATA) + QLatin1Char('/') + QString::fromUtf8(name);
}

} // namespace panelist::test

class TestInstrument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void minimalExampleLoads();
    void documentedExampleIsTheMinimalExample();
    void rejectsBadInstrument_data();
    void rejectsBadInstrument();
    void fileErrorsNameTheFile();
    void rejectsLenientJson_data();
    void rejectsLenientJson();
    void reportsEveryProblem();
    void structuredPaths();
    void skipsWhatDependsOnAProblem_data();
    void skipsWhatDependsOnAProblem();
    void acceptsVariants_data();
    void acceptsVariants();

    void fingerprintIgnoresLayout_data();
    void fingerprintIgnoresLayout();
    void fingerprintChangesWithContent_data();
    void fingerprintChangesWithContent();
    void canonicalRoundTrip();

    void bundledInstrument();
    void bundledMeasuresFollowReference();
    void bundledResourceMatchesSource();

    void translatedInstrumentLoads();
    void translatedTexts();
    void translationFallsBackToTheMainLanguage();
    void translationsAreInTheFingerprint();
    void translationProblems_data();
    void translationProblems();
    void documentedTranslationExample();

    void scaleHelpers_data();
    void scaleHelpers();
    void indices();

private:
    QJsonObject m_minimal;
};
