// Work nobody waits for, on a thread pool of its own.
#pragma once

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace Hindsight {

/// The pool for work the window does not wait for (the review checks, the word count, the
/// spelling names): one thread fewer than there are cores (at least one), owned by the
/// application (which waits for what still runs when it ends). On Qt's global pool (a thread
/// per core) a review of a long document and a word count took every core: the preview's
/// render, whose result the user waits for, queued behind them, and the GUI thread waited for
/// a core. The render stays on the global pool, a large file's read on a pool
/// of its own. (Running this pool at a lower priority was tried: the GUI thread then waited for
/// it on the spell checker's locks, and the dictionary it was loading, under load.)
QThreadPool *backgroundPool();

/// QtConcurrent::run(function) on backgroundPool().
template<typename Function>
auto runInBackground(Function &&function)
{
    return QtConcurrent::run(backgroundPool(), std::forward<Function>(function));
}

} // namespace Hindsight
