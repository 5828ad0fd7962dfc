#pragma once

#include <QLabel>

namespace panelist {

// A word-wrapped label that shows all of its text in whatever room its layout gives it: in its
// preferred font when that fits, otherwise in the largest smaller one that does (never below
// MinimumPointSize). Its size policy is Ignored, so a long text never makes the window taller than
// the screen; give it a stretch factor. GUI thread only.
class FittingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittingLabel)

public:
    static constexpr qreal MinimumPointSize = 8.0;

    explicit FittingLabel(QWidget *parent = nullptr);
    void setPreferredFont(const QFont &font);
    void setText(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();
    QFont m_preferred;
};

} // namespace panelist
