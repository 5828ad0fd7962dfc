#pragma once

#include "models/survey/responselist.h"

#include <QAbstractTableModel>
#include <QList>

namespace panelist {

// The expert's responses for the "Your surveys" page, one row each: the study's title, progress
// ("73 of 135 answered"), when it was last saved, and whether (and when) it was submitted. A file
// that cannot be read keeps its row, with the reason in the progress column and its tooltip.
// GUI thread only.
class ResponseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseListModel)

public:
    enum Column { StudyColumn, ProgressColumn, SavedColumn, SubmittedColumn, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1; // QString: the working file

    explicit ResponseListModel(QObject *parent = nullptr);
    ~ResponseListModel() override;

    void setResponses(QList<ResponseSummary> responses); // model reset
    const QList<ResponseSummary> &responses() const { return m_rows; }
    int rowOf(const QString &path) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ResponseSummary &r, int column) const;

    QList<ResponseSummary> m_rows;
};

} // namespace panelist
