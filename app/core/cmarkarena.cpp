#include "core/cmarkarena.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace Hindsight {

namespace {

constexpr std::size_t kAlign = 16;
constexpr std::size_t kHeader = 16;             // the block's size, kept before it
constexpr std::size_t kFirstChunk = 64 * 1024;  // a corpus-sized document fits
constexpr std::size_t kKeptChunk = 1024 * 1024; // larger chunks go back after the parse

std::size_t roundUp(std::size_t n)
{
    return (n + kAlign - 1) & ~(kAlign - 1);
}

} // namespace

struct CmarkArena::Chunk
{
    Chunk *next;
    std::size_t capacity; // bytes after the Chunk itself
    std::size_t used;
    char *data() { return reinterpret_cast<char *>(this) + roundUp(sizeof(Chunk)); }
};

namespace {

thread_local CmarkArena *t_current = nullptr;
// The first chunk of the thread's last parse, kept for the next one.
struct SpareChunk
{
    void *chunk = nullptr;
    ~SpareChunk() { std::free(chunk); }
};
thread_local SpareChunk t_spare;

} // namespace

CmarkArena::CmarkArena()
{
    if (t_current)
        return;
    m_active = true;
    t_current = this;
}

CmarkArena::~CmarkArena()
{
    if (!m_active)
        return;
    t_current = nullptr;
    while (m_chunks) {
        Chunk *next = m_chunks->next;
        if (!next && m_chunks->capacity <= kKeptChunk && !t_spare.chunk)
            t_spare.chunk = m_chunks;
        else
            std::free(m_chunks);
        m_chunks = next;
    }
}

cmark_mem *CmarkArena::mem() const
{
    static cmark_mem arena{&CmarkArena::calloc, &CmarkArena::realloc, &CmarkArena::free};
    return m_active ? &arena : cmark_get_default_mem_allocator();
}

std::size_t CmarkArena::used() const
{
    return m_used;
}

void *CmarkArena::allocate(std::size_t size)
{
    if (size > std::numeric_limits<std::size_t>::max() / 2)
        return nullptr;
    const std::size_t need = kHeader + roundUp(std::max<std::size_t>(size, 1));
    if (!m_chunks || m_chunks->capacity - m_chunks->used < need) {
        Chunk *chunk = nullptr;
        const std::size_t previous = m_chunks ? m_chunks->capacity : 0;
        std::size_t capacity = std::max({need, kFirstChunk, previous * 2});
        if (!m_chunks && t_spare.chunk) {
            chunk = static_cast<Chunk *>(t_spare.chunk);
            t_spare.chunk = nullptr;
            if (chunk->capacity < need) {
                std::free(chunk);
                chunk = nullptr;
            } else {
                capacity = chunk->capacity;
            }
        }
        if (!chunk)
            chunk = static_cast<Chunk *>(std::malloc(roundUp(sizeof(Chunk)) + capacity));
        if (!chunk)
            return nullptr;
        chunk->next = m_chunks;
        chunk->capacity = capacity;
        chunk->used = 0;
        m_chunks = chunk;
    }
    char *at = m_chunks->data() + m_chunks->used;
    m_chunks->used += need;
    m_used += need;
    std::memcpy(at, &size, sizeof size);
    m_last = at + kHeader;
    return m_last;
}

void *CmarkArena::grow(void *block, std::size_t size)
{
    if (!block)
        return allocate(size);
    std::size_t old = 0;
    std::memcpy(&old, static_cast<char *>(block) - kHeader, sizeof old);
    if (size <= old)
        return block;
    // The newest block grows where it is while its chunk has room (a growing string buffer).
    if (block == m_last && size <= std::numeric_limits<std::size_t>::max() / 2) {
        const std::size_t extra = roundUp(size) - roundUp(std::max<std::size_t>(old, 1));
        if (m_chunks->capacity - m_chunks->used >= extra) {
            m_chunks->used += extra;
            m_used += extra;
            std::memcpy(static_cast<char *>(block) - kHeader, &size, sizeof size);
            return block;
        }
    }
    void *moved = allocate(size);
    if (moved)
        std::memcpy(moved, block, old);
    return moved;
}

void *CmarkArena::calloc(std::size_t count, std::size_t size)
{
    if (size && count > std::numeric_limits<std::size_t>::max() / size)
        return nullptr;
    void *block = t_current ? t_current->allocate(count * size) : nullptr;
    if (block)
        std::memset(block, 0, count * size);
    return block;
}

void *CmarkArena::realloc(void *block, std::size_t size)
{
    return t_current ? t_current->grow(block, size) : nullptr;
}

void CmarkArena::free(void *)
{
    // Given back with the whole arena.
}

} // namespace Hindsight
