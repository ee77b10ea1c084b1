#include "core/postmortemfile.h"

#include "core/importer.h"
#include "core/nativeformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace Hindsight {

namespace {

/// Context of this file's messages (lupdate reads the macro's argument).
struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::PostmortemFile)
};
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

bool hasPostmortemContent(const Postmortem &pm)
{
    return !pm.start.isNull() || !pm.end.isNull() || !pm.timeline.isEmpty()
           || !pm.impact.trimmed().isEmpty() || !pm.rootCause.trimmed().isEmpty()
           || !pm.resolution.trimmed().isEmpty() || !pm.actionItems.isEmpty()
           || pm.usersAffectedPercent.has_value();
}
} // namespace

LoadResult readPostmortemData(const QByteArray &data, const QString &name)
{
    LoadResult r;
    if (data.trimmed().isEmpty()) {
        r.error = FileText::tr("%1 is empty.").arg(name);
        return r;
    }
    if (data.contains('\0')) {
        r.error = FileText::tr("%1 is a binary file, not a text postmortem.").arg(name);
        return r;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        r.error = FileText::tr("%1 is not UTF-8 text.").arg(name);
        return r;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    if (isNativeFormat(text)) {
        NativeReadResult n = readNativeFormat(text);
        if (!n.ok) {
            r.error = QStringLiteral("%1: %2.").arg(name, n.error);
            return r;
        }
        r.ok = true;
        r.postmortem = n.postmortem;
        r.readOnly = n.newerSchema;
        r.warnings = n.warnings;
        if (n.newerSchema)
            r.warnings.prepend(
                FileText::tr("%1 was written by a newer Hindsight (schema %2); it is opened "
                             "read-only so nothing it holds is lost.")
                    .arg(name)
                    .arg(n.schemaVersion));
        return r;
    }

    ImportResult imported = importPostmortem(text);
    r.postmortem = std::move(imported.postmortem);
    r.importReport = std::move(imported.report);
    if (!hasPostmortemContent(r.postmortem)) {
        r.error = FileText::tr("%1 does not look like a postmortem: no incident times, "
                               "impact, timeline, root cause or action items were found.")
                      .arg(name);
        r.postmortem = {};
        r.importReport = {};
        return r;
    }
    r.ok = true;
    r.imported = true;
    return r;
}

LoadResult loadPostmortemFile(const QString &path)
{
    LoadResult r;
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        r.error = FileText::tr("%1 does not exist.").arg(path);
        return r;
    }
    if (info.isDir()) {
        r.error = FileText::tr("%1 is a folder, not a file.").arg(path);
        return r;
    }
    if (info.size() > kMaxFileBytes) {
        r.error = FileText::tr("%1 is too large (%2 MiB; the limit is %3 MiB).")
                      .arg(name)
                      .arg(info.size() / (1024 * 1024))
                      .arg(kMaxFileBytes / (1024 * 1024));
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = FileText::tr("Cannot read %1: %2.").arg(path, file.errorString());
        return r;
    }
    return readPostmortemData(file.readAll(), name);
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = FileText::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size()) {
        if (error)
            *error = FileText::tr("Cannot write %1: %2.").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = FileText::tr("Cannot save %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool savePostmortemFile(const Postmortem &pm, const QString &path, QString *error)
{
    return writeFileAtomically(path, writeNativeFormat(pm), error);
}

} // namespace Hindsight
