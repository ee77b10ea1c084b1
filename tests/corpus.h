// Test helper: where the real postmortems live (seeds/, corpus/, review-set/).
//
// They are other people's words, kept outside the repository in the folder the CMake cache
// variable HINDSIGHT_CORPUS_DIR names (default: ../shared beside the source tree when it
// exists). The environment variable of the same name overrides it at run time. A test that
// measures against them starts with HINDSIGHT_REQUIRE_CORPUS("seeds"), which skips the test
// with a one-line reason when the folder is absent, e.g. in a fresh clone.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QtTest/QTest>

namespace HindsightTest {

/// The corpus folder (absolute, no trailing slash), or an empty string when none is configured.
inline QString corpusDir()
{
    const QString fromEnvironment = qEnvironmentVariable("HINDSIGHT_CORPUS_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStringLiteral(HINDSIGHT_CORPUS_DIR);
}

/// `relative` inside the corpus folder, e.g. corpusPath("seeds/000_21a48f8409a941f2.txt").
inline QString corpusPath(const QString &relative)
{
    return corpusDir() + QLatin1Char('/') + relative;
}

/// True when `relative` (a folder or file) exists inside the corpus folder.
inline bool hasCorpus(const QString &relative)
{
    return !corpusDir().isEmpty() && QFileInfo::exists(corpusPath(relative));
}

} // namespace HindsightTest

/// Skips the current test function when `relative` ("seeds", "corpus", "review-set", or a file
/// inside them) is not in the corpus folder.
#define HINDSIGHT_REQUIRE_CORPUS(relative)                                                         \
    do {                                                                                           \
        if (!HindsightTest::hasCorpus(QStringLiteral(relative)))                                   \
            QSKIP("needs the real postmortems (" relative "); set HINDSIGHT_CORPUS_DIR");          \
    } while (false)
