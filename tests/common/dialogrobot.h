#pragma once

// Answers the modal message boxes a GUI test makes appear, in order, as a person would.

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QList>
#include <QMessageBox>
#include <QTimer>

#include <functional>

namespace panelist::testgui {

// Answers modal message boxes as they appear, in order: each handler sees the box and must close it.
class DialogRobot : public QObject
{
public:
    struct Seen
    {
        QString name;
        QString text;
        QString informative;
        QString detailed;
        Qt::TextFormat informativeFormat = Qt::AutoText; // how the informative text is shown
    };

    DialogRobot()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            // A handler closes its box synchronously, so a box seen here is always a new one.
            if (!box || !box->isVisible() || m_handlers.isEmpty())
                return;
            const auto *informative = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
            m_seen.append({ box->objectName(), box->text(), box->informativeText(), box->detailedText(),
                informative ? informative->textFormat() : Qt::AutoText });
            const auto handler = m_handlers.takeFirst();
            handler(box);
            if (m_handlers.isEmpty())
                m_timer.stop();
        });
    }

    void expect(std::function<void(QMessageBox *)> handler)
    {
        m_handlers.append(std::move(handler));
        m_timer.start();
    }
    static std::function<void(QMessageBox *)> click(const QString &buttonName)
    {
        return [buttonName](QMessageBox *box) {
            auto *button = box->findChild<QAbstractButton *>(buttonName);
            if (button)
                button->click();
            else
                box->reject();
        };
    }
    static std::function<void(QMessageBox *)> accept()
    {
        return [](QMessageBox *box) {
            box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok)->click() : box->accept();
        };
    }
    const QList<Seen> &seen() const { return m_seen; }
    bool done() const { return m_handlers.isEmpty(); }

private:
    QTimer m_timer;
    QList<std::function<void(QMessageBox *)>> m_handlers;
    QList<Seen> m_seen;
};

} // namespace panelist::testgui
