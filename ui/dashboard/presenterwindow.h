#pragma once

#include "models/analysis/figures.h"
#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "ui/dashboard/dashboardtheme.h"

#include <QDateTime>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;

namespace panelist {

class AreaPage;
class OverviewPage;
class SelectionModel;
class StudyMonitor;

// The presenter's full-screen dashboard: an overview page and one page per risk area, fed by a
// StudyMonitor (analysis on its worker thread) or directly through showFigures(). New Figures
// replace values in the models and the charts follow in place; no chart object is rebuilt.
//
// Keyboard: Ctrl+Tab / Ctrl+Shift+Tab next and previous page, 1-9 a page by number, C auto-cycle
// (every 20 s), H high contrast, L large text, Ctrl+E export, F11 full screen (Esc leaves it),
// Ctrl+Q quit, F1 the keys; each is an action of the File, View or Go menu. The Window menu opens
// the coordinator's window on the study shown, or the expert's survey.
// When the tabs would not fit the width the longest titles are cut with "…" to an equal share of
// what the short ones leave (the whole title is the tab's tool tip and the page's own title), so
// the window fits a 1280-pixel projector and no tab shrinks to its number alone.
// GUI thread only. Owns its pages, the shared SelectionModel and the attached monitor.
class PresenterWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterWindow)

public:
    explicit PresenterWindow(const Instrument &instrument, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    // Takes the monitor, shows its Figures as they arrive, lets the group filter drive it, and
    // starts it.
    void attach(std::unique_ptr<StudyMonitor> monitor);
    StudyMonitor *monitor() const { return m_monitor.get(); }

    void showFigures(
        const analysis::Figures &results, const QDateTime &updated = QDateTime::currentDateTime());

    QTabWidget *tabs() const { return m_tabs; }
    OverviewPage *overviewPage() const { return m_overview; }
    const QList<AreaPage *> &areaPages() const { return m_areas; }
    QComboBox *groupFilter() const { return m_group; }
    QAction *autoCycleAction() const { return m_autoCycle; }
    QAction *highContrastAction() const { return m_highContrast; }
    QAction *largeTextAction() const { return m_largeText; }

    // Writes the current page to path (.png, .svg or .pdf) under a caption naming the study, the
    // page, the expertise group, the number of experts and the time of the figures.
    Status exportCurrentPage(const QString &path);
    // Export… asks for the file through this (a save dialog unless replaced); it is given the
    // proposed path, whose name says the page and the group, and returns the path chosen or empty.
    using ExportPrompt = std::function<QString(const QString &proposed)>;
    void setExportPrompt(ExportPrompt prompt) { m_exportPrompt = std::move(prompt); }
    // "cbrn" for everyone's figures, "cbrn-ai_safety" for one group's; "overview" for the overview.
    QString exportBaseName() const;
    void setAutoCycleInterval(std::chrono::milliseconds interval);
    void toggleFullScreen();
    const DashboardTheme &theme() const { return m_theme; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildActions();
    void applyTheme();
    void fitTabTitles();
    void step(int delta);
    void exportWithDialog();
    void groupSelected();
    void showFailure(const QString &message);

    Instrument m_instrument;
    DashboardTheme m_theme;
    SelectionModel *m_selection; // owned (QObject child)
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    QList<AreaPage *> m_areas;
    QStringList m_tabTitles; // whole, as "2  Disruption of critical sectors"
    QComboBox *m_group;
    QLabel *m_status;
    QAction *m_autoCycle = nullptr;
    QAction *m_highContrast = nullptr;
    QAction *m_largeText = nullptr;
    QTimer m_cycle;
    ExportPrompt m_exportPrompt;
    // What the pages show now, for the caption and the name of an export.
    QString m_shownGroup; // expertise group id; empty for everyone
    QString m_shownGroupName;
    int m_shownRespondents = 0;
    QDateTime m_shownUpdate;
    std::unique_ptr<StudyMonitor> m_monitor;
};

} // namespace panelist
