#pragma once

#include <QLabel>

namespace panelist {

// A page's title: a label that screen readers meet as a heading (QAccessible::Heading) whose text
// they can read by characters and words (a text interface), where a plain QLabel is static text.
// PageWidgets::heading makes them.
class HeadingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadingLabel)

public:
    explicit HeadingLabel(QWidget *parent = nullptr);
};

} // namespace panelist
