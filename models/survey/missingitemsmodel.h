#pragma once

#include "models/survey/itemnote.h"
#include "models/survey/surveysession.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QSet>

namespace panelist {

// What the expert has not answered yet (SurveySession::missingItems()), in survey order, for the
// review page and the submit confirmation. Kept current as answers change: only the rows that
// appear or disappear are inserted or removed.
// Does not own the session. GUI thread only.
class MissingItemsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MissingItemsModel)

public:
    enum class Role {
        Kind = Qt::UserRole + 1, // int(MissingItem::Kind)
        MeasureId, // QString; empty for expertise and combinations
        AreaId, // QString; area id, or the scope for combinations
    };
    Q_ENUM(Role)

    explicit MissingItemsModel(SurveySession *session = nullptr, QObject *parent = nullptr);
    ~MissingItemsModel() override;

    void setSession(SurveySession *session); // model reset
    SurveySession *session() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Only Qt::AccessibleDescriptionRole: a spoken note (ItemNote).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    MissingItem item(int row) const;
    const QList<MissingItem> &items() const { return m_items; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void refresh(); // diff against session->missingItems()

    QPointer<SurveySession> m_session;
    QList<MissingItem> m_items;
    ItemNote m_note; // Qt::AccessibleDescriptionRole
};

} // namespace panelist
