#include "ui/dashboard/presenterwindow.h"

#include "models/presenter/selectionmodel.h"
#include "models/presenter/studymonitor.h"
#include "ui/common/helpmenu.h"
#include "ui/common/otherwindows.h"
#include "ui/dashboard/areapage.h"
#include "ui/dashboard/chartexport.h"
#include "ui/dashboard/overviewpage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace panelist {

PresenterWindow::PresenterWindow(const Instrument &instrument, QWidget *parent)
    : QMainWindow(parent)
    , m_instrument(instrument)
    , m_theme(DashboardTheme::make(false, false))
{
    setWindowTitle(tr("%1 — presenter").arg(instrument.study().title));
    m_selection = new SelectionModel(instrument, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setFocusPolicy(Qt::StrongFocus);
    // Long area names would push the tab bar past a 1280-pixel screen: fitTabTitles() shortens them
    // instead (no scroll arrows, which a presenter would have to notice and click).
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight); // so that the bar's minimum width does not follow the titles
    m_overview = new OverviewPage(instrument, m_selection, m_tabs);
    m_tabTitles.append(tr("1  Overview"));
    m_tabs->addTab(m_overview, m_tabTitles.constLast());
    m_tabs->setTabToolTip(0, tr("Overview"));
    for (const RiskArea &area : instrument.areas()) {
        auto *page = new AreaPage(instrument, area, m_selection, m_tabs);
        m_areas.append(page);
        m_tabTitles.append(u"%1  %2"_s.arg(m_tabs->count() + 1).arg(area.name));
        const int index = m_tabs->addTab(page, m_tabTitles.constLast());
        m_tabs->setTabToolTip(index, area.name);
    }
    setCentralWidget(m_tabs);

    m_group = new QComboBox(this);
    m_group->setAccessibleName(tr("Expertise group"));
    // Sized for a short name, not the longest group: it shares the menu bar's row, whose menus
    // would otherwise fold behind "»" on a 1024-pixel screen (the list itself shows whole names).
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(18);
    m_group->addItem(tr("All expertise groups"), QString());
    for (const ExpertiseGroup &g : instrument.expertiseGroups())
        m_group->addItem(g.name, g.id);
    connect(m_group, &QComboBox::currentIndexChanged, this, &PresenterWindow::groupSelected);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    m_exportPrompt = [this](const QString &proposed) {
        return QFileDialog::getSaveFileName(this, tr("Export chart"), proposed,
            tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    };
    m_cycle.setInterval(20s);
    connect(&m_cycle, &QTimer::timeout, this, [this] { step(1); });
    buildActions();
    applyTheme();
    resize(1600, 900);
}

PresenterWindow::~PresenterWindow() = default;

void PresenterWindow::buildActions()
{
    // The group filter and the toggles sit at the right end of the menu bar's row: one row of
    // controls above the pages, so a 1280x720 projector in large text keeps its height for charts.
    auto *bar = new QWidget(menuBar());
    bar->setObjectName(u"presenter-controls"_s);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 4, 0);
    auto *groupLabel = new QLabel(tr("&Group:"), bar);
    groupLabel->setBuddy(m_group);
    row->addWidget(groupLabel);
    row->addWidget(m_group);
    menuBar()->setCornerWidget(bar, Qt::TopRightCorner);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    // An action in a menu (so the presenter can find its key) and, when onBar, on the toolbar.
    auto add = [this, bar](
                   QMenu *menu, const QString &text, const QKeySequence &key, bool checkable, bool onBar) {
        auto *a = menu->addAction(text);
        a->setShortcut(key);
        a->setCheckable(checkable);
        a->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
        if (onBar) {
            auto *button = new QToolButton(bar);
            button->setDefaultAction(a);
            button->setAutoRaise(true);
            bar->layout()->addWidget(button);
        }
        return a;
    };
    m_autoCycle = add(view, tr("Auto-&cycle"), QKeySequence(Qt::Key_C), true, true);
    connect(m_autoCycle, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_cycle.start();
        else
            m_cycle.stop();
    });
    m_highContrast = add(view, tr("&High contrast"), QKeySequence(Qt::Key_H), true, true);
    connect(m_highContrast, &QAction::toggled, this, &PresenterWindow::applyTheme);
    m_largeText = add(view, tr("&Large text"), QKeySequence(Qt::Key_L), true, true);
    connect(m_largeText, &QAction::toggled, this, &PresenterWindow::applyTheme);
    QAction *exportAction = add(file, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), false, true);
    connect(exportAction, &QAction::triggered, this, &PresenterWindow::exportWithDialog);
    QAction *full = add(view, tr("&Full screen"), QKeySequence(Qt::Key_F11), false, true);
    connect(full, &QAction::triggered, this, &PresenterWindow::toggleFullScreen);
    file->addSeparator();
    QAction *quit = add(file, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), false, false);
    quit->setObjectName(u"quitAction"_s);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Page keys work wherever the focus is in the window.
    QAction *next = add(go, tr("&Next page"), QKeySequence::NextChild, false, false);
    connect(next, &QAction::triggered, this, [this] { step(1); });
    QAction *previous = add(go, tr("&Previous page"), QKeySequence::PreviousChild, false, false);
    connect(previous, &QAction::triggered, this, [this] { step(-1); });
    go->addSeparator();
    for (int k = 1; k <= 9 && k <= m_tabs->count(); ++k) {
        QAction *page = add(
            go, m_tabs->tabToolTip(k - 1).replace(u'&', u"&&"_s), QKeySequence(Qt::Key_0 + k), false, false);
        connect(page, &QAction::triggered, this, [this, k] { m_tabs->setCurrentIndex(k - 1); });
    }
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leave, &QShortcut::activated, this, [this] {
        if (isFullScreen())
            toggleFullScreen();
    });
    OtherWindows::addWindowMenu(this, OtherWindows::Kind::Presenter,
        [this] { return m_monitor ? m_monitor->studyPath() : QString(); });
    HelpMenu::add(this, [this] {
        HelpMenu::showKeys(this,
            tr("The dashboard is driven with the keyboard; every key is also in the menus."),
            HelpMenu::shortcutLines(this) << tr("Esc: leave full screen"));
    });
}

void PresenterWindow::attach(std::unique_ptr<StudyMonitor> monitor)
{
    m_monitor = std::move(monitor);
    connect(m_monitor.get(), &StudyMonitor::figuresChanged, this,
        [this] { showFigures(m_monitor->figures(), m_monitor->lastUpdate()); });
    connect(m_monitor.get(), &StudyMonitor::failed, this, &PresenterWindow::showFailure);
    m_monitor->setGroup(m_group->currentData().toString());
    statusBar()->showMessage(tr("Watching %1").arg(QDir::toNativeSeparators(m_monitor->studyPath())), 5000);
    m_monitor->start();
}

void PresenterWindow::showFigures(const analysis::Figures &results, const QDateTime &updated)
{
    m_selection->setFigures(results);
    for (AreaPage *page : std::as_const(m_areas))
        page->setFigures(results);
    QString groupName;
    const int g = m_instrument.expertiseIndex(results.group);
    if (g >= 0)
        groupName = m_instrument.expertiseGroups()[g].name;
    m_overview->setFigures(results, updated, groupName);
    m_shownGroup = results.group;
    m_shownGroupName = groupName.isEmpty() ? results.group : groupName;
    m_shownRespondents = results.respondents;
    m_shownUpdate = updated;
    const QString experts = tr("%n expert(s)", nullptr, results.respondents);
    m_status->setText(tr("%1 · updated %2").arg(experts, updated.time().toString(u"HH:mm:ss"_s)));
}

void PresenterWindow::groupSelected()
{
    if (m_monitor)
        m_monitor->setGroup(m_group->currentData().toString());
}

void PresenterWindow::showFailure(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void PresenterWindow::step(int delta)
{
    const int n = m_tabs->count();
    m_tabs->setCurrentIndex(((m_tabs->currentIndex() + delta) % n + n) % n);
}

void PresenterWindow::setAutoCycleInterval(std::chrono::milliseconds interval)
{
    m_cycle.setInterval(interval);
}

void PresenterWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitTabTitles();
}

void PresenterWindow::fitTabTitles()
{
    // Titles that fit an equal share keep their length; the longer ones share what is left equally
    // (a water level over the title widths), instead of QTabBar's own eliding, which cut one tab
    // down to its number and left another almost whole.
    QTabBar *bar = m_tabs->tabBar();
    const QFontMetricsF fm(bar->font());
    // Each tab's frame around its title: the style's spacing and a margin for what styles add to it.
    const qreal frame = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar) + 16;
    const qreal room = m_tabs->width() - frame * qreal(m_tabTitles.size());
    QList<qreal> widths;
    for (const QString &title : std::as_const(m_tabTitles))
        widths.append(fm.horizontalAdvance(title));
    QList<qreal> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    qreal level = sorted.isEmpty() ? 0 : sorted.constLast();
    qreal below = 0; // the widths under the level
    for (qsizetype k = 0; k < sorted.size(); ++k) {
        const qreal share = (room - below) / qreal(sorted.size() - k);
        if (sorted.at(k) > share) {
            level = share;
            break;
        }
        below += sorted.at(k);
    }
    for (int i = 0; i < m_tabTitles.size(); ++i) {
        const QString shown = widths.at(i) <= level
            ? m_tabTitles.at(i)
            : fm.elidedText(m_tabTitles.at(i), Qt::ElideRight, std::max<qreal>(level, 0));
        if (bar->tabText(i) != shown)
            bar->setTabText(i, shown);
    }
}

void PresenterWindow::applyTheme()
{
    m_theme = DashboardTheme::make(
        m_highContrast && m_highContrast->isChecked(), m_largeText && m_largeText->isChecked());
    m_tabs->tabBar()->setFont(m_theme.font(DashboardTheme::Text::Body));
    fitTabTitles();
    m_overview->applyTheme(m_theme);
    for (AreaPage *page : std::as_const(m_areas))
        page->applyTheme(m_theme);
}

Status PresenterWindow::exportCurrentPage(const QString &path)
{
    QWidget *page = m_tabs->currentWidget();
    const QString title = m_instrument.study().title + u" — "_s + m_tabs->tabToolTip(m_tabs->currentIndex());
    const QString group = m_shownGroup.isEmpty() ? tr("All expertise groups")
                                                 : tr("Expertise group: %1").arg(m_shownGroupName);
    const QString experts = tr("%n expert(s)", nullptr, m_shownRespondents);
    QString caption = group + u" · "_s + experts;
    if (m_shownUpdate.isValid())
        caption
            += u" · "_s + tr("figures of %1").arg(QLocale().toString(m_shownUpdate, QLocale::ShortFormat));
    return exportWidget(page, path, title, caption);
}

QString PresenterWindow::exportBaseName() const
{
    const auto *area = qobject_cast<AreaPage *>(m_tabs->currentWidget());
    const QString page = area ? area->areaId() : u"overview"_s;
    return m_shownGroup.isEmpty() ? page : page + u"-"_s + m_shownGroup;
}

void PresenterWindow::exportWithDialog()
{
    const QString path = m_exportPrompt(QDir::home().filePath(exportBaseName() + u".png"_s));
    if (path.isEmpty())
        return;
    if (Status s = exportCurrentPage(path); !s)
        QMessageBox::warning(this, tr("Export chart"), s.error());
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace panelist
