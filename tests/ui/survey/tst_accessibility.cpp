// The survey window as a screen reader meets it (issue 12, accessibility): the QAccessible tree
// (names, roles, states, exactly one focused object) and the events QAccessible sends while the
// keyboard drives real widgets: no focus event from a view without the keyboard focus, a
// state-change event on each rating and tick, an announcement (a description change on the focused
// object) of the count, a refused pick, a page's title and a save failure.
// Qt sends accessibility events only while the platform has accessibility on: the xcb platform with
// an AT-SPI bus (tests/ui/survey/a11ybus.sh starts Xvfb, D-Bus and the bus); offscreen it skips.
#include "models/instrument/instrument.h"
#include "models/survey/surveysession.h"
#include "tests/common/privatefolders.h"
#include "ui/survey/mainwindow.h"
#include "ui/survey/surveyview.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace panelist;

namespace {

// One event as QAccessible sent it, with the widget that had the keyboard focus then.
struct Sent
{
    QAccessible::Event type;
    QPointer<QObject> object;
    int child;
    QAccessible::State changed;
    QString name;
    QString description;
    QPointer<QWidget> focus;
};

QList<Sent> g_sent;
QAccessible::UpdateHandler g_previous = nullptr;

void record(QAccessibleEvent *event)
{
    Sent sent { event->type(), event->object(), event->child(), {}, {}, {}, QApplication::focusWidget() };
    if (event->type() == QAccessible::StateChanged)
        sent.changed = static_cast<QAccessibleStateChangeEvent *>(event)->changedStates();
    if (QAccessibleInterface *iface = event->accessibleInterface()) {
        sent.name = iface->text(QAccessible::Name);
        sent.description = iface->text(QAccessible::Description);
    }
    g_sent.append(sent);
    // The platform's own handler (the AT-SPI bridge) is left out: nothing listens on the test's bus.
}

QString describe(const Sent &s)
{
    return u"%1 on %2 (child %3, \"%4\" / \"%5\") with the focus on %6"_s.arg(int(s.type))
        .arg(s.object
                ? s.object->objectName() + u':' + QString::fromLatin1(s.object->metaObject()->className())
                : u"-"_s)
        .arg(s.child)
        .arg(s.name, s.description,
            s.focus ? s.focus->objectName() + u':' + QString::fromLatin1(s.focus->metaObject()->className())
                    : u"-"_s);
}

void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the keyboard focus");
    QTest::keyClick(target, key, mods);
    QCoreApplication::processEvents(); // focus events and announcements follow from the event loop
}

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QString();
}

QString label(QAccessibleInterface *iface)
{
    const QObject *o = iface->object();
    return u"%1 \"%2\" (role %3)"_s
        .arg(
            o ? QString::fromLatin1(o->metaObject()->className()) : u"item"_s, iface->text(QAccessible::Name))
        .arg(int(iface->role()));
}

void collectFocused(QAccessibleInterface *iface, QList<QAccessibleInterface *> &out, int depth = 0)
{
    if (!iface || depth > 40)
        return;
    if (iface->state().focused)
        out.append(iface);
    for (int i = 0; i < iface->childCount(); ++i)
        collectFocused(iface->child(i), out, depth + 1);
}

// Every object of the window's tree that says it has the focus, other than the focus widget and one
// item of it (a view's current item).
QStringList strayFocusedObjects(QWidget *window)
{
    QList<QAccessibleInterface *> focused;
    collectFocused(QAccessible::queryAccessibleInterface(window), focused);
    QWidget *focus = QApplication::focusWidget();
    QStringList stray;
    int items = 0;
    for (QAccessibleInterface *iface : std::as_const(focused)) {
        if (iface->object() == focus)
            continue;
        if (!iface->object() && iface->parent() && iface->parent()->object() == focus && ++items == 1)
            continue;
        stray << label(iface);
    }
    return stray;
}

// Focus events for an object other than the widget with the keyboard focus, since `from`.
QStringList strayFocusEvents(qsizetype from)
{
    QStringList stray;
    for (qsizetype i = from; i < g_sent.size(); ++i) {
        const Sent &s = g_sent.at(i);
        if (s.type == QAccessible::Focus && s.object != s.focus)
            stray << describe(s);
    }
    return stray;
}

// Whether, since `from`, an event on the focused object (the focus widget or one of its items)
// carried text containing `words` in its name or description.
bool spokenOnFocus(qsizetype from, const QString &words)
{
    for (qsizetype i = from; i < g_sent.size(); ++i) {
        const Sent &s = g_sent.at(i);
        if (s.object != s.focus)
            continue;
        if (s.type != QAccessible::Focus && s.type != QAccessible::NameChanged
            && s.type != QAccessible::DescriptionChanged)
            continue;
        if (s.name.contains(words) || s.description.contains(words))
            return true;
    }
    return false;
}

// Whether the last Focus event since `from` is for an item of the focus widget (a screen reader keeps
// the last object it was told of as the focus, and speaks changes of that one only), and an
// announcement containing `words` came after it.
bool focusEndsOnItemThenSays(qsizetype from, const QString &words)
{
    qsizetype last = -1;
    for (qsizetype i = from; i < g_sent.size(); ++i) {
        if (g_sent.at(i).type == QAccessible::Focus)
            last = i;
    }
    if (last < 0 || g_sent.at(last).child < 0 || g_sent.at(last).object != g_sent.at(last).focus)
        return false;
    for (qsizetype i = last + 1; i < g_sent.size(); ++i) {
        const Sent &s = g_sent.at(i);
        if (s.type == QAccessible::DescriptionChanged && s.child == g_sent.at(last).child
            && s.description.contains(words))
            return true;
    }
    return false;
}

bool checkedChangeOnFocus(qsizetype from)
{
    for (qsizetype i = from; i < g_sent.size(); ++i) {
        const Sent &s = g_sent.at(i);
        if (s.type == QAccessible::StateChanged && s.changed.checked && s.object == s.focus)
            return true;
    }
    return false;
}

QString sentSince(qsizetype from)
{
    QStringList lines;
    for (qsizetype i = from; i < g_sent.size(); ++i)
        lines << describe(g_sent.at(i));
    return lines.join(u'\n');
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pageListBrowsingClaimsNoOtherFocus();
    void measurePage();
    void combinationPage();
    void profileAndReviewPages();
    void saveFailureIsAnnounced();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &name);
    QTemporaryDir m_dir;
    Instrument m_instrument = Instrument::bundled();
};

void TestAccessibility::initTestCase()
{
    PANELIST_REQUIRE_PRIVATE_FOLDERS();
    QCoreApplication::setOrganizationName(u"Panelist"_s);
    QCoreApplication::setApplicationName(u"panelist"_s);
    QVERIFY(m_dir.isValid());
    g_previous = QAccessible::installUpdateHandler(record);
    Q_UNUSED(g_previous);
    // The bridge turns accessibility on once it has reached the bus, from the event loop.
    if (!QTest::qWaitFor([] { return QAccessible::isActive(); }, 3000))
        QSKIP("accessibility is off on this platform (run through tests/ui/survey/a11ybus.sh)");
}

void TestAccessibility::init()
{
    QSettings().remove(u"survey/position"_s);
}

std::unique_ptr<MainWindow> TestAccessibility::openWindow(const QString &name)
{
    auto created = SurveySession::create(m_dir.filePath(name), m_instrument);
    if (!created)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(created.error()));
    auto w = std::make_unique<MainWindow>(std::move(created).value());
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qFatal("the window was not shown");
    w->activateWindow();
    QApplication::setActiveWindow(w.get());
    if (!QTest::qWaitForWindowActive(w.get()))
        qFatal("the window did not become active");
    return w;
}

// Arrowing through the page list shows each page beside it; only the list may claim the focus.
void TestAccessibility::pageListBrowsingClaimsNoOtherFocus()
{
    auto w = openWindow(u"outline.panelist-response"_s);
    QCOMPARE(w->surveyView()->currentPageKey(), u"profile"_s);
    press(Qt::Key_Tab, Qt::ShiftModifier); // from the first expertise box back to the page list
    QCOMPARE(focusName(), u"outline"_s);
    const qsizetype from = g_sent.size();
    for (int i = 0; i < 3; ++i) {
        press(Qt::Key_Down);
        QVERIFY2(w->surveyView()->currentPageKey().startsWith(u"measure/"_s),
            qPrintable(w->surveyView()->currentPageKey()));
    }
    press(Qt::Key_End); // the review page, whose list fills in
    QCOMPARE(w->surveyView()->currentPageKey(), u"review"_s);
    QCOMPARE(focusName(), u"outline"_s);
    const QStringList events = strayFocusEvents(from);
    QVERIFY2(events.isEmpty(), qPrintable(events.join(u'\n')));
    const QStringList objects = strayFocusedObjects(w.get());
    QVERIFY2(objects.isEmpty(), qPrintable(objects.join(u'\n')));
    // The page list's item says where it is and how far it is answered.
    QVERIFY2(spokenOnFocus(from, u"Review"_s), qPrintable(sentSince(from)));
}

void TestAccessibility::measurePage()
{
    auto w = openWindow(u"measure.panelist-response"_s);
    const Measure &m1 = m_instrument.measures().at(0);
    const Measure &m2 = m_instrument.measures().at(1);
    qsizetype from = g_sent.size();
    press(Qt::Key_PageDown);
    QCOMPARE(focusName(), u"ratingGrid"_s);
    // Arriving says which measure this is.
    QVERIFY2(focusEndsOnItemThenSays(from, m1.name), qPrintable(sentSince(from)));
    auto *grid = w->findChild<QTableView *>(u"ratingGrid"_s);
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(grid);
    QCOMPARE(table->role(), QAccessible::Table);
    QVERIFY(table->tableInterface());
    QVERIFY(table->tableInterface()->rowCount() > 0);
    // The title is a heading with a text interface, before the grid in the tree.
    auto *name = w->findChild<QLabel *>(u"measureName"_s);
    QAccessibleInterface *heading = QAccessible::queryAccessibleInterface(name);
    QCOMPARE(heading->role(), QAccessible::Heading);
    QVERIFY(heading->textInterface());
    QCOMPARE(heading->textInterface()->text(0, heading->textInterface()->characterCount()), m1.name);
    QAccessibleInterface *page = heading->parent();
    QVERIFY(page->indexOfChild(heading) < page->indexOfChild(table));

    press(Qt::Key_Down);
    from = g_sent.size();
    press(Qt::Key_3);
    QVERIFY2(checkedChangeOnFocus(from), qPrintable(sentSince(from)));
    QVERIFY2(strayFocusEvents(from).isEmpty(), qPrintable(strayFocusEvents(from).join(u'\n')));
    // The cell now says it is chosen, and is the one focused item.
    QAccessibleInterface *cell = table->focusChild();
    QVERIFY(cell);
    QVERIFY2(
        cell->text(QAccessible::Name).endsWith(u", selected"_s), qPrintable(cell->text(QAccessible::Name)));
    QVERIFY(cell->state().checked);
    QVERIFY(cell->state().focused);
    press(Qt::Key_Right);
    from = g_sent.size();
    press(Qt::Key_Space);
    QVERIFY2(checkedChangeOnFocus(from), qPrintable(sentSince(from)));
    const QStringList objects = strayFocusedObjects(w.get());
    QVERIFY2(objects.isEmpty(), qPrintable(objects.join(u'\n')));

    // The next measure, the focus staying in the grid: its title is spoken again.
    from = g_sent.size();
    press(Qt::Key_PageDown);
    QCOMPARE(focusName(), u"ratingGrid"_s);
    QVERIFY2(spokenOnFocus(from, m2.name), qPrintable(sentSince(from)));
    QVERIFY2(strayFocusEvents(from).isEmpty(), qPrintable(strayFocusEvents(from).join(u'\n')));
}

void TestAccessibility::combinationPage()
{
    auto w = openWindow(u"combination.panelist-response"_s);
    const QString scope = m_instrument.combinationScopes().constFirst();
    // PgDn through the measures to the first combination page.
    for (int i = 0; i <= m_instrument.measures().size(); ++i)
        press(Qt::Key_PageDown);
    QCOMPARE(w->surveyView()->currentPageKey(), u"combination/"_s + scope);
    QCOMPARE(focusName(), u"combinationList"_s);
    auto *list = w->findChild<QListView *>(u"combinationList"_s);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(list);
    QCOMPARE(iface->role(), QAccessible::List);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());

    int announcedCounts = 0;
    for (int pick = 1; pick <= 6; ++pick) {
        press(Qt::Key_Down);
        const qsizetype from = g_sent.size();
        press(Qt::Key_Space);
        QVERIFY2(strayFocusEvents(from).isEmpty(), qPrintable(strayFocusEvents(from).join(u'\n')));
        if (pick <= 5) {
            QVERIFY2(checkedChangeOnFocus(from), qPrintable(u"pick %1:\n"_s.arg(pick) + sentSince(from)));
            if (spokenOnFocus(from, u"%1 of 5 chosen"_s.arg(pick)))
                ++announcedCounts;
        } else {
            // The sixth is refused, and the screen reader hears why.
            QVERIFY2(spokenOnFocus(from, u"maximum of 5"_s), qPrintable(sentSince(from)));
        }
    }
    QCOMPARE(announcedCounts, 5);
    const QStringList objects = strayFocusedObjects(w.get());
    QVERIFY2(objects.isEmpty(), qPrintable(objects.join(u'\n')));
}

void TestAccessibility::profileAndReviewPages()
{
    auto w = openWindow(u"profile.panelist-response"_s);
    QCOMPARE(focusName(), u"expertise_ai_safety"_s);
    QStringList objects = strayFocusedObjects(w.get());
    QVERIFY2(objects.isEmpty(), qPrintable(objects.join(u'\n')));
    qsizetype from = g_sent.size();
    press(Qt::Key_Space);
    QVERIFY2(checkedChangeOnFocus(from), qPrintable(sentSince(from)));
    // The profile's title is a heading.
    bool headingFound = false;
    for (QLabel *label : w->surveyView()->findChildren<QLabel *>()) {
        if (label->text() == u"Your expertise"_s)
            headingFound = QAccessible::queryAccessibleInterface(label)->role() == QAccessible::Heading;
    }
    QVERIFY(headingFound);

    // The review page: its heading comes before its list, and arriving names it.
    from = g_sent.size();
    press(Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(focusName(), u"missingList"_s);
    QVERIFY2(focusEndsOnItemThenSays(from, u"Review and submit"_s), qPrintable(sentSince(from)));
    QVERIFY2(strayFocusEvents(from).isEmpty(), qPrintable(strayFocusEvents(from).join(u'\n')));
    auto *list = w->findChild<QListView *>(u"missingList"_s);
    QAccessibleInterface *listIface = QAccessible::queryAccessibleInterface(list);
    QAccessibleInterface *page = listIface->parent();
    int headingAt = -1;
    for (int i = 0; i < page->childCount(); ++i) {
        if (page->child(i)->role() == QAccessible::Heading)
            headingAt = i;
    }
    QVERIFY(headingAt >= 0);
    QVERIFY(headingAt < page->indexOfChild(listIface));
    objects = strayFocusedObjects(w.get());
    QVERIFY2(objects.isEmpty(), qPrintable(objects.join(u'\n')));
}

void TestAccessibility::saveFailureIsAnnounced()
{
    auto w = openWindow(u"failing.panelist-response"_s);
    press(Qt::Key_PageDown);
    QCOMPARE(focusName(), u"ratingGrid"_s);
    const qsizetype from = g_sent.size();
    Q_EMIT w->session()->saveFailed(u"disk full\nmore detail"_s);
    QCoreApplication::processEvents();
    QVERIFY2(spokenOnFocus(from, u"Not saved: disk full"_s), qPrintable(sentSince(from)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
