// Reading and writing postmortem files: native Markdown, or any other text through the importer.
#pragma once

#include "core/importer.h"
#include "core/markdownblocks.h"
#include "core/postmortem.h"

#include <QString>
#include <QStringList>

namespace Hindsight {

struct LoadResult
{
    bool ok = false;
    Postmortem postmortem;
    QString error;         ///< one-line, user-readable reason when !ok
    bool imported = false; ///< read by the importer (foreign file): saving must not overwrite it
    ImportReport importReport; ///< how the importer read it (empty unless `imported`)
    bool readOnly = false;     ///< written by a newer Hindsight (schema version above ours)
    QStringList warnings;
    /// The file is empty or only white space (then !ok): the editor starts a new postmortem
    /// that saves to it; the command line refuses it.
    bool emptyFile = false;
    /// The encoding the text was read in when it was not UTF-8 ("ISO-8859-1", "UTF-16LE"…),
    /// as guessed by uchardet (or told by a byte-order mark); empty for UTF-8.
    QString encoding;
};

/// Reads the file at `path`. Never modifies the file. Text that is not UTF-8 is decoded in the
/// encoding uchardet detects (UTF-16 and UTF-32 by their byte-order mark), and the import
/// report (or, for a native file, the warnings) says which was assumed. Fails with a clear
/// message for: a missing or unreadable file, a directory, an empty file (`emptyFile`), binary
/// data (NUL bytes), malformed native front matter, and text in which the importer finds
/// nothing of a postmortem (no incident times, timeline, impact, root cause, resolution or
/// action items). Files above 64 MiB are refused.
/// `progress`, when given, hears how much of the work is done (0 to 1) now and then, on the
/// reading thread: the bytes read, then cmark's way through a native file's body and the
/// rows of its tables; the importer (a foreign file) reports nothing until it is done.
LoadResult loadPostmortemFile(const QString &path, const ParseProgress &progress = {});

/// Decodes and reads in-memory file content as loadPostmortemFile does (`name` is used in
/// messages only; `progress` as there).
LoadResult readPostmortemData(const QByteArray &data, const QString &name,
                              const ParseProgress &progress = {});

/// Writes `pm` in the native format atomically (QSaveFile): on any failure the previous file
/// is left intact and `*error` gets a one-line reason.
bool savePostmortemFile(const Postmortem &pm, const QString &path, QString *error);

/// Writes `data` to `path` atomically; on failure the old file stays and *error is set.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace Hindsight
