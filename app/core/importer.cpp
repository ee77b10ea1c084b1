// The importer's driver: runs the stages of app/core/import/ on one document (see draft.h).
#include "core/importer.h"

#include "core/import/draft.h"
#include "core/import/vocabulary.h"

namespace Hindsight {

ImportResult importPostmortem(const QString &text)
{
    const Import::LabelMemo labels; // each line's label is named by several stages
    Import::MarkdownImporter importer(text);
    return importer.run();
}

Postmortem importMarkdown(const QString &text)
{
    return importPostmortem(text).postmortem;
}

} // namespace Hindsight
