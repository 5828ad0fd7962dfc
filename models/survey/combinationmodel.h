#pragma once

#include "models/survey/itemnote.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace panelist {

class SurveySession;

// The checkable list of one "preferred combination" question: every measure in instrument order,
// checked when picked. Enforces the instrument's maximum: a pick beyond it is refused (setData
// returns false) and limitReached is emitted so the view can say why.
// Does not own the session. GUI thread only.
class CombinationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CombinationModel)

public:
    enum class Role {
        MeasureId = Qt::UserRole + 1, // QString
        Picked, // bool
    };
    Q_ENUM(Role)

    explicit CombinationModel(SurveySession *session = nullptr, QObject *parent = nullptr);
    ~CombinationModel() override;

    void setSession(SurveySession *session); // model reset
    SurveySession *session() const;
    void setScope(const QString &scope); // area id or Instrument::OverallScope; model reset
    QString scope() const;
    QString scopeName() const; // area name; empty for the overall scope
    QString prompt() const; // the instrument's combination prompt with {area} filled in

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    bool setPicked(int row, bool picked); // same as setData with Qt::CheckStateRole
    int pickedCount() const;
    int maxPicks() const;
    QString summary() const; // "3 of 5 chosen"

Q_SIGNALS:
    void countChanged(int picked, int max);
    void limitReached(int max);
    void writeFailed(const QString &message); // the session refused or could not save a pick

private:
    void rebuild();
    void onPicksChanged(const QString &scope);

    QPointer<SurveySession> m_session;
    QString m_scope;
    QStringList m_measureIds; // rows, in instrument order; empty while no valid scope is set
    QStringList m_picks; // last picks seen, to emit dataChanged only for the rows that changed
    ItemNote m_note; // Qt::AccessibleDescriptionRole
};

} // namespace panelist
