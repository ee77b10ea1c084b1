// Replays fuzzer inputs without libFuzzer, with the normal compiler: every file in the folders
// (or the files) named on the command line goes once through the target's
// LLVMFuzzerTestOneInput (fuzz_importer.cpp or fuzz_nativeformat.cpp, linked beside this file),
// which aborts when the importer or the native reader breaks one of its promises. A crash, a
// sanitizer report (HINDSIGHT_SANITIZE builds) or a hang (the test's TIMEOUT) fails the test;
// tests/fuzz/README.md says where the inputs come from.
//
//   tst_fuzzreplay_importer DIR|FILE...   prints "N inputs replayed" and exits 0; 1 if none
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else {
            files.append(arg);
        }
    }
    int replayed = 0;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray bytes = f.readAll();
        std::fprintf(stderr, "%s\n", qPrintable(path)); // the input a crash happened on
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               size_t(bytes.size()));
        ++replayed;
    }
    std::printf("%d inputs replayed\n", replayed);
    return replayed > 0 ? 0 : 1;
}
