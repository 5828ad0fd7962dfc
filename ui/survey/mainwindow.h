#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;

namespace panelist {

class SurveySession;
class SurveyStatus;
class SurveyView;

// The expert's window: menus, the survey view of the current session and the status bar
// (progress and saved indicator). Owns the session; File > New/Open replace it (a new SurveyView is
// built for each session). Every opened or created working file becomes Workspace's "last response".
// Keyboard: PgUp/PgDn (and Ctrl+Enter) change page from anywhere; Ctrl+Shift+S submits.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Asks for a file path; gets a suggestion, returns empty when the expert cancels. Replaceable so
    // tests need no native file dialog.
    using PathPrompt = std::function<QString(const QString &suggestedPath)>;

    explicit MainWindow(std::unique_ptr<SurveySession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    SurveySession *session() const { return m_session.get(); }
    SurveyView *surveyView() const { return m_view; }
    void setSession(std::unique_ptr<SurveySession> session);

    void setSubmitPathPrompt(PathPrompt prompt) { m_submitPrompt = std::move(prompt); }
    void setOpenPathPrompt(PathPrompt prompt) { m_openPrompt = std::move(prompt); }

    QAction *submitAction() const { return m_submitAction; }

public Q_SLOTS:
    void newResponse();
    void openResponse();
    void submit();
    void showKeyboardHelp();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void dropView();

    std::unique_ptr<SurveySession> m_session;
    SurveyView *m_view = nullptr;
    SurveyStatus *m_status = nullptr;
    QAction *m_submitAction = nullptr;
    PathPrompt m_submitPrompt;
    PathPrompt m_openPrompt;
};

} // namespace panelist
