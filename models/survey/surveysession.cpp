#include "models/survey/surveysession.h"

#include "models/security/identitykey.h"
#include "models/security/responsesigning.h"
#include "models/storage/responsestore.h"
#include "models/survey/workspace.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace panelist {

SurveySession::SurveySession(std::unique_ptr<ResponseStore> store, QString path, Instrument instrument,
    ResponseData data, SurveyDetails survey)
    : m_store(std::move(store))
    , m_path(std::move(path))
    , m_main(std::move(instrument))
    , m_data(std::move(data))
    , m_survey(std::move(survey))
{
    m_instrument = m_main.translated(languageCode());
}

QString SurveySession::languageCode() const
{
    return m_data.language.isEmpty() ? m_main.study().language : m_data.language;
}

SurveySession::~SurveySession() = default;

Result<std::unique_ptr<SurveySession>> SurveySession::create(
    const QString &path, const Instrument &instrument, const SurveyDetails &survey)
{
    using R = Result<std::unique_ptr<SurveySession>>;
    if (!survey.isEmpty()) {
        if (const QStringList problems = SurveyMeta::problems(survey); !problems.isEmpty())
            return R::failure(tr("%1: not created: %2").arg(path, problems.join(u"; "_s)));
    }
    auto store = ResponseStore::create(path, instrument.canonicalJson(), instrument.fingerprint(),
        QUuid::createUuid(), survey.isEmpty() ? ResponseStore::ExtraMeta() : SurveyMeta::rows(survey));
    if (!store)
        return R::failure(store.error());
    auto data = (*store)->load();
    if (!data)
        return R::failure(data.error());
    const QString stored = (*store)->path();
    return std::unique_ptr<SurveySession>(
        new SurveySession(std::move(store).value(), stored, instrument, std::move(data).value(), survey));
}

// The session over an opened store: its embedded instrument checked against its fingerprint, its
// survey details and answers read. keep: the session writes through the store; else it is closed
// once read and the session is read only.
Result<std::unique_ptr<SurveySession>> SurveySession::read(std::unique_ptr<ResponseStore> store, bool keep)
{
    using R = Result<std::unique_ptr<SurveySession>>;
    const QString path = store->path();
    auto instrument = Instrument::fromJson(store->instrumentJson(), path);
    if (!instrument)
        return R::failure(tr("%1: the survey embedded in this response file is not valid: %2")
                              .arg(path, instrument.error()));
    if (instrument->fingerprint() != store->instrumentFingerprint())
        return R::failure(tr("%1: the embedded survey does not match its recorded fingerprint; "
                             "the file may have been altered")
                              .arg(path));
    auto survey = SurveyMeta::fromRows(store->extraMeta());
    if (!survey)
        return R::failure(
            tr("%1: the survey details in this response file are damaged:\n%2").arg(path, survey.error()));
    auto data = store->load();
    if (!data)
        return R::failure(data.error());
    if (!keep)
        store.reset();
    return std::unique_ptr<SurveySession>(new SurveySession(std::move(store), path,
        std::move(instrument).value(), std::move(data).value(), std::move(survey).value()));
}

Result<std::unique_ptr<SurveySession>> SurveySession::open(const QString &path)
{
    auto store = ResponseStore::open(path);
    if (!store)
        return Result<std::unique_ptr<SurveySession>>::failure(store.error());
    return read(std::move(store).value(), true);
}

Result<std::unique_ptr<SurveySession>> SurveySession::openReadOnly(const QString &path)
{
    // Briefly: nothing (no -wal or -shm) is left beside a file that is not ours.
    auto store = ResponseStore::openReadOnly(path, true);
    if (!store)
        return Result<std::unique_ptr<SurveySession>>::failure(store.error());
    return read(std::move(store).value(), false);
}

Result<std::unique_ptr<SurveySession>> SurveySession::createCopy(
    const QString &path, const SurveySession &source)
{
    using R = Result<std::unique_ptr<SurveySession>>;
    const SurveyDetails &survey = source.survey();
    const Instrument &instrument = source.instrument();
    auto store = ResponseStore::create(path, instrument.canonicalJson(), instrument.fingerprint(),
        source.data().respondentId, survey.isEmpty() ? ResponseStore::ExtraMeta() : SurveyMeta::rows(survey));
    if (!store)
        return R::failure(store.error());
    const Status filled = (*store)->replaceAll(source.data());
    auto data = filled ? (*store)->load() : Result<ResponseData>::failure(filled.error());
    if (!data) {
        // Closed first, so SQLite leaves no -wal or -shm behind to remove.
        store->reset();
        for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s })
            QFile::remove(path + suffix);
        return R::failure(data.error());
    }
    return std::unique_ptr<SurveySession>(
        new SurveySession(std::move(store).value(), path, instrument, std::move(data).value(), survey));
}

QString SurveySession::title() const
{
    return m_survey.isEmpty() ? m_instrument.study().title : m_survey.title;
}

QString SurveySession::studyId() const
{
    return m_survey.isEmpty() ? m_instrument.study().id : m_survey.studyId;
}

std::optional<Rating> SurveySession::rating(const QString &measureId, const QString &areaId) const
{
    if (areaId.isEmpty()) {
        const auto it = m_data.feasibility.constFind(measureId);
        return it == m_data.feasibility.cend() ? std::nullopt : std::optional<Rating>(*it);
    }
    const auto m = m_data.effectiveness.constFind(measureId);
    if (m == m_data.effectiveness.cend())
        return std::nullopt;
    const auto a = m->constFind(areaId);
    return a == m->cend() ? std::nullopt : std::optional<Rating>(*a);
}

QString SurveySession::comment(const QString &measureId) const
{
    return m_data.comments.value(measureId);
}

QStringList SurveySession::picks(const QString &scope) const
{
    return m_data.combinations.value(scope);
}

Status SurveySession::refuseReadOnly() const
{
    return Status::failure(tr("Read only: choose Revise to change the answers in your own working copy."));
}

Status SurveySession::written(const Status &status)
{
    if (!status) {
        Q_EMIT saveFailed(status.error());
        return status;
    }
    m_lastSaved = QDateTime::currentDateTimeUtc();
    return status;
}

Status SurveySession::setRating(const QString &measureId, const QString &areaId, const Rating &rating)
{
    const int measure = m_instrument.measureIndex(measureId);
    if (measure < 0 || (!areaId.isEmpty() && m_instrument.areaIndex(areaId) < 0))
        return Status::failure(tr("Unknown item %1/%2").arg(measureId, areaId));
    const Scale &scale
        = areaId.isEmpty() ? m_instrument.feasibilityScale() : m_instrument.effectivenessScale();
    if (rating.dontKnow ? !scale.allowDontKnow : !scale.contains(rating.value))
        return Status::failure(tr("%1 is not a point of the scale").arg(rating.value));

    if (isReadOnly())
        return refuseReadOnly();
    Rating stamped = rating;
    stamped.answeredAt = QDateTime::currentDateTimeUtc();
    const Status s = written(m_store->setRating(measureId, areaId, stamped));
    if (!s)
        return s;
    if (areaId.isEmpty())
        m_data.feasibility.insert(measureId, stamped);
    else
        m_data.effectiveness[measureId].insert(areaId, stamped);
    Q_EMIT ratingChanged(measureId, areaId);
    Q_EMIT progressChanged();
    Q_EMIT saved(m_lastSaved);
    return s;
}

Status SurveySession::clearRating(const QString &measureId, const QString &areaId)
{
    if (!rating(measureId, areaId))
        return {};
    if (isReadOnly())
        return refuseReadOnly();
    const Status s = written(m_store->clearRating(measureId, areaId));
    if (!s)
        return s;
    if (areaId.isEmpty()) {
        m_data.feasibility.remove(measureId);
    } else {
        auto &areas = m_data.effectiveness[measureId];
        areas.remove(areaId);
        if (areas.isEmpty())
            m_data.effectiveness.remove(measureId);
    }
    Q_EMIT ratingChanged(measureId, areaId);
    Q_EMIT progressChanged();
    Q_EMIT saved(m_lastSaved);
    return s;
}

Status SurveySession::setComment(const QString &measureId, const QString &text)
{
    if (m_instrument.measureIndex(measureId) < 0)
        return Status::failure(tr("Unknown measure %1").arg(measureId));
    if (text.size() > m_instrument.comment().maxLength)
        return Status::failure(tr("The comment is %1 characters long; at most %2 are kept")
                                   .arg(text.size())
                                   .arg(m_instrument.comment().maxLength));
    if (comment(measureId) == text)
        return {};
    if (isReadOnly())
        return refuseReadOnly();
    const Status s = written(m_store->setComment(measureId, text));
    if (!s)
        return s;
    if (text.isEmpty())
        m_data.comments.remove(measureId);
    else
        m_data.comments.insert(measureId, text);
    Q_EMIT commentChanged(measureId);
    Q_EMIT saved(m_lastSaved);
    return s;
}

Status SurveySession::setExpertise(const QStringList &groupIds)
{
    for (const QString &id : groupIds) {
        if (m_instrument.expertiseIndex(id) < 0)
            return Status::failure(tr("Unknown expertise group %1").arg(id));
    }
    if (isReadOnly())
        return refuseReadOnly();
    const Status s = written(m_store->setExpertise(groupIds));
    if (!s)
        return s;
    m_data.expertise = groupIds;
    Q_EMIT profileChanged();
    Q_EMIT progressChanged();
    Q_EMIT saved(m_lastSaved);
    return s;
}

Status SurveySession::setProfile(const QString &name, const QString &affiliation)
{
    if (name == m_data.name && affiliation == m_data.affiliation)
        return {};
    if (isReadOnly())
        return refuseReadOnly();
    const Status s = written(m_store->setProfile(name, affiliation));
    if (!s)
        return s;
    m_data.name = name;
    m_data.affiliation = affiliation;
    Q_EMIT profileChanged();
    Q_EMIT saved(m_lastSaved);
    return s;
}

Status SurveySession::setLanguage(const QString &language)
{
    const QString recorded = language == m_main.study().language ? QString() : language;
    if (recorded == m_data.language)
        return {};
    if (isReadOnly())
        return refuseReadOnly();
    if (!m_main.languages().contains(language))
        return Status::failure(tr("This survey is not available in \"%1\" (it is in %2)")
                                   .arg(language, m_main.languages().join(u", "_s)));
    const Status s = written(m_store->setLanguage(recorded));
    if (!s)
        return s;
    m_data.language = recorded;
    m_instrument = m_main.translated(languageCode());
    Q_EMIT languageChanged();
    Q_EMIT saved(m_lastSaved);
    return s;
}

Status SurveySession::setPicked(const QString &scope, const QString &measureId, bool picked)
{
    if (!m_instrument.combinationScopes().contains(scope) || m_instrument.measureIndex(measureId) < 0)
        return Status::failure(tr("Unknown combination item %1/%2").arg(scope, measureId));
    QStringList list = picks(scope);
    if (list.contains(measureId) == picked)
        return {};
    if (isReadOnly())
        return refuseReadOnly();
    if (picked && list.size() >= m_instrument.combination().maxPicks)
        return Status::failure(tr("At most %1 measures can be chosen; remove one first")
                                   .arg(m_instrument.combination().maxPicks));
    if (picked)
        list.append(measureId);
    else
        list.removeAll(measureId);
    const Status s = written(m_store->setPicks(scope, list));
    if (!s)
        return s;
    if (list.isEmpty())
        m_data.combinations.remove(scope);
    else
        m_data.combinations.insert(scope, list);
    Q_EMIT picksChanged(scope);
    Q_EMIT progressChanged();
    Q_EMIT saved(m_lastSaved);
    return s;
}

int SurveySession::answeredCount() const
{
    return m_data.answeredRatingCount();
}

int SurveySession::totalCount() const
{
    return m_instrument.ratingItemCount();
}

SurveyProgress SurveySession::progress() const
{
    SurveyProgress p;
    p.ratingsTotal = totalCount();
    p.ratingsAnswered = answeredCount();
    const QStringList scopes = m_instrument.combinationScopes();
    p.combinationsTotal = int(scopes.size());
    for (const QString &scope : scopes)
        p.combinationsAnswered += picks(scope).isEmpty() ? 0 : 1;
    p.expertiseAsked = !m_instrument.expertiseGroups().isEmpty();
    p.expertiseGiven = !m_data.expertise.isEmpty();
    return p;
}

MeasureState SurveySession::measureState(const QString &measureId) const
{
    const int index = m_instrument.measureIndex(measureId);
    if (index < 0)
        return MeasureState::NotStarted;
    const Measure &m = m_instrument.measures().at(index);
    int asked = 0;
    int answered = 0;
    if (m.askEffectiveness && m_instrument.effectiveness().enabled) {
        for (const RiskArea &area : m_instrument.areas()) {
            ++asked;
            answered += rating(m.id, area.id) ? 1 : 0;
        }
    }
    if (m.askFeasibility && m_instrument.feasibility().enabled) {
        ++asked;
        answered += rating(m.id, {}) ? 1 : 0;
    }
    if (answered == 0)
        return MeasureState::NotStarted;
    return answered == asked ? MeasureState::Complete : MeasureState::Partial;
}

QList<MissingItem> SurveySession::missingItems() const
{
    QList<MissingItem> items;
    if (m_data.expertise.isEmpty() && !m_instrument.expertiseGroups().isEmpty())
        items.append({ MissingItem::Kind::Expertise, {}, {}, tr("Your expertise") });
    for (const Measure &m : m_instrument.measures()) {
        if (m.askEffectiveness && m_instrument.effectiveness().enabled) {
            for (const RiskArea &area : m_instrument.areas()) {
                if (!rating(m.id, area.id))
                    items.append({ MissingItem::Kind::Effectiveness, m.id, area.id,
                        tr("%1 — %2: effectiveness").arg(m.name, area.name) });
            }
        }
        if (m.askFeasibility && m_instrument.feasibility().enabled && !rating(m.id, {}))
            items.append(
                { MissingItem::Kind::Feasibility, m.id, {}, tr("%1: technical feasibility").arg(m.name) });
    }
    for (const QString &scope : m_instrument.combinationScopes()) {
        if (picks(scope).isEmpty()) {
            const int area = m_instrument.areaIndex(scope);
            const QString name = area >= 0 ? m_instrument.areas().at(area).name : QString();
            items.append({ MissingItem::Kind::Combination, {}, scope,
                name.isEmpty() ? tr("Preferred combination") : tr("Preferred combination — %1").arg(name) });
        }
    }
    return items;
}

Result<int> SurveySession::submit(const QString &targetPath)
{
    if (isReadOnly())
        return Result<int>::failure(refuseReadOnly().error());
    const Result<IdentityKey> identity = IdentityKey::loadOrCreate(Workspace::dataFolder());
    if (!identity) {
        const QString why = u"Your Panelist's signing key cannot be used, so nothing was submitted: %1"_s.arg(
            identity.error());
        Q_EMIT saveFailed(why);
        return Result<int>::failure(why);
    }
    auto revision
        = m_store->submit(targetPath, submitOptions(*identity, SurveyMeta::coordinatorPublicKey(m_survey)));
    if (!revision) {
        Q_EMIT saveFailed(revision.error());
        return revision;
    }
    auto reloaded = m_store->load();
    if (reloaded) {
        m_data.revision = reloaded->revision;
        m_data.submittedAt = reloaded->submittedAt;
    }
    Q_EMIT submitted(*revision, targetPath);
    return revision;
}

QString SurveySession::identityFingerprint()
{
    if (!QFileInfo::exists(Workspace::dataFolder() + u'/' + IdentityKey::FileName))
        return {};
    const Result<IdentityKey> identity = IdentityKey::loadOrCreate(Workspace::dataFolder());
    return identity ? identity->fingerprint() : QString();
}

} // namespace panelist
