#include "ui/survey/headinglabel.h"

#include <QAccessibleWidget>

using namespace Qt::StringLiterals;

namespace panelist {

namespace {

class HeadingAccessible final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit HeadingAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Heading)
    { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
            return plain();
        return QAccessibleWidget::text(t);
    }

    // The text interface: the whole title, read only, nothing selectable.
    QString text(int start, int end) const override { return plain().mid(start, end - start); }
    int characterCount() const override { return int(plain().size()); }
    void selection(int, int *start, int *end) const override { *start = *end = 0; }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override { }
    void removeSelection(int) override { }
    void setSelection(int, int, int) override { }
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override { }
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override { }
    QString attributes(int, int *start, int *end) const override
    {
        *start = 0;
        *end = characterCount();
        return {};
    }

private:
    QString plain() const { return static_cast<const QLabel *>(widget())->text(); }
};

QAccessibleInterface *headingFactory(const QString &className, QObject *object)
{
    if (className == u"panelist::HeadingLabel"_s && object && object->isWidgetType())
        return new HeadingAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

HeadingLabel::HeadingLabel(QWidget *parent)
    : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(headingFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace panelist
