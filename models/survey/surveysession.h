#pragma once

#include "models/common/result.h"
#include "models/instrument/instrument.h"
#include "models/response/responsedata.h"
#include "models/surveyfile/surveydetails.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace panelist {

class ResponseStore;

// One item the expert has not answered yet (for the review page and the submit confirmation).
struct MissingItem
{
    enum class Kind { Expertise, Effectiveness, Feasibility, Combination };
    Kind kind = Kind::Effectiveness;
    QString measureId; // Effectiveness, Feasibility
    QString areaId; // Effectiveness; for Combination the scope (area id or "overall")
    QString text; // human-readable, e.g. "Data curation — CBRN: effectiveness"
};

enum class MeasureState { NotStarted, Partial, Complete };

// How much of each kind of question is answered, counted exactly as missingItems() lists what is
// not: the status bar and the review page show the same numbers.
struct SurveyProgress
{
    int ratingsAnswered = 0; // rating items (scale value or don't know)
    int ratingsTotal = 0;
    int combinationsAnswered = 0; // combination questions with at least one pick
    int combinationsTotal = 0;
    bool expertiseAsked = false; // the instrument has expertise groups
    bool expertiseGiven = false; // at least one group chosen
};

// An expert's survey in progress: the instrument, the open response file and an in-memory copy of the
// answers. Every setter writes through to the file (one committed transaction) before it updates the
// copy and emits its signals, so whatever a view shows after a signal is already on disk. A read-only
// session (openReadOnly) holds the answers of a file it never writes.
// Owns its ResponseStore. GUI thread only.
class SurveySession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveySession)

public:
    ~SurveySession() override;

    // Creates a new response file at path for the instrument, with a fresh respondent UUID; a
    // response to a survey file records the survey's details in it (docs/file-formats.md).
    static Result<std::unique_ptr<SurveySession>> create(
        const QString &path, const Instrument &instrument, const SurveyDetails &survey = {});
    // Opens an existing response file (its embedded instrument and survey details are used).
    static Result<std::unique_ptr<SurveySession>> open(const QString &path);
    // Reads a response file that is not the expert's own working file (a submitted copy, someone
    // else's) into a session that never writes: the file is read and closed at once, nothing is left
    // beside it, and every setter and submit() refuse (isReadOnly()). openResponseFile
    // (models/survey/surveyentry.h) decides which of the two a file gets.
    static Result<std::unique_ptr<SurveySession>> openReadOnly(const QString &path);
    // A new working file at path holding everything source holds: its instrument, survey details,
    // respondent id, revision and answers, so the next submit of it is source's revision + 1.
    // Nothing is left at path when it fails.
    static Result<std::unique_ptr<SurveySession>> createCopy(
        const QString &path, const SurveySession &source);

    // The instrument with its texts in the language the expert answers in (languageCode()); ids,
    // values and fingerprint are the instrument's own, whatever the language.
    const Instrument &instrument() const { return m_instrument; }
    // The code of the language the texts are shown in: data().language, else the main language.
    QString languageCode() const;
    // The survey this response answers; empty for the bundled study.
    const SurveyDetails &survey() const { return m_survey; }
    // The study's title as the expert was told it: the survey's, else the instrument's.
    QString title() const;
    // The study id answered: the survey's, else the instrument's.
    QString studyId() const;
    const ResponseData &data() const { return m_data; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_store; }

    std::optional<Rating> rating(
        const QString &measureId, const QString &areaId) const; // areaId empty = feasibility
    QString comment(const QString &measureId) const;
    QStringList picks(const QString &scope) const;

    Status setRating(const QString &measureId, const QString &areaId, const Rating &rating);
    Status clearRating(const QString &measureId, const QString &areaId);
    Status setComment(const QString &measureId, const QString &text);
    Status setExpertise(const QStringList &groupIds);
    Status setProfile(const QString &name, const QString &affiliation);
    // Answers in `language` from now on (one of instrument().languages(); the main language is
    // recorded as none): saved at once, then languageChanged().
    Status setLanguage(const QString &language);
    // Adds or removes one pick; refuses to go beyond the instrument's maximum.
    Status setPicked(const QString &scope, const QString &measureId, bool picked);

    int answeredCount() const; // rating items answered (scale value or don't know)
    int totalCount() const; // instrument().ratingItemCount()
    SurveyProgress progress() const;
    MeasureState measureState(const QString &measureId) const;
    QList<MissingItem> missingItems() const; // in survey order: expertise, measures, combinations
    QDateTime lastSavedAt() const { return m_lastSaved; }

    // Whether a submitted response is sealed to the survey's coordinator key (docs/security.md).
    bool sealsResponses() const { return !m_survey.coordinatorKey.isEmpty(); }
    // Submits a self-contained copy to targetPath, signed with the expert's identity (made in
    // Workspace::dataFolder() on first use) and sealed when sealsResponses(); returns the new revision.
    Result<int> submit(const QString &targetPath);
    // The fingerprint of the identity key submit() signs with ("" until one exists, or when it
    // cannot be read).
    static QString identityFingerprint();

Q_SIGNALS:
    void ratingChanged(const QString &measureId, const QString &areaId);
    void commentChanged(const QString &measureId);
    void picksChanged(const QString &scope);
    void profileChanged();
    void languageChanged(); // instrument() now has the texts of languageCode()
    void progressChanged(); // progress() changed: a rating, a pick or the expertise
    void saved(const QDateTime &at); // after every successful write
    void saveFailed(const QString &message); // a write failed; nothing was changed in memory
    void submitted(int revision, const QString &targetPath);

private:
    // store null: read only (path is the file read).
    SurveySession(std::unique_ptr<ResponseStore> store, QString path, Instrument instrument,
        ResponseData data, SurveyDetails survey);
    static Result<std::unique_ptr<SurveySession>> read(std::unique_ptr<ResponseStore> store, bool keep);
    Status written(const Status &status); // emits saved/saveFailed
    Status refuseReadOnly() const;

    std::unique_ptr<ResponseStore> m_store; // null when read only
    QString m_path;
    Instrument m_main; // as the file embeds it, in the main language
    Instrument m_instrument; // m_main.translated(languageCode())
    ResponseData m_data;
    SurveyDetails m_survey;
    QDateTime m_lastSaved;
};

} // namespace panelist
