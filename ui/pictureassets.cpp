#include "ui/pictureassets.h"

#include "core/document.h"
#include "core/postmortemfile.h"
#include "render/markdownexport.h"
#include "ui/documentmanager.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMessageBox>
#include <QRegularExpression>
#include <QUrl>

namespace Hindsight {

PictureAssets::PictureAssets(Document *document, DocumentManager *files, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_files(files)
    , m_dialogParent(dialogParent)
{}

QString PictureAssets::freeName(const QString &folder, const QString &nameHint)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString stem = nameHint;
    stem.replace(unsafe, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('.')) || stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    if (stem.isEmpty())
        stem = QStringLiteral("picture");
    const QDir dir(folder);
    const bool numbered = stem == QLatin1String("pasted");
    for (int n = 1;; ++n) {
        QString name;
        if (numbered)
            name = QStringLiteral("%1-%2.png").arg(stem).arg(n);
        else
            name = n == 1 ? stem + QStringLiteral(".png")
                          : QStringLiteral("%1-%2.png").arg(stem).arg(n);
        if (!QFileInfo::exists(dir.filePath(name)))
            return name;
    }
}

QString PictureAssets::store(const QImage &image, const QString &nameHint)
{
    if (image.isNull() || m_document->isReadOnly())
        return QString();
    if (m_document->filePath().isEmpty()) {
        const auto answer = QMessageBox::question(
            m_dialogParent, tr("Save the postmortem first?"),
            tr("Pictures are kept in a folder beside the postmortem's file (NAME.assets), so "
               "the postmortem needs a file before a picture can be added. Save it now?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !m_files->save() || m_document->filePath().isEmpty())
            return QString();
    }
    const QString folder = markdownAssetsDirectory(m_document->filePath());
    const QString folderName = QFileInfo(folder).fileName();
    QString error;
    if (!QDir().mkpath(folder)) {
        error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
    } else {
        const QString name = freeName(folder, nameHint);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image)) {
            error = tr("Cannot convert the picture to PNG: %1.").arg(writer.errorString());
        } else if (writeFileAtomically(QDir(folder).filePath(name), png, &error)) {
            const QString relative = folderName + QLatin1Char('/') + name;
            Q_EMIT statusMessage(tr("Saved the picture as %1").arg(relative), 4000);
            // Percent-encoded like the Markdown export's links (spaces in the folder's name).
            return QString::fromLatin1(QUrl::toPercentEncoding(relative, "/"));
        }
    }
    QMessageBox box(QMessageBox::Warning, tr("Cannot add the picture"), error, QMessageBox::Ok,
                    m_dialogParent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return QString();
}

} // namespace Hindsight
