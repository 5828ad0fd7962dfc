#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;

namespace panelist {

class StartPage;
class SurveySession;
class SurveyStatus;
class SurveyView;

// The expert's window: menus, the survey view of the current session and the status bar
// (progress and saved indicator), or, with no session, the "Your surveys" start page. Owns the
// session; opening another response or a survey file replaces it (a new SurveyView is built for each
// session). Every opened or created working file becomes Workspace's "last response".
// In a preview (Mode::Preview) the window shows a banner, Submit is off, nothing else can be opened
// and the session never becomes the last response: a coordinator sees what experts will see.
// A response file that is not the expert's own working file opens read only (openResponseFile):
// a banner with Revise, Submit off, every page read only, and it never becomes the last response.
// Keyboard: PgUp/PgDn (and Ctrl+Enter, Ctrl+Shift+Enter) change page from anywhere; Ctrl+Shift+S
// submits; Help > Keyboard lists every key once. Every title ends with "— Panelist", so window lists
// and tools that find windows by title can tell it is Panelist's.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Mode { Normal, Preview };
    // Asks for a file path; gets a suggestion, returns empty when the expert cancels. Replaceable so
    // tests need no native file dialog.
    using PathPrompt = std::function<QString(const QString &suggestedPath)>;

    // Without a session the window shows the start page.
    explicit MainWindow(
        std::unique_ptr<SurveySession> session, Mode mode = Mode::Normal, QWidget *parent = nullptr);
    ~MainWindow() override;

    SurveySession *session() const { return m_session.get(); }
    SurveyView *surveyView() const { return m_view; }
    StartPage *startPage() const { return m_start; }
    QLabel *previewBanner() const { return m_banner; } // or the read-only banner's title
    bool isPreview() const { return m_mode == Mode::Preview; }
    void setSession(std::unique_ptr<SurveySession> session);

    void setSubmitPathPrompt(PathPrompt prompt) { m_submitPrompt = std::move(prompt); }
    void setOpenPathPrompt(PathPrompt prompt) { m_openPrompt = std::move(prompt); }
    void setSurveyFilePrompt(PathPrompt prompt) { m_surveyPrompt = std::move(prompt); }

    QAction *submitAction() const { return m_submitAction; }

Q_SIGNALS:
    // A study (a coordinator's database) was chosen where a response was expected: the expert was
    // told what it is; the application may open it in the coordinator's window.
    void openStudyRequested(const QString &path);

public Q_SLOTS:
    void newResponse(); // a new response to the example (bundled) study
    void openResponse();
    void openResponsePath(const QString &path);
    void openSurveyFile();
    void openSurveyFilePath(const QString &path);
    void showSurveys();
    void submit();
    // A read-only response: continue in the expert's own working copy (reviseResponse).
    void revise();
    void showKeyboardHelp();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    static constexpr QSize PreferredSize { 1280, 800 };
    void createActions();
    void fitToScreen();
    void dropView();
    void updateTitle();
    void buildView();
    void rebuildView();
    void updateActions();
    void reportOpenFailure(const QString &title, const QString &path, const QString &error);
    void reportStudy(const QString &path);
    void setTitle(const QString &text);
    QWidget *withBanner(QWidget *content);

    Mode m_mode;
    std::unique_ptr<SurveySession> m_session;
    SurveyView *m_view = nullptr;
    StartPage *m_start = nullptr;
    QLabel *m_banner = nullptr;
    SurveyStatus *m_status = nullptr;
    QAction *m_submitAction = nullptr;
    QList<QAction *> m_openActions; // off in a preview
    PathPrompt m_submitPrompt;
    PathPrompt m_openPrompt;
    PathPrompt m_surveyPrompt;
};

} // namespace panelist
