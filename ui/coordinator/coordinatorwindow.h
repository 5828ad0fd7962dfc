#pragma once

#include "models/security/coordinatorkey.h"

#include "models/coordinator/coordinatorsession.h" // complete type: the constructor's default argument
#include "models/export/exporter.h"
#include "models/surveyfile/surveyfile.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;

namespace panelist {

class ConflictsTab;
class ResponsesTab;

// The study coordinator's window: create a study from an instrument (JSON or workbook) or the example
// instrument, or open one; write the survey file for the experts (after New study…, or File > Make
// survey file…); import response files (File menu or drag
// and drop onto the window) with a progress bar, watch an inbox folder, export; tabs for the
// responses, the import log with reasons, and conflicts to decide. The status line reads
// "N respondents · M files rejected · watching <folder>". Owns the CoordinatorSession (which owns the
// merge worker thread); New/Open replace it and rebuild the tabs. No dialogs below ui/: every file
// prompt and message goes through a replaceable function, so tests need no native dialog.
class CoordinatorWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoordinatorWindow)

public:
    using PathPrompt = std::function<QString(const QString &suggestedPath)>; // empty = cancelled
    using PathsPrompt = std::function<QStringList()>; // empty = cancelled
    using MessageSink = std::function<void(const QString &title, const QString &text)>;
    // Asks what goes into a survey file (SurveyFileDialog); heading says why it is asked.
    using SurveyRequestPrompt
        = std::function<std::optional<SurveyRequest>(const QString &heading, const SurveyRequest &suggested)>;
    // Asks for the coordinator key (a key file and its passphrase) and unlocks it; fingerprint: the
    // key needed, when known. nullopt: cancelled.
    using KeyPrompt = std::function<std::optional<CoordinatorKey>(const QString &fingerprint)>;

    explicit CoordinatorWindow(std::unique_ptr<CoordinatorSession> session = {}, QWidget *parent = nullptr);
    ~CoordinatorWindow() override;

    CoordinatorSession *session() const { return m_session.get(); }
    void setSession(std::unique_ptr<CoordinatorSession> session);

    void setInstrumentPrompt(PathPrompt p) { m_instrumentPrompt = std::move(p); }
    void setNewStudyPrompt(PathPrompt p) { m_newPrompt = std::move(p); }
    void setSurveyRequestPrompt(SurveyRequestPrompt p) { m_surveyRequestPrompt = std::move(p); }
    void setSurveyFilePrompt(PathPrompt p) { m_surveyPathPrompt = std::move(p); }
    void setOpenStudyPrompt(PathPrompt p) { m_openPrompt = std::move(p); }
    void setImportPrompt(PathsPrompt p) { m_importPrompt = std::move(p); }
    void setWatchPrompt(PathPrompt p) { m_watchPrompt = std::move(p); }
    void setExportPrompt(PathPrompt p) { m_exportPrompt = std::move(p); }
    void setMessageSink(MessageSink s) { m_messages = std::move(s); }
    void setKeyPrompt(KeyPrompt p) { m_keyPrompt = std::move(p); }

    QTabWidget *tabs() const { return m_tabs; }
    ResponsesTab *responsesTab() const { return m_responsesTab; }
    QTableView *importLogTable() const { return m_logTable; }
    ConflictsTab *conflictsTab() const { return m_conflictsTab; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusSummary() const;

public Q_SLOTS:
    void newStudy(); // for an instrument file the coordinator chooses
    void newExampleStudy(); // for the bundled Uuk et al. (2024) instrument
    void makeSurveyFile();
    void openStudy();
    void importFiles();
    void importPaths(const QStringList &paths);
    void watchInbox();
    void stopWatching();
    void exportAs(panelist::ExportFormat format);
    // Asks for the coordinator key, so sealed response files can be imported (File ▸ Coordinator key…).
    void unlockKey();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void buildTabs();
    void updateStatus();
    void updateActions();
    void onBatchFinished(const MergeSummary &summary);
    void installDialogPrompts(); // coordinatorprompts.cpp
    void showMessage(const QString &title, const QString &text);
    void createStudy(const Instrument &instrument, const QString &suggestedFolder);
    void writeSurveyFile(const QString &heading);
    // The study's settings once a survey file was written for it: its survey id, and its key.
    void recordSurvey(const SurveyFile &survey);
    // Asks for the key when any of paths is sealed and no key is unlocked yet.
    void unlockKeyFor(const QStringList &paths);

    std::unique_ptr<CoordinatorSession> m_session;
    QTabWidget *m_tabs = nullptr; // the central widget while a study is open, else a placeholder
    ResponsesTab *m_responsesTab = nullptr;
    QTableView *m_logTable = nullptr;
    ConflictsTab *m_conflictsTab = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_lastEvent = nullptr; // outcome of the last import or export
    QProgressBar *m_progress = nullptr;
    QList<QAction *> m_studyActions; // enabled only while a study is open
    QAction *m_watchAction = nullptr;
    QAction *m_stopWatchAction = nullptr;
    PathPrompt m_instrumentPrompt, m_newPrompt, m_openPrompt, m_watchPrompt, m_exportPrompt,
        m_surveyPathPrompt;
    PathsPrompt m_importPrompt;
    SurveyRequestPrompt m_surveyRequestPrompt;
    KeyPrompt m_keyPrompt;
    MessageSink m_messages;
};

} // namespace panelist
