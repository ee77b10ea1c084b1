#include "core/cmarkarena.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace Hindsight {

namespace {

/// Each allocation is preceded by its size, so that realloc knows how much to copy; both keep
/// the alignment malloc gives (max_align_t).
constexpr std::size_t kAlign = alignof(std::max_align_t);
constexpr std::size_t kHeader = (sizeof(std::size_t) + kAlign - 1) / kAlign * kAlign;
constexpr std::size_t kFirstBlock = 64 * 1024;
constexpr std::size_t kKept = 4 * 1024 * 1024;

struct Block
{
    char *data = nullptr;
    std::size_t size = 0;
    std::size_t used = 0;
};

struct Arena
{
    std::vector<Block> blocks;
    std::size_t current = 0; ///< the block being filled
    char *last = nullptr;    ///< the latest allocation, which realloc may grow in place
    int depth = 0;

    ~Arena()
    {
        for (const Block &b : blocks)
            std::free(b.data);
    }
};

Arena &arena()
{
    thread_local Arena a;
    return a;
}

[[noreturn]] void outOfMemory()
{
    // What cmark-gfm's own allocator does (xcalloc, xrealloc in cmark.c).
    std::fputs("[cmark] arena allocation failed, aborting\n", stderr);
    std::abort();
}

std::size_t rounded(std::size_t n)
{
    if (n > SIZE_MAX - kHeader - kAlign)
        outOfMemory();
    return (n + kAlign - 1) / kAlign * kAlign;
}

std::size_t &sizeOf(void *p)
{
    return *reinterpret_cast<std::size_t *>(static_cast<char *>(p) - kHeader);
}

void *allocate(std::size_t n)
{
    Arena &a = arena();
    const std::size_t need = kHeader + rounded(n);
    while (a.current < a.blocks.size()
           && a.blocks[a.current].size - a.blocks[a.current].used < need)
        ++a.current;
    if (a.current == a.blocks.size()) {
        const std::size_t previous = a.blocks.empty() ? kFirstBlock / 2 : a.blocks.back().size;
        Block b;
        b.size = std::max(need, 2 * previous);
        b.data = static_cast<char *>(std::malloc(b.size));
        if (!b.data)
            outOfMemory();
        a.blocks.push_back(b);
    }
    Block &b = a.blocks[a.current];
    char *p = b.data + b.used + kHeader;
    b.used += need;
    a.last = p;
    sizeOf(p) = n;
    return p;
}

void *arenaCalloc(std::size_t count, std::size_t size)
{
    if (size && count > SIZE_MAX / size)
        outOfMemory();
    void *p = allocate(count * size);
    std::memset(p, 0, count * size); // a reused block holds the last parse's bytes
    return p;
}

void *arenaRealloc(void *p, std::size_t n)
{
    if (!p)
        return allocate(n);
    Arena &a = arena();
    const std::size_t old = sizeOf(p);
    // The latest allocation grows in place while its block has room (a growing buffer).
    if (p == a.last) {
        Block &b = a.blocks[a.current];
        const std::size_t start = std::size_t(static_cast<char *>(p) - b.data);
        if (b.size - start >= rounded(n)) {
            b.used = start + rounded(n);
            sizeOf(p) = n;
            return p;
        }
    }
    void *q = allocate(n);
    std::memcpy(q, p, std::min(old, n));
    return q;
}

void arenaFree(void *)
{
    // Released with the whole arena when the outermost scope ends.
}

cmark_mem g_mem = {arenaCalloc, arenaRealloc, arenaFree};

} // namespace

CmarkArena::CmarkArena()
{
    ++arena().depth;
}

CmarkArena::~CmarkArena()
{
    Arena &a = arena();
    if (--a.depth > 0)
        return;
    std::size_t kept = 0;
    std::size_t keep = 0;
    for (; keep < a.blocks.size() && kept + a.blocks[keep].size <= kKept; ++keep)
        kept += a.blocks[keep].size;
    for (std::size_t i = keep; i < a.blocks.size(); ++i)
        std::free(a.blocks[i].data);
    a.blocks.resize(keep);
    for (Block &b : a.blocks)
        b.used = 0;
    a.current = 0;
    a.last = nullptr;
}

cmark_mem *CmarkArena::mem() const
{
    return &g_mem;
}

} // namespace Hindsight
