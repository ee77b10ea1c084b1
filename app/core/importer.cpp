#include "importer.h"

namespace Hindsight {

Postmortem importMarkdown(const QString &text)
{
    Postmortem pm;
    pm.sections.append({QStringLiteral("Imported text"), text});
    return pm;
}

} // namespace Hindsight
