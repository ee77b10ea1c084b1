// Work the window does not wait for: Qt's global thread pool, below the GUI thread's priority.
#pragma once

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Hindsight {

/// Lowers the calling thread's scheduling priority once (Linux: nice +5 on this thread alone;
/// elsewhere nothing), so that when the cores are busy the GUI thread is served first and a
/// long review or render in the background does not stretch its short steps. It stays lowered:
/// raising a priority back needs privileges, and the global pool's threads only run such work.
void lowerThreadPriority();

/// QtConcurrent::run(function) on the global pool, at lowerThreadPriority().
template<typename Function>
auto runInBackground(Function &&function)
{
    return QtConcurrent::run([function = std::forward<Function>(function)]() mutable {
        lowerThreadPriority();
        return function();
    });
}

} // namespace Hindsight
