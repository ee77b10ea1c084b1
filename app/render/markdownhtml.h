// Markdown -> HTML pieces the renderers share (internal to the render library). Everything is
// rendered with cmark-gfm and sanitised by the rules of markdownToHtml() (htmlrenderer.h).
#pragma once

#include "render/htmlrenderer.h"

#include <QString>
#include <QStringList>

namespace Hindsight {

/// The HTML of each top-level block of `markdown` (paragraph, list, code block, table, …),
/// with the same rules as markdownToHtml().
QStringList markdownBlocksToHtml(const QString &markdown, const HtmlOptions &opts,
                                 int topHeadingLevel);

/// Markdown meant as one paragraph (a timeline event, an action item) without the <p> wrapper.
QString inlineMarkdownToHtml(const QString &markdown, const HtmlOptions &opts);

/// First sentence of the Markdown text as plain text, at most ~160 characters.
QString firstSentence(const QString &markdown);

} // namespace Hindsight
