// What every command-line verb shares: its exit statuses (DESIGN.md "Command line", contract),
// the one-line error on standard error, and writing its result to a file or standard output.
#pragma once

#include <QByteArray>
#include <QString>

namespace Hindsight::Cli {

/// 0 success; 1 unreadable or non-postmortem input; 2 bad usage; 3 unwritable output.
enum ExitStatus { Success = 0, InputError = 1, UsageError = 2, OutputError = 3 };

/// Prints "hindsight: MESSAGE" on standard error and returns `status`.
int fail(ExitStatus status, const QString &message);

/// Writes `data` to `output` (atomically), or to standard output when `output` is empty or
/// "-". False with a one-line reason in `error`.
bool writeOutput(const QString &output, const QByteArray &data, QString *error);

} // namespace Hindsight::Cli
