#include "core/eventfootnotes.h"

#include "core/fastregex.h"
#include "core/importlines.h"
#include "core/markdownblocks.h"

namespace Hindsight::EventFootnotes {

namespace {

/// "[^label]" at the end of a text, not escaped; label without spaces or brackets.
const FastRegex &trailingReference()
{
    static const FastRegex re(QStringLiteral(R"((?<!\\)\[\^([^\]\s]+)\]\z)"));
    return re;
}

/// `line` without four columns of indentation (a tab counts as up to four).
QString unindented(const QString &line)
{
    int width = 0;
    qsizetype i = 0;
    while (i < line.size() && width < 4) {
        if (line[i] == QLatin1Char(' '))
            ++width;
        else if (line[i] == QLatin1Char('\t'))
            width += 4 - width % 4;
        else
            break;
        ++i;
    }
    return line.mid(i);
}

} // namespace

QString normalised(const QString &detail)
{
    QString text = detail;
    text.replace(QChar(u'\0'), QChar(0xFFFD));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return trimBlankLines(text);
}

QString guardedText(const QString &text)
{
    const FastMatch m = trailingReference().match(text);
    if (!m.hasMatch())
        return text;
    return text.left(m.capturedStart()) + QLatin1Char('\\') + text.mid(m.capturedStart());
}

QString reference(int n)
{
    return QStringLiteral("[^t%1]").arg(n);
}

QString definition(int n, const QString &detail)
{
    QString out = QStringLiteral("\n[^t%1]:\n").arg(n);
    const QStringList lines = normalised(detail).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out += line.isEmpty() ? QStringLiteral("\n")
                              : QLatin1String("    ") + line + QLatin1Char('\n');
    return out;
}

QHash<QString, Definition> findDefinitions(const QStringList &lines)
{
    static const FastRegex opening(QStringLiteral(R"(^ {0,3}\[\^([^\]\s]+)\]:(?:[ \t]+(.*))?$)"));
    QHash<QString, Definition> found;
    for (int i = 0; i < lines.size(); ++i) {
        const FastMatch m = opening.match(lines[i]);
        if (!m.hasMatch())
            continue;
        Definition d;
        d.firstLine = i;
        d.lastLine = i;
        QStringList detail;
        if (m.hasCaptured(2) && !m.capturedView(2).trimmed().isEmpty())
            detail.append(m.captured(2));
        for (int k = i + 1; k < lines.size(); ++k) {
            if (lines[k].trimmed().isEmpty())
                continue;
            if (ImportLines::indentWidth(lines[k]) < 4)
                break;
            for (int b = d.lastLine + 1; b < k; ++b)
                detail.append(unindented(lines[b])); // blank lines inside the detail
            detail.append(unindented(lines[k]));
            d.lastLine = k;
        }
        d.detail = normalised(detail.join(QLatin1Char('\n')));
        const QString label = m.captured(1);
        if (!found.contains(label))
            found.insert(label, d);
        i = d.lastLine;
    }
    return found;
}

std::pair<QString, QString> splitReference(const QString &text)
{
    const FastMatch m = trailingReference().match(text);
    if (!m.hasMatch())
        return {QString(), text};
    QString rest = text.left(m.capturedStart());
    while (!rest.isEmpty() && rest.back().isSpace())
        rest.chop(1);
    return {m.captured(1), rest};
}

} // namespace Hindsight::EventFootnotes
