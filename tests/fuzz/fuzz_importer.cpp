// libFuzzer target: the importer of foreign Markdown/text postmortems (importMarkdown) on
// arbitrary bytes, decoded from UTF-8 the way files are. Besides crashes and sanitizer reports
// it checks one promise the importer's output must keep: saved in the native format it opens
// again, and saving that gives the same bytes (what the user imports, saves and reopens is
// what they had).
#include "core/importer.h"
#include "core/nativeformat.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024) // keep executions fast; big inputs are tested in tst_hostileinput
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Hindsight::Postmortem pm = Hindsight::importMarkdown(text);
    const QByteArray saved = Hindsight::writeNativeFormat(pm);
    const Hindsight::NativeReadResult reopened
        = Hindsight::readNativeFormat(QString::fromUtf8(saved));
    if (!reopened.ok) {
        std::fprintf(stderr, "saved import does not reopen: %s\n", qPrintable(reopened.error));
        std::abort();
    }
    if (Hindsight::writeNativeFormat(reopened.postmortem) != saved) {
        std::fprintf(stderr, "saved import changes on reopen+save\n");
        std::abort();
    }
    return 0;
}
