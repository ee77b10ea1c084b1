#include "core/recovery.h"

#include "core/nativeformat.h"
#include "core/postmortemfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace Hindsight {

namespace {

/// Context of this file's messages (lupdate reads the macro's argument).
struct RecoveryText
{
    Q_DECLARE_TR_FUNCTIONS(Hindsight::Recovery)
};

QString copyPathFor(qint64 pid)
{
    return QDir(recoveryFolder()).filePath(QStringLiteral("recovery-%1.md").arg(pid));
}

QString notePathFor(const QString &copyPath)
{
    QString note = copyPath;
    note.chop(3); // ".md"
    return note + QStringLiteral(".json");
}

/// True when a process with this id exists and is a Hindsight (Linux /proc); elsewhere, or
/// when unknown, assume it has ended so a copy is never hidden for good.
bool processIsRunning(qint64 pid)
{
    if (pid == QCoreApplication::applicationPid())
        return true;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    const QByteArray exe = cmdline.readAll().split('\0').value(0);
    return QFileInfo(QString::fromLocal8Bit(exe)).fileName()
           == QFileInfo(QCoreApplication::applicationFilePath()).fileName();
}

} // namespace

QString recoveryFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

bool writeRecoveryCopy(const Postmortem &pm, const QString &originalPath,
                       const QString &suggestedPath, QString *error)
{
    if (!QDir().mkpath(recoveryFolder())) {
        *error = RecoveryText::tr("cannot create %1").arg(recoveryFolder());
        return false;
    }
    const qint64 pid = QCoreApplication::applicationPid();
    const QString copyPath = copyPathFor(pid);
    const QJsonObject note{
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("suggestedPath"), suggestedPath},
        {QStringLiteral("title"), pm.title},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("processId"), pid},
    };
    // Copy first, note second: a note always describes a complete copy.
    return writeFileAtomically(copyPath, writeNativeFormat(pm), error)
           && writeFileAtomically(notePathFor(copyPath), QJsonDocument(note).toJson(), error);
}

void removeRecoveryCopy()
{
    const QString copyPath = copyPathFor(QCoreApplication::applicationPid());
    QFile::remove(notePathFor(copyPath));
    QFile::remove(copyPath);
}

QList<RecoveryCopy> findOrphanedRecoveryCopies()
{
    QList<RecoveryCopy> out;
    const QDir dir(recoveryFolder());
    for (const QString &name :
         dir.entryList({QStringLiteral("recovery-*.json")}, QDir::Files, QDir::Name)) {
        QFile noteFile(dir.filePath(name));
        if (!noteFile.open(QIODevice::ReadOnly) || noteFile.size() > 64 * 1024)
            continue;
        const QJsonObject note = QJsonDocument::fromJson(noteFile.readAll()).object();
        RecoveryCopy c;
        c.copyPath = dir.filePath(name.chopped(5) + QStringLiteral(".md"));
        c.originalPath = note.value(QStringLiteral("originalPath")).toString();
        c.suggestedPath = note.value(QStringLiteral("suggestedPath")).toString();
        c.title = note.value(QStringLiteral("title")).toString();
        c.savedAt = QDateTime::fromString(note.value(QStringLiteral("savedAt")).toString(),
                                          Qt::ISODateWithMs);
        c.processId = note.value(QStringLiteral("processId")).toInteger();
        if (!QFileInfo::exists(c.copyPath) || !c.savedAt.isValid() || processIsRunning(c.processId))
            continue;
        out.append(c);
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryCopy &a, const RecoveryCopy &b) { return a.savedAt > b.savedAt; });
    return out;
}

void discardRecoveryCopy(const RecoveryCopy &copy)
{
    QFile::remove(notePathFor(copy.copyPath));
    QFile::remove(copy.copyPath);
}

} // namespace Hindsight
