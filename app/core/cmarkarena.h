#pragma once

#include <cstddef>

struct cmark_mem;

namespace Hindsight {

/// The memory of one cmark-gfm parse, handed out from a few large chunks and given back all at
/// once when the arena goes: freeing a node costs nothing, and the chunk is kept for the
/// thread's next parse. A document of a few kilobytes takes some 200 blocks from cmark-gfm; under
/// AddressSanitizer each was an allocation of its own, about a twentieth of what the importer's
/// fuzz target spent (tests/fuzz/README.md, stop 39).
///
/// cmark-gfm's own arena (`cmark_get_arena_mem_allocator`) is one per process and hands its
/// 4 MB slab back to the system on every reset, so every parse faulted the slab's pages in
/// again; this one keeps its first chunk (up to 1 MiB) for the next parse on the same thread.
///
/// Use: `CmarkArena arena; cmark_parser_new_with_mem(options, arena.mem());` and free the tree,
/// iterators and parser before the arena goes out of scope. cmark_mem's callbacks carry no
/// context, so an arena is per thread: while one is alive on a thread, a second one there hands
/// out the default allocator instead (`mem()`), which keeps nested parses correct.
/// Out of memory: the arena's calloc and realloc return nullptr, as the system's do (cmark-gfm
/// then aborts, as it does with its default allocator).
class CmarkArena
{
public:
    CmarkArena();
    ~CmarkArena();
    CmarkArena(const CmarkArena &) = delete;
    CmarkArena &operator=(const CmarkArena &) = delete;

    /// The allocator to pass to cmark_parser_new_with_mem; valid while the arena lives.
    cmark_mem *mem() const;

    /// Bytes handed out so far (blocks and their headers), for tests.
    std::size_t used() const;

private:
    struct Chunk;
    static void *calloc(std::size_t count, std::size_t size);
    static void *realloc(void *block, std::size_t size);
    static void free(void *block);
    void *allocate(std::size_t size);
    void *grow(void *block, std::size_t size);

    Chunk *m_chunks = nullptr; // newest first
    void *m_last = nullptr;    // the newest block, which can grow in place
    std::size_t m_used = 0;
    bool m_active = false; // false: another arena was alive on this thread
};

} // namespace Hindsight
