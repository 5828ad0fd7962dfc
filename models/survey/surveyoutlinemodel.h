#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace panelist {

class SurveySession;

// The navigation list of the expert survey: "Your expertise", every measure in instrument order,
// one "Preferred combination" row per combination scope, then "Review and submit".
// Rows are fixed by the instrument; answers only change data (exact dataChanged per row).
// Does not own the session; a destroyed session empties the model. GUI thread only.
class SurveyOutlineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyOutlineModel)

public:
    enum class Role {
        PageKind = Qt::UserRole + 1, // int(PageKind)
        Key, // measure id / combination scope id; empty for profile and review
        State, // int(MeasureState)
        Answered, // int: items answered on that page (picks for combinations)
        Total, // int: items on that page (max picks for combinations)
        Heading, // QString: the title in two parts for a narrow outline: the
        Detail, // kind of page ("Preferred combination") and what it is about
        Count, // QString: what Answered and Total mean there: "3 of 5 rated", "4 chosen, up to 5"
    };
    Q_ENUM(Role)
    enum class PageKind { Profile, Measure, Combination, Review };
    Q_ENUM(PageKind)

    explicit SurveyOutlineModel(SurveySession *session = nullptr, QObject *parent = nullptr);
    ~SurveyOutlineModel() override;

    void setSession(SurveySession *session); // model reset
    SurveySession *session() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int profileRow() const; // -1 without a session
    int rowForMeasure(const QString &id) const; // -1 when unknown
    int rowForCombination(const QString &scope) const; // -1 when unknown
    int reviewRow() const; // -1 without a session
    PageKind pageKind(int row) const;
    QString key(int row) const;

private:
    void connectSession();
    void onRatingChanged(const QString &measureId);
    void onPicksChanged(const QString &scope);
    void onProfileChanged();
    void emitRowChanged(int row);

    QPointer<SurveySession> m_session;
    // Row structure, cached so the row count stays right even while a destroyed session is detached.
    bool m_attached = false;
    QStringList m_measureIds;
    QStringList m_scopes;
};

} // namespace panelist
