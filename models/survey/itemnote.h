#pragma once

#include <QPersistentModelIndex>
#include <QString>
#include <QVariant>

namespace panelist {

// A model's spoken note on one item, its Qt::AccessibleDescriptionRole: the survey window says
// things through it ("3 of 5 chosen", a refused pick, a page's title) on the item a screen reader
// has in focus (ui/survey/announce.h), since Qt 6.4 has no announcement event. Only the latest note
// is kept, on one item; the view sends the event that makes it heard.
class ItemNote final
{
public:
    QVariant data(const QModelIndex &index) const
    {
        return index.isValid() && index == m_index ? QVariant(m_text) : QVariant();
    }
    bool set(const QModelIndex &index, const QVariant &text)
    {
        m_index = index;
        m_text = text.toString();
        return index.isValid();
    }

private:
    QPersistentModelIndex m_index;
    QString m_text;
};

} // namespace panelist
