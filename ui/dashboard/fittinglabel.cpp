#include "ui/dashboard/fittinglabel.h"

namespace panelist {

FittingLabel::FittingLabel(QWidget *parent)
    : QLabel(parent)
    , m_preferred(font())
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
}

void FittingLabel::setPreferredFont(const QFont &font)
{
    m_preferred = font;
    fit();
}

void FittingLabel::setText(const QString &text)
{
    QLabel::setText(text);
    fit();
}

void FittingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittingLabel::fit()
{
    QFont font = m_preferred;
    setFont(font);
    if (width() <= 0 || height() <= 0)
        return;
    while (font.pointSizeF() > MinimumPointSize && heightForWidth(width()) > height()) {
        font.setPointSizeF(std::max(MinimumPointSize, font.pointSizeF() - 0.5));
        setFont(font);
    }
}

} // namespace panelist
