#include "models/survey/surveyoutlinemodel.h"

#include "models/survey/surveysession.h"

namespace panelist {

namespace {

bool asksEffectiveness(const Instrument &instrument, const Measure &measure)
{
    return instrument.effectiveness().enabled && measure.askEffectiveness;
}

bool asksFeasibility(const Instrument &instrument, const Measure &measure)
{
    return instrument.feasibility().enabled && measure.askFeasibility;
}

int measureTotal(const Instrument &instrument, const Measure &measure)
{
    return (asksEffectiveness(instrument, measure) ? int(instrument.areas().size()) : 0)
        + (asksFeasibility(instrument, measure) ? 1 : 0);
}

int measureAnswered(const SurveySession &session, const Measure &measure)
{
    const Instrument &instrument = session.instrument();
    int answered = 0;
    if (asksEffectiveness(instrument, measure)) {
        for (const RiskArea &area : instrument.areas()) {
            if (session.rating(measure.id, area.id))
                ++answered;
        }
    }
    if (asksFeasibility(instrument, measure) && session.rating(measure.id, QString()))
        ++answered;
    return answered;
}

} // namespace

SurveyOutlineModel::SurveyOutlineModel(SurveySession *session, QObject *parent)
    : QAbstractListModel(parent)
{
    setSession(session);
}

SurveyOutlineModel::~SurveyOutlineModel() = default;

void SurveyOutlineModel::setSession(SurveySession *session)
{
    if (session == m_session && session)
        return;
    beginResetModel();
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_measureIds.clear();
    m_scopes.clear();
    m_attached = m_session != nullptr;
    if (m_session) {
        for (const Measure &measure : m_session->instrument().measures())
            m_measureIds.append(measure.id);
        m_scopes = m_session->instrument().combinationScopes();
        connectSession();
    }
    endResetModel();
}

SurveySession *SurveyOutlineModel::session() const
{
    return m_session;
}

void SurveyOutlineModel::connectSession()
{
    connect(m_session, &SurveySession::ratingChanged, this,
        [this](const QString &measureId, const QString &) { onRatingChanged(measureId); });
    connect(m_session, &SurveySession::picksChanged, this, &SurveyOutlineModel::onPicksChanged);
    connect(m_session, &SurveySession::profileChanged, this, &SurveyOutlineModel::onProfileChanged);
    // The session may go away before the model (e.g. "New response"): empty the model then.
    connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
}

int SurveyOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_attached)
        return 0;
    return 2 + int(m_measureIds.size()) + int(m_scopes.size());
}

int SurveyOutlineModel::profileRow() const
{
    return m_attached ? 0 : -1;
}

int SurveyOutlineModel::rowForMeasure(const QString &id) const
{
    const qsizetype i = m_measureIds.indexOf(id);
    return i < 0 ? -1 : 1 + int(i);
}

int SurveyOutlineModel::rowForCombination(const QString &scope) const
{
    const qsizetype i = m_scopes.indexOf(scope);
    return i < 0 ? -1 : 1 + int(m_measureIds.size()) + int(i);
}

int SurveyOutlineModel::reviewRow() const
{
    return m_attached ? rowCount() - 1 : -1;
}

SurveyOutlineModel::PageKind SurveyOutlineModel::pageKind(int row) const
{
    if (row <= 0)
        return PageKind::Profile;
    if (row <= m_measureIds.size())
        return PageKind::Measure;
    if (row <= m_measureIds.size() + m_scopes.size())
        return PageKind::Combination;
    return PageKind::Review;
}

QString SurveyOutlineModel::key(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    switch (pageKind(row)) {
    case PageKind::Measure:
        return m_measureIds.at(row - 1);
    case PageKind::Combination:
        return m_scopes.at(row - 1 - int(m_measureIds.size()));
    case PageKind::Profile:
    case PageKind::Review:
        break;
    }
    return {};
}

QVariant SurveyOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const int row = index.row();
    const Instrument &instrument = m_session->instrument();
    const PageKind kind = pageKind(row);
    const QString pageKey = key(row);

    QString name;
    QString heading; // name in two parts, for combination pages only
    QString detail;
    MeasureState state = MeasureState::NotStarted;
    int answered = 0;
    int total = 0;
    QString count; // what answered and total mean on this page, in words
    switch (kind) {
    case PageKind::Profile: {
        name = tr("Your expertise");
        answered = int(m_session->data().expertise.size());
        total = int(instrument.expertiseGroups().size());
        state = answered > 0 ? MeasureState::Complete : MeasureState::NotStarted;
        count = answered == 0 ? tr("not given") : tr("%n group(s) chosen", nullptr, answered);
        break;
    }
    case PageKind::Measure: {
        const Measure &measure = instrument.measures().at(row - 1);
        name = tr("%1. %2").arg(row).arg(measure.name);
        answered = measureAnswered(*m_session, measure);
        total = measureTotal(instrument, measure);
        state = m_session->measureState(measure.id);
        count = tr("%1 of %2 rated").arg(answered).arg(total);
        break;
    }
    case PageKind::Combination: {
        // Up to the maximum may be chosen, and one is an answer: the page is answered with one pick.
        const int areaIndex = instrument.areaIndex(pageKey);
        heading = tr("Preferred combination");
        detail = areaIndex < 0 ? QString() : instrument.areas().at(areaIndex).name;
        name = detail.isEmpty() ? heading : tr("%1 — %2").arg(heading, detail);
        answered = int(m_session->picks(pageKey).size());
        total = instrument.combination().maxPicks;
        state = answered > 0 ? MeasureState::Complete : MeasureState::NotStarted;
        count = answered == 0 ? tr("none chosen, up to %1").arg(total)
                              : tr("%1 chosen, up to %2").arg(answered).arg(total);
        break;
    }
    case PageKind::Review: {
        name = tr("Review and submit");
        answered = m_session->answeredCount();
        total = m_session->totalCount();
        const auto &data = m_session->data();
        const bool anything = answered > 0 || !data.expertise.isEmpty() || !data.combinations.isEmpty();
        const qsizetype missing = m_session->missingItems().size();
        state = missing == 0 ? MeasureState::Complete
            : anything       ? MeasureState::Partial
                             : MeasureState::NotStarted;
        count
            = missing == 0 ? tr("everything answered") : tr("%n item(s) not answered", nullptr, int(missing));
        break;
    }
    }

    switch (role) {
    case Qt::DisplayRole:
        return name;
    case Qt::ToolTipRole:
        // The outline may cut a long title short; the tooltip always has it whole.
        return tr("%1\n%2").arg(name, count);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(name, count);
    default:
        break;
    }
    switch (Role(role)) {
    case Role::PageKind:
        return int(kind);
    case Role::Key:
        return pageKey;
    case Role::State:
        return int(state);
    case Role::Answered:
        return answered;
    case Role::Total:
        return total;
    case Role::Heading:
        return heading.isEmpty() ? name : heading;
    case Role::Detail:
        return detail;
    case Role::Count:
        return count;
    }
    return {};
}

QHash<int, QByteArray> SurveyOutlineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(int(Role::PageKind), "pageKind");
    names.insert(int(Role::Key), "key");
    names.insert(int(Role::State), "state");
    names.insert(int(Role::Answered), "answered");
    names.insert(int(Role::Total), "total");
    names.insert(int(Role::Heading), "heading");
    names.insert(int(Role::Detail), "detail");
    names.insert(int(Role::Count), "count");
    return names;
}

void SurveyOutlineModel::emitRowChanged(int row)
{
    if (row < 0)
        return;
    const QModelIndex i = index(row);
    // Display text never changes with answers; everything else on the row may.
    Q_EMIT dataChanged(i, i,
        { Qt::ToolTipRole, Qt::AccessibleTextRole, int(Role::State), int(Role::Answered), int(Role::Total),
            int(Role::Count) });
}

void SurveyOutlineModel::onRatingChanged(const QString &measureId)
{
    emitRowChanged(rowForMeasure(measureId));
    emitRowChanged(reviewRow());
}

void SurveyOutlineModel::onPicksChanged(const QString &scope)
{
    emitRowChanged(rowForCombination(scope));
    emitRowChanged(reviewRow());
}

void SurveyOutlineModel::onProfileChanged()
{
    emitRowChanged(profileRow());
    emitRowChanged(reviewRow());
}

} // namespace panelist
