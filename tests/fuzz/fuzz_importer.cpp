// libFuzzer target: the importer of foreign Markdown/text postmortems (importMarkdown) on
// arbitrary bytes, decoded from UTF-8 the way files are. It looks for crashes, hangs and
// sanitizer reports in the importer alone. What the importer hands on is checked by
// fuzz_nativeformat, which opens foreign text through the same importer (readPostmortemData)
// and then holds the saved result to its round trip; keeping that check out of this target
// spends its executions on the import code (tests/fuzz/README.md).
#include "core/importer.h"

#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024) // keep executions fast; big inputs are tested in tst_hostileinput
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Hindsight::importMarkdown(text);
    return 0;
}
