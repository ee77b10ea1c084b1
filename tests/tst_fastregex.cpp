// FastRegex (core/fastregex.h) gives QRegularExpression's answers: matches, groups (numbered
// and named), offsets, anchoring, invalid UTF-16, global matching with empty matches and
// surrogate pairs, and the replace, remove and split built on it.
#include "core/fastregex.h"

#include <QRegularExpression>
#include <QTest>

using namespace Hindsight;

namespace {

struct Case
{
    const char16_t *pattern;
    QRegularExpression::PatternOptions options;
};

// Patterns of the kinds the importer uses: lookbehinds, named groups, alternatives with
// groups that do not take part, Unicode classes, case-insensitive words, empty matches.
const Case kCases[] = {
    {u"(?<h>\\d{1,2}):(?<m>[0-5]\\d)(?::(?<s>\\d\\d))?", {}},
    {u"(?<![\\d.])(\\d+)|(?<word>[a-z]+)", QRegularExpression::CaseInsensitiveOption},
    {u"\\b(roll(ed|ing)? ?back|restart\\w*)\\b", QRegularExpression::CaseInsensitiveOption},
    {u"^\\W*(update|resolved)\\s*[-–—:]\\s", QRegularExpression::CaseInsensitiveOption},
    {u"\\p{Lu}\\p{Ll}+", {}},
    {u"x*", {}},
    {u"\\b", {}},
    {u"(?=a)|b", {}},
    {u"[*_]", {}},
    {u"(a)|(b)|(c)", {}},
    {u"^$", QRegularExpression::MultilineOption},
};

const QString kSubjects[] = {
    QString(),
    QStringLiteral(""),
    QStringLiteral("At 10:05 we rolled back; at 10:42:07 Restarting helped."),
    QStringLiteral("Update - the Straße is back, 12.5 and 7 apples"),
    QStringLiteral("  **bold** and _emphasis_ with 3 x's: xxx"),
    QStringLiteral("émoji 😀 between ab and ba, 😀x😀"),
    QStringLiteral("line one\nline two\r\n\r\nAbc Über"),
    QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" surrogate 10:00"),
    // A lone surrogate in each place of the four-unit words the surrogate test reads, and in
    // the units after the last whole word.
    QChar(0xDC00) + QStringLiteral("abc 10:00"),
    QStringLiteral("ab") + QChar(0xDBFF) + QStringLiteral("c 10:00 x"),
    QStringLiteral("abc 10:00 ") + QChar(0xDFFF),
    QStringLiteral("abc 10:0") + QChar(0xD83D),
    QStringLiteral("cab abc bca"),
};

QList<qsizetype> offsetsOf(const QRegularExpressionMatch &m)
{
    QList<qsizetype> out;
    for (int i = 0; i <= m.lastCapturedIndex(); ++i)
        out << m.capturedStart(i) << m.capturedEnd(i);
    return out;
}

QList<qsizetype> offsetsOf(const FastMatch &m)
{
    QList<qsizetype> out;
    for (int i = 0; i <= m.lastCapturedIndex(); ++i)
        out << m.capturedStart(i) << m.capturedEnd(i);
    return out;
}

} // namespace

class TestFastRegex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesLikeQRegularExpression();
    void globalMatchLikeQRegularExpression();
    void replaceRemoveSplitLikeQString();
    void namedGroups();
    void invalidPatternNeverMatches();
};

void TestFastRegex::matchesLikeQRegularExpression()
{
    const QRegularExpression::MatchOptions optionSets[] = {
        QRegularExpression::NoMatchOption,
        QRegularExpression::AnchorAtOffsetMatchOption,
    };
    int compared = 0;
    for (const Case &c : kCases) {
        const QString pattern = QString::fromUtf16(c.pattern);
        const QRegularExpression qt(pattern, c.options);
        const FastRegex fast(pattern, c.options);
        QVERIFY2(fast.isValid(), qPrintable(pattern));
        for (const QString &subject : kSubjects) {
            for (qsizetype offset = -3; offset <= subject.size() + 1; ++offset) {
                for (const auto options : optionSets) {
                    const QRegularExpressionMatch q
                        = qt.match(subject, offset, QRegularExpression::NormalMatch, options);
                    const FastMatch f = fast.match(subject, offset, options);
                    const QByteArray where = QStringLiteral("%1 on '%2' at %3")
                                                 .arg(pattern, subject)
                                                 .arg(offset)
                                                 .toUtf8();
                    QCOMPARE(f.hasMatch(), q.hasMatch());
                    QCOMPARE(fast.matches(subject, offset, options), q.hasMatch());
                    QVERIFY2(offsetsOf(f) == offsetsOf(q), where.constData());
                    QCOMPARE(f.lastCapturedIndex(), q.lastCapturedIndex());
                    for (int i = 0; i <= qt.captureCount() + 1; ++i) {
                        QCOMPARE(f.captured(i), q.captured(i));
                        QCOMPARE(f.captured(i).isNull(), q.captured(i).isNull());
                        QCOMPARE(f.hasCaptured(i), q.hasCaptured(i));
                    }
                    ++compared;
                }
            }
        }
    }
    QVERIFY(compared > 1000);
}

void TestFastRegex::globalMatchLikeQRegularExpression()
{
    for (const Case &c : kCases) {
        const QString pattern = QString::fromUtf16(c.pattern);
        const QRegularExpression qt(pattern, c.options);
        const FastRegex fast(pattern, c.options);
        for (const QString &subject : kSubjects) {
            QList<QList<qsizetype>> expected, actual;
            for (auto it = qt.globalMatch(subject); it.hasNext();)
                expected << offsetsOf(it.next());
            for (auto it = fast.globalMatch(subject); it.hasNext();)
                actual << offsetsOf(it.next());
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("%1 on '%2'").arg(pattern, subject)));
        }
    }
}

void TestFastRegex::replaceRemoveSplitLikeQString()
{
    for (const Case &c : kCases) {
        const QString pattern = QString::fromUtf16(c.pattern);
        const QRegularExpression qt(pattern, c.options);
        const FastRegex fast(pattern, c.options);
        for (const QString &subject : kSubjects) {
            QString q = subject, f = subject;
            q.replace(qt, QStringLiteral("<>"));
            fast.replaceIn(f, u"<>");
            QCOMPARE(f, q);
            QCOMPARE(f.isNull(), q.isNull());
            q = subject;
            f = subject;
            q.remove(qt);
            fast.removeIn(f);
            QCOMPARE(f, q);
            QCOMPARE(f.isNull(), q.isNull());
            for (const auto behavior : {Qt::KeepEmptyParts, Qt::SkipEmptyParts})
                QCOMPARE(fast.split(subject, behavior), subject.split(qt, behavior));
        }
    }
}

void TestFastRegex::namedGroups()
{
    const FastRegex re(QStringLiteral("(?<h>\\d{1,2}):(?<m>\\d\\d)(?<pm> ?pm)?"));
    const QString text = QStringLiteral("at 9:45 sharp");
    const FastMatch m = re.match(text);
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(u"h"), QStringLiteral("9"));
    QCOMPARE(m.capturedStart(u"m"), 5);
    QVERIFY(!m.hasCaptured(u"pm"));
    QVERIFY(m.captured(u"pm").isNull());
    QVERIFY(!m.hasCaptured(u"nosuchgroup"));
    QCOMPARE(m.capturedStart(u"nosuchgroup"), -1);
}

void TestFastRegex::invalidPatternNeverMatches()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("FastRegex: invalid.*")));
    const FastRegex re(QStringLiteral("(unclosed"));
    QVERIFY(!re.isValid());
    QVERIFY(!re.matches(u"(unclosed"));
    QVERIFY(!re.match(QStringView(u"x")).hasMatch());
    QVERIFY(!re.globalMatch(QStringView(u"x")).hasNext());
}

QTEST_GUILESS_MAIN(TestFastRegex)
#include "tst_fastregex.moc"
