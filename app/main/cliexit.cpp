#include "main/cliexit.h"

#include "core/postmortemfile.h"

#include <QCoreApplication>

#include <cstdio>

namespace Hindsight::Cli {

int fail(ExitStatus status, const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("hindsight: %1\n").arg(message)), stderr);
    return status;
}

bool writeOutput(const QString &output, const QByteArray &data, QString *error)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        if (written != size_t(data.size())) {
            *error = QCoreApplication::translate("Hindsight::CommandLine",
                                                 "cannot write to standard output");
            return false;
        }
        return true;
    }
    return writeFileAtomically(output, data, error);
}

} // namespace Hindsight::Cli
