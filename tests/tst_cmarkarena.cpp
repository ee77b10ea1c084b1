// CmarkArena (core/cmarkarena.h): cmark-gfm parses whose memory comes from the arena read
// exactly as parses with cmark's own allocator, however big the document, however often the
// blocks are reused, and while nested scopes end.
#include "core/cmarkarena.h"

#include <QByteArray>
#include <QTest>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>

using namespace Hindsight;

namespace {

/// `markdown` parsed (with the table extension, as the importer parses) and rendered to HTML,
/// with `mem` as the allocator; the default one when null.
QByteArray renderedWith(const QByteArray &markdown, cmark_mem *mem)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_mem *used = mem ? mem : cmark_get_default_mem_allocator();
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, used);
    cmark_syntax_extension *table = cmark_find_syntax_extension("table");
    if (table)
        cmark_parser_attach_syntax_extension(parser, table);
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    char *html = cmark_render_html_with_mem(doc, CMARK_OPT_DEFAULT,
                                            cmark_parser_get_syntax_extensions(parser), used);
    const QByteArray out(html);
    used->free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return out;
}

QByteArray documentOfEveryKind()
{
    return QByteArrayLiteral(
        "# Queue outage\n\nThe **ingest** queue stalled.\n\n## Timeline\n\n"
        "- 09:10 Alert on queue depth\n- 09:20 Workers restarted\n  - nested note\n\n"
        "| Time | Event |\n|---|---|\n| 09:30 | Drained |\n\n```\nlog line\n```\n\n"
        "> A quote\n\n1. First\n2. Second\n\n<div>raw html</div>\n");
}

} // namespace

class TestCmarkArena : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAsCmarksOwnAllocator();
    void growsPastItsBlocks();
    void reusedBlocksStartClean();
    void nestedScopesKeepTheOuterParse();
};

void TestCmarkArena::readsAsCmarksOwnAllocator()
{
    const QByteArray md = documentOfEveryKind();
    const CmarkArena arena;
    QCOMPARE(renderedWith(md, arena.mem()), renderedWith(md, nullptr));
}

void TestCmarkArena::growsPastItsBlocks()
{
    // A line of 300,000 characters grows one buffer far past the first 64 KiB block, and
    // 20,000 list items make as many nodes: both through realloc and new blocks.
    QByteArray md = "# Big\n\n" + QByteArray(300000, 'x') + "\n\n";
    for (int i = 0; i < 20000; ++i)
        md += "- item " + QByteArray::number(i) + "\n";
    const QByteArray expected = renderedWith(md, nullptr);
    QVERIFY(expected.size() > 300000);
    for (int round = 0; round < 2; ++round) {
        const CmarkArena arena;
        QCOMPARE(renderedWith(md, arena.mem()), expected);
    }
}

void TestCmarkArena::reusedBlocksStartClean()
{
    // calloc must give zeros from a block the previous parse filled.
    const QByteArray first = QByteArray(5000, 'y') + "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    const QByteArray second = documentOfEveryKind();
    {
        const CmarkArena arena;
        QCOMPARE(renderedWith(first, arena.mem()), renderedWith(first, nullptr));
    }
    const CmarkArena arena;
    QCOMPARE(renderedWith(second, arena.mem()), renderedWith(second, nullptr));
}

void TestCmarkArena::nestedScopesKeepTheOuterParse()
{
    const QByteArray md = documentOfEveryKind();
    const CmarkArena outer;
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, outer.mem());
    cmark_parser_feed(parser, md.constData(), size_t(md.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    {
        // An inner scope ends: the outer parse's memory must stay as it was.
        const CmarkArena inner;
        QCOMPARE(renderedWith("*other* text\n", inner.mem()),
                 renderedWith("*other* text\n", nullptr));
    }
    char *html = cmark_render_html_with_mem(doc, CMARK_OPT_DEFAULT, nullptr, outer.mem());
    const QByteArray viaArena(html);
    outer.mem()->free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    // Without the table extension, as this parse was made.
    cmark_node *plain = cmark_parse_document(md.constData(), size_t(md.size()), CMARK_OPT_DEFAULT);
    char *expected = cmark_render_html(plain, CMARK_OPT_DEFAULT, nullptr);
    QCOMPARE(viaArena, QByteArray(expected));
    std::free(expected);
    cmark_node_free(plain);
}

QTEST_GUILESS_MAIN(TestCmarkArena)

#include "tst_cmarkarena.moc"
