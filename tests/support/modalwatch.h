#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace pressdesk::test {

// Runs work on the next modal dialog of type T once it is shown: for the dialogs a widget
// opens with exec() (a message box, a password prompt) and waits on. Header only: for the
// widget tests.
template<typename T>
void whenModalShows(QObject *context, const std::function<void(T *)> &work)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, work] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->deleteLater();
        timer->stop();
        work(dialog);
    });
    timer->start(20);
}

} // namespace pressdesk::test
