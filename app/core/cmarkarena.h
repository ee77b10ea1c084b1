// Memory for cmark-gfm parses from blocks this thread keeps between them.
#pragma once

struct cmark_mem;

namespace Hindsight {

/// The scope of cmark-gfm parses whose memory comes from this thread's arena: blocks of
/// 64 KiB or more, handed out in order and never freed one by one (cmark's free is a no-op
/// here), all reused once the outermost scope ends. A parse allocates a few hundred small
/// buffers and nodes; from the arena they cost a pointer bump, not a malloc and a free each
/// (a tenth of an import under AddressSanitizer, tests/fuzz/README.md).
///
/// Declare it before the parser, the document and any iterator it hands to cmark_*_with_mem
/// (or cmark_parser_new_with_mem), so that it ends after them. Scopes nest; only the
/// outermost releases. Blocks beyond 4 MiB in all are returned to the system at its end, so a
/// huge document does not keep its memory. Like cmark's own allocator it aborts when the
/// system has no memory left. Not shared between threads.
class CmarkArena
{
public:
    CmarkArena();
    ~CmarkArena();
    CmarkArena(const CmarkArena &) = delete;
    CmarkArena &operator=(const CmarkArena &) = delete;

    /// The allocator to give cmark-gfm (calloc, realloc, free), valid while this scope lasts.
    cmark_mem *mem() const;
};

} // namespace Hindsight
