#pragma once

#include <QHash>
#include <QList>

#include <utility>

namespace panelist {

// Brings a model's rows (kept in display order) to next, keyed by keyOf(row), with the smallest
// structural changes: rows whose key is gone are removed (contiguous runs at once, from the back),
// rows still there are replaced in place when they differ, new keys are appended at the end in the
// order next lists them. The model supplies the three steps, each doing its own begin*/end* or
// dataChanged, so views keep their selection and scroll position across reloads.
template<typename Row, typename KeyOf, typename RemoveRange, typename ReplaceRow, typename AppendRows>
void syncRows(const QList<Row> &rows, const QList<Row> &next, KeyOf keyOf, RemoveRange removeRange,
    ReplaceRow replaceRow, AppendRows appendRows)
{
    using Key = decltype(keyOf(next.front()));
    QHash<Key, qsizetype> wanted;
    for (qsizetype i = 0; i < next.size(); ++i)
        wanted.insert(keyOf(next.at(i)), i);

    for (qsizetype last = rows.size() - 1; last >= 0;) {
        if (wanted.contains(keyOf(rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !wanted.contains(keyOf(rows.at(first - 1))))
            --first;
        removeRange(int(first), int(last));
        last = first - 1;
    }

    QHash<Key, bool> present;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Key key = keyOf(rows.at(i));
        present.insert(key, true);
        const Row &fresh = next.at(wanted.value(key));
        if (!(rows.at(i) == fresh))
            replaceRow(int(i), fresh);
    }
    QList<Row> extra;
    for (const Row &row : next) {
        if (!present.contains(keyOf(row)))
            extra.append(row);
    }
    if (!extra.isEmpty())
        appendRows(std::move(extra));
}

} // namespace panelist
