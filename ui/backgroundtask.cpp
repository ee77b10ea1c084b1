#include "ui/backgroundtask.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace Hindsight {

QThreadPool *backgroundPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        // A core left for the GUI thread and the preview's render: with one thread per core,
        // a long review and a word count took both, and the GUI thread's steps waited for a
        // core (the 60,000-line file: 130 ms stalls for 60 ms of work) and more ran at once
        // (peak RSS 294 MiB, 260 with one thread).
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return p;
    }();
    return pool;
}

} // namespace Hindsight
