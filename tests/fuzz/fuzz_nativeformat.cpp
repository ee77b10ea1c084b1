// libFuzzer target: opening a file's bytes as Hindsight does (readPostmortemData: UTF-8 and
// binary checks, native front matter via yaml-cpp, or the importer for foreign text). A file
// that opens and is saved must open again, and saving that must give the same bytes.
#include "core/nativeformat.h"
#include "core/postmortemfile.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Hindsight::LoadResult loaded
        = Hindsight::readPostmortemData(bytes, QStringLiteral("fuzz"));
    if (!loaded.ok)
        return 0;
    const QByteArray saved = Hindsight::writeNativeFormat(loaded.postmortem);
    const Hindsight::NativeReadResult reopened
        = Hindsight::readNativeFormat(QString::fromUtf8(saved));
    if (!reopened.ok) {
        std::fprintf(stderr, "saved file does not reopen: %s\n", qPrintable(reopened.error));
        std::abort();
    }
    if (Hindsight::writeNativeFormat(reopened.postmortem) != saved) {
        std::fprintf(stderr, "saved file changes on reopen+save\n");
        std::abort();
    }
    return 0;
}
