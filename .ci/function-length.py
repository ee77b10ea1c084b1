#!/usr/bin/env python3
"""House rule check: no C++ function over 120 lines, no source file over 1,000 lines.

Usage: .ci/function-length.py [--max-function N] [--max-file N] [--skip PATH]... DIR_OR_FILE...

Prints one line per offence ("path:line: function NAME is 134 lines (limit 120)") and exits 1
when there is any. A function's length runs from the first line of its signature to its closing
brace, lambdas and local classes included. Functions are found by counting braces over the
source with comments, string and character literals (raw strings included) blanked out: a brace
block at namespace or class level whose head ends in a parameter list (and qualifiers, a trailing
return type or a constructor's initialiser list) is a function body; other blocks (initialisers,
enums, classes, namespaces) are not. Good enough for this code base's style (clang-format'ed
C++17); macros that expand to braces are not understood.
"""
import argparse
import os
import re
import sys

SOURCE_SUFFIXES = ('.cpp', '.h', '.hpp', '.cc')


def blank_literals(text):
    """`text` with comments and string/char literal contents replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            m = re.match(r'R"([^()\\\s]{0,16})\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = ')' + m.group(1) + '"'
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append('""' + re.sub(r'[^\n]', ' ', text[i + 2:j]))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j + 1, n)
            out.append(c + ' ' * (j - i - 2) + c if j - i >= 2 else text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


SCOPE_HEAD = re.compile(r'\b(namespace|class|struct|union|enum)\b[^()]*$|\bextern\s+"C"\s*$')
FUNCTION_HEAD = re.compile(
    r'\)\s*(?:const\b|override\b|final\b|noexcept\b(?:\s*\([^()]*\))?|mutable\b|&&?|\s|->\s*[\w:<>,\s*&]+)*$')


def matching_brace(text, i):
    depth = 0
    for j in range(i, len(text)):
        if text[j] == '{':
            depth += 1
        elif text[j] == '}':
            depth -= 1
            if depth == 0:
                return j
    return len(text) - 1


def function_name(head):
    """The name before the first parameter list of `head` ("Foo::bar", "operator==")."""
    m = re.search(r'((?:[~\w]+::)*(?:operator\s*(?:\(\)|[^\s(]+)|~?\w+))\s*\(', head)
    return m.group(1) if m else '?'


def functions(text):
    """(name, first line, last line) of every function body in `text` (already blanked)."""
    found = []

    def scan(start, end):
        head_start = start
        i = start
        while i < end:
            c = text[i]
            if c in ';}':
                head_start = i + 1
            elif c == '{':
                head = text[head_start:i]
                close = matching_brace(text, i)
                stripped = head.strip()
                init_list = re.search(r'\)\s*(?:noexcept\s*)?:(?!:)', head)
                if SCOPE_HEAD.search(stripped) and '=' not in stripped:
                    scan(i + 1, close)
                    head_start = close + 1
                elif FUNCTION_HEAD.search(stripped) and '(' in stripped and not re.search(
                        r'(^|[^=!<>])=\s*[^=]', stripped.split('(')[0]):
                    first = head_start + (len(head) - len(head.lstrip()))
                    found.append((function_name(stripped), text.count('\n', 0, first) + 1,
                                  text.count('\n', 0, close) + 1))
                    head_start = close + 1
                elif init_list and re.search(r'[\w>]\s*$', stripped):
                    # A member's brace initialiser inside a constructor's initialiser list: the
                    # head goes on.
                    pass
                else:
                    head_start = close + 1 if stripped.endswith('=') or stripped == '' else head_start
                i = close
            i += 1

    scan(0, len(text))
    return found


def source_files(paths, skip):
    for root in paths:
        if os.path.isfile(root):
            yield root
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(('build', '.')))
            for f in sorted(filenames):
                p = os.path.join(dirpath, f)
                if f.endswith(SOURCE_SUFFIXES) and os.path.normpath(p) not in skip:
                    yield p


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--max-function', type=int, default=120)
    ap.add_argument('--max-file', type=int, default=1000)
    ap.add_argument('--skip', action='append', default=[], help='a file to leave out')
    ap.add_argument('paths', nargs='+')
    args = ap.parse_args()
    skip = {os.path.normpath(s) for s in args.skip}
    offences = 0
    for path in source_files(args.paths, skip):
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        lines = text.count('\n') + (0 if text.endswith('\n') else 1)
        if lines > args.max_file:
            print(f'{path}: file is {lines} lines (limit {args.max_file})')
            offences += 1
        for name, first, last in functions(blank_literals(text)):
            length = last - first + 1
            if length > args.max_function:
                print(f'{path}:{first}: function {name} is {length} lines '
                      f'(limit {args.max_function})')
                offences += 1
    return 1 if offences else 0


if __name__ == '__main__':
    sys.exit(main())
