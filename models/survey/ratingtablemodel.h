#pragma once

#include "models/common/result.h"
#include "models/survey/itemnote.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <utility>

namespace panelist {

class SurveySession;
struct Rating;
struct Scale;

// The rating grid of one measure: one row per risk area (when the measure asks effectiveness), then
// a "Technical feasibility" row (when it asks feasibility); columns are the scale points in order,
// then "Don't know" when the scale allows it. Exactly one cell per row is checked (radio semantics).
// Writes go through SurveySession setters; the view updates from the session's ratingChanged signal,
// so a cell shows as checked only once the answer is on disk.
// Does not own the session. GUI thread only.
class RatingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingTableModel)

public:
    enum class Role {
        MeasureId = Qt::UserRole + 1, // QString
        AreaId, // QString; empty for the feasibility row
        ScaleValue, // int scale value of the column; invalid for "Don't know"
        IsDontKnow, // bool: the column is "Don't know"
    };
    Q_ENUM(Role)

    explicit RatingTableModel(SurveySession *session = nullptr, QObject *parent = nullptr);
    ~RatingTableModel() override;

    void setSession(SurveySession *session); // model reset; clears the measure when it is unknown
    SurveySession *session() const;
    void setMeasure(const QString &measureId); // model reset
    QString measureId() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    Status rate(int row, int column);
    Status rateValue(int row, int scaleValue); // a scale value, e.g. digits 1-5
    bool scaleHasValue(int row, int scaleValue) const; // the row's scale has a point of that value
    Status rateDontKnow(int row);
    Status clear(int row);

    std::pair<QString, QString> rowKey(int row) const; // (measure id, area id or empty for feasibility)
    QString rowName(int row) const; // area name or "Technical feasibility"
    int columnForRating(const Rating &rating) const; // -1 when no column shows it
    int chosenColumn(int row) const; // -1 when unanswered
    int dontKnowColumn() const; // -1 when the scale has no "Don't know"
    int rowForArea(const QString &areaId) const; // empty areaId = feasibility row; -1 when absent

private:
    struct Row
    {
        QString areaId; // empty = feasibility
        QString name;
    };

    void rebuild();
    void onRatingChanged(const QString &measureId, const QString &areaId);
    const Scale *scaleForRow(int row) const;
    QString pointLabel(int row, int column) const;
    QString prompt(int row) const;

    QPointer<SurveySession> m_session;
    QString m_measureId;
    QList<Row> m_rows;
    QStringList m_columnLabels; // from the effectiveness scale (or feasibility when that is all)
    int m_pointColumns = 0;
    bool m_hasDontKnow = false;
    ItemNote m_note; // Qt::AccessibleDescriptionRole
};

} // namespace panelist
