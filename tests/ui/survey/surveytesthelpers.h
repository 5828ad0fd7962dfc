#pragma once

// What the survey window's GUI tests share: keys and text to the focused widget, as a person at
// the keyboard would give them, a new response to the bundled study, and a window shown and active.

#include "models/instrument/instrument.h"
#include "models/survey/surveysession.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

#include <memory>

namespace panelist::surveytest {

// Presses keys on whatever has the keyboard focus.
inline void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, key, mods);
}

inline void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClicks(target, text);
}

inline QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

inline std::unique_ptr<SurveySession> newSession(const QString &path)
{
    auto created = SurveySession::create(path, Instrument::bundled());
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(created.error()));
    return std::move(created).value();
}

inline bool showAndActivate(QWidget &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    return QTest::qWaitForWindowActive(&w);
}

} // namespace panelist::surveytest
