// CmarkArena (core/cmarkarena.h) gives cmark-gfm what its default allocator gives: the same
// tree for small and large documents (several chunks), zeroed calloc blocks, realloc that keeps
// the contents, and the default allocator for a second arena alive on the same thread.
#include "core/cmarkarena.h"

#include <QByteArray>
#include <QTest>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>

using namespace Hindsight;

namespace {

/// The XML rendering of `markdown` parsed with `mem` (GFM tables on), which names every node
/// with its source positions.
QByteArray parsedXml(const QByteArray &markdown, cmark_mem *mem)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, mem);
    if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
        cmark_parser_attach_syntax_extension(parser, table);
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    char *xml = cmark_render_xml_with_mem(doc, CMARK_OPT_SOURCEPOS, mem);
    const QByteArray out(xml);
    mem->free(xml);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return out;
}

QByteArray sampleDocument(int repeats)
{
    QByteArray md = "# Checkout outage\n\n";
    for (int i = 0; i < repeats; ++i) {
        md += "## Timeline " + QByteArray::number(i) + "\n\n";
        md += "- **09:1" + QByteArray::number(i % 10)
              + "** the queue *backs up*; `worker` stalls\n";
        md += "  - nested note with a [link](#x)\n\n";
        md += "| time | event |\n|---|---|\n| 10:0" + QByteArray::number(i % 10)
              + " | rollback started |\n\n";
        md += "```\nERROR pool exhausted\n```\n\n> quoted status update\n\n";
    }
    return md;
}

} // namespace

class TestCmarkArena : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTreeAsDefaultAllocator_data()
    {
        QTest::addColumn<int>("repeats");
        QTest::newRow("one section") << 1;
        QTest::newRow("a corpus-sized document") << 12;
        QTest::newRow("several chunks") << 4000; // about 1 MB of Markdown
    }
    void sameTreeAsDefaultAllocator()
    {
        QFETCH(int, repeats);
        const QByteArray md = sampleDocument(repeats);
        const QByteArray expected = parsedXml(md, cmark_get_default_mem_allocator());
        QVERIFY(expected.contains("<table"));
        QVERIFY(expected.contains("<code_block"));
        CmarkArena arena;
        QCOMPARE(parsedXml(md, arena.mem()), expected);
        QVERIFY(arena.used() > 0);
        if (repeats > 1000)
            QVERIFY(arena.used() > 64 * 1024);
    }

    void reusedForTheNextParse()
    {
        const QByteArray md = sampleDocument(3);
        const QByteArray expected = parsedXml(md, cmark_get_default_mem_allocator());
        for (int i = 0; i < 5; ++i) {
            CmarkArena arena;
            QCOMPARE(parsedXml(md, arena.mem()), expected);
        }
    }

    void callocZeroesAndReallocKeeps()
    {
        CmarkArena arena;
        cmark_mem *mem = arena.mem();
        QVERIFY(mem != cmark_get_default_mem_allocator());
        auto *a = static_cast<unsigned char *>(mem->calloc(100, 3));
        QVERIFY(a);
        for (int i = 0; i < 300; ++i)
            QCOMPARE(a[i], 0);
        std::memset(a, 0x5a, 300);
        // The newest block grows where it is; an older one moves with its contents.
        auto *grown = static_cast<unsigned char *>(mem->realloc(a, 5000));
        QVERIFY(grown);
        auto *other = static_cast<unsigned char *>(mem->calloc(1, 16));
        QVERIFY(other);
        auto *moved = static_cast<unsigned char *>(mem->realloc(grown, 200000));
        QVERIFY(moved);
        QVERIFY(moved != grown);
        for (int i = 0; i < 300; ++i)
            QCOMPARE(moved[i], 0x5a);
        auto *fresh = static_cast<unsigned char *>(mem->realloc(nullptr, 8));
        QVERIFY(fresh);
        mem->free(fresh);
        // A request no size can hold is refused, as calloc refuses it.
        QCOMPARE(mem->calloc(size_t(-1) / 2, 4), nullptr);
    }

    void secondArenaOnTheThreadUsesTheDefault()
    {
        CmarkArena outer;
        CmarkArena inner;
        QVERIFY(outer.mem() != cmark_get_default_mem_allocator());
        QCOMPARE(inner.mem(), cmark_get_default_mem_allocator());
        const QByteArray md = sampleDocument(2);
        QCOMPARE(parsedXml(md, inner.mem()), parsedXml(md, cmark_get_default_mem_allocator()));
        QCOMPARE(inner.used(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestCmarkArena)
#include "tst_cmarkarena.moc"
