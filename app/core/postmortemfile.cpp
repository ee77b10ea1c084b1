#include "core/postmortemfile.h"

#include "core/importer.h"
#include "core/nativeformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>

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

/// The encoding uchardet guesses for `data` (upper case, as it names them), or "".
QByteArray detectEncoding(const QByteArray &data)
{
    QByteArray name;
    uchardet_t detector = uchardet_new();
    if (!detector)
        return name;
    if (uchardet_handle_data(detector, data.constData(), size_t(data.size())) == 0) {
        uchardet_data_end(detector);
        name = QByteArray(uchardet_get_charset(detector)).toUpper();
    }
    uchardet_delete(detector);
    return name;
}

/// `data`, which is not valid UTF-8, decoded in the encoding uchardet detects; `*encoding`
/// gets its name. Without a usable guess (none, ASCII or UTF-8 for bytes that are not, or one
/// Qt cannot decode) the bytes are read as Windows-1252, whose letters are Latin-1's, and
/// as ISO-8859-1 when even that is missing: every byte is a character there.
QString decodeLegacyText(const QByteArray &data, QString *encoding)
{
    QByteArray name = detectEncoding(data);
    if (name.isEmpty() || name == "ASCII" || name.startsWith("UTF-8"))
        name = "WINDOWS-1252";
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid()) {
        name = "WINDOWS-1252";
        decoder = QStringDecoder(name.constData());
    }
    if (decoder.isValid()) {
        const QString text = decoder.decode(data);
        if (!decoder.hasError()) {
            *encoding = QString::fromLatin1(name);
            return text;
        }
    }
    *encoding = QStringLiteral("ISO-8859-1");
    return QString::fromLatin1(data);
}
} // namespace

LoadResult readPostmortemData(const QByteArray &data, const QString &name,
                              const ParseProgress &progress)
{
    // Reading the bytes was the first tenth of the work (loadPostmortemFile), decoding is the
    // next; the native reader or the importer does the rest.
    const auto report = [&progress](double done) {
        if (progress)
            progress(done);
    };
    LoadResult r;
    QString text;
    // UTF-16 and UTF-32 (Windows' "Unicode" text) announce themselves with a byte-order mark;
    // their NUL bytes are not binary data.
    const std::optional<QStringConverter::Encoding> marked
        = QStringConverter::encodingForData(data);
    if (marked && *marked != QStringConverter::Utf8) {
        QStringDecoder decoder(*marked);
        text = decoder.decode(data);
        r.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*marked));
        if (decoder.hasError()) {
            r.error = FileText::tr("%1 is not valid %2 text.").arg(name, r.encoding);
            return r;
        }
    } else {
        if (data.contains('\0')) {
            r.error = FileText::tr("%1 is a binary file, not a text postmortem.").arg(name);
            return r;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder.decode(data);
        if (decoder.hasError())
            text = decodeLegacyText(data, &r.encoding);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        r.error = FileText::tr("%1 is empty.").arg(name);
        r.emptyFile = true;
        return r;
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QString encodingNote
        = r.encoding.isEmpty() ? QString()
                               : FileText::tr("Read as %1 text: the file is not UTF-8. Saving "
                                              "writes UTF-8.")
                                     .arg(r.encoding);

    report(0.2);
    if (isNativeFormat(text)) {
        NativeReadResult n = readNativeFormat(
            text, progress ? ParseProgress([&report](double done) { report(0.2 + 0.8 * done); })
                           : ParseProgress());
        if (!n.ok) {
            r.error = QStringLiteral("%1: %2.").arg(name, n.error);
            return r;
        }
        r.ok = true;
        r.postmortem = n.postmortem;
        r.readOnly = n.newerSchema;
        r.warnings = n.warnings;
        if (!encodingNote.isEmpty())
            r.warnings.append(encodingNote);
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
    // Evidence, not length: text placed in a postmortem field, or the headings of a postmortem
    // template (three or more of its parts named, as in an empty template).
    if (!hasPostmortemContent(r.postmortem) && r.importReport.partsNamed < 3) {
        r.error = FileText::tr("%1 does not look like a postmortem: no incident times, "
                               "impact, timeline, root cause or action items were found.")
                      .arg(name);
        r.postmortem = {};
        r.importReport = {};
        return r;
    }
    if (!encodingNote.isEmpty())
        r.importReport.guessed.prepend(encodingNote);
    r.ok = true;
    r.imported = true;
    return r;
}

LoadResult loadPostmortemFile(const QString &path, const ParseProgress &progress)
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
    if (!progress)
        return readPostmortemData(file.readAll(), name);
    // In pieces, to say how far it got (a file on a slow disk or a network share).
    QByteArray data;
    data.reserve(qsizetype(info.size()));
    constexpr qint64 kPiece = 1024 * 1024;
    while (!file.atEnd()) {
        const QByteArray piece = file.read(kPiece);
        if (piece.isEmpty())
            break;
        data.append(piece);
        progress(0.1 * double(data.size()) / double(std::max<qint64>(info.size(), 1)));
    }
    return readPostmortemData(data, name, progress);
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
