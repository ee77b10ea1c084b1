// Work nobody waits for: a thread pool of its own, below the GUI thread's priority.
#pragma once

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace Hindsight {

/// The pool for work the window does not wait for (the review checks, the word count, the
/// spelling names): as many threads as cores, owned by the application (which waits for what
/// still runs when it ends). Its threads run below the GUI thread's priority (Linux: nice +5
/// on each of them alone; elsewhere unchanged), so that on busy cores the GUI thread is served
/// first and a review of a long document does not stretch its short steps. Work someone waits
/// for (the preview's render, a file being read) stays at normal priority elsewhere.
QThreadPool *backgroundPool();

/// Lowers the calling thread's priority as backgroundPool()'s threads are (once; it stays).
void lowerThreadPriority();

/// QtConcurrent::run(function) on backgroundPool().
template<typename Function>
auto runInBackground(Function &&function)
{
    return QtConcurrent::run(backgroundPool(),
                             [function = std::forward<Function>(function)]() mutable {
                                 lowerThreadPriority();
                                 return function();
                             });
}

} // namespace Hindsight
