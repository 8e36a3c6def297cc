#!/usr/bin/env python3
"""Apply translations from a JSON file to a Qt Linguist .ts file.

The JSON maps source texts (as the program shows them, i.e. unescaped: "&Apply", "<b>%1</b>")
to translations: a string for an ordinary message, a list of plural forms for a numerus
message (%n). An optional "@contexts" key holds {context name: {source: translation}} for
the rare source text that needs different translations in different contexts; those win
over the flat entries.

    {"&Apply": "&Aplicar",
     "%n GPU(s), %1 samples kept": ["%n GPU, ...", "%n GPUs, ..."],
     "@contexts": {"ogs::ui::ScanPage": {"GPU": "Placa"}}}

Only messages whose source matches an entry are touched: their <translation> is replaced
and type="unfinished" dropped. Everything else in the file (other messages, obsolete and
vanished entries, locations, layout) stays byte for byte. The number of plural forms must
match what lupdate wrote for the file's language. Placeholders (%1, %L2, %n) and HTML
tags that differ between source and translation, and a lost mnemonic (&X), are reported
as warnings; --strict makes them errors.

Usage: scripts/ts-fill.py translations/ollama-gpu-setup_ja.ts /tmp/ja.json [--strict]
       [--keep-finished] [--dry-run]
Exit status: 0 on success, 1 on errors (nothing written), 2 on bad arguments.
"""

import argparse
import html
import json
import re
import sys

MESSAGE_RE = re.compile(r'(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)', re.S)
CONTEXT_RE = re.compile(r'<context>.*?</context>', re.S)
NAME_RE = re.compile(r'<name>(.*?)</name>', re.S)
SOURCE_RE = re.compile(r'<source>(.*?)</source>', re.S)
TRANSLATION_RE = re.compile(r'(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<inner>.*?)</translation>)', re.S)
NUMERUSFORM_RE = re.compile(r'<numerusform[^>]*?(?:/>|>.*?</numerusform>)', re.S)
PLACEHOLDER_RE = re.compile(r'%L?(?:\d{1,2}|n)')
TAG_RE = re.compile(r'</?([a-zA-Z][a-zA-Z0-9]*)')
MNEMONIC_RE = re.compile(r'&([^&\s])')


def escape(text):
    """Escape like lupdate does."""
    out = []
    for ch in text:
        if ch == '&':
            out.append('&amp;')
        elif ch == '<':
            out.append('&lt;')
        elif ch == '>':
            out.append('&gt;')
        elif ch == '"':
            out.append('&quot;')
        elif ch == "'":
            out.append('&apos;')
        elif ord(ch) < 0x20 and ch not in '\n\t':
            out.append('&#x%x;' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def has_mnemonic(text):
    return bool(MNEMONIC_RE.search(text.replace('&&', '')))


def check(source, translation):
    """Return a list of problems of one translated form against its source."""
    problems = []
    if sorted(set(PLACEHOLDER_RE.findall(source))) != sorted(set(PLACEHOLDER_RE.findall(translation))):
        problems.append('placeholders %s vs %s' % (sorted(set(PLACEHOLDER_RE.findall(source))),
                                                   sorted(set(PLACEHOLDER_RE.findall(translation)))))
    if sorted(TAG_RE.findall(source)) != sorted(TAG_RE.findall(translation)):
        problems.append('HTML tags differ')
    if has_mnemonic(source) and not has_mnemonic(translation):
        problems.append('mnemonic lost')
    if '…' in source and '…' not in translation:
        problems.append('ellipsis lost')
    if not translation.strip():
        problems.append('empty translation')
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('ts')
    ap.add_argument('json')
    ap.add_argument('--strict', action='store_true', help='treat check warnings as errors')
    ap.add_argument('--keep-finished', action='store_true', help='do not overwrite finished translations')
    ap.add_argument('--dry-run', action='store_true', help='report only, write nothing')
    args = ap.parse_args()

    with open(args.json, encoding='utf-8') as f:
        table = json.load(f)
    if not isinstance(table, dict):
        print('%s: the top level must be an object' % args.json, file=sys.stderr)
        return 2
    per_context = table.pop('@contexts', {})
    with open(args.ts, encoding='utf-8', newline='') as f:
        text = f.read()

    errors, warnings, used = [], [], set()
    counts = {'filled': 0, 'kept': 0, 'missing': 0}

    def fill_message(m, context):
        attrs, body = m.group('attrs'), m.group('body')
        sm = SOURCE_RE.search(body)
        tm = TRANSLATION_RE.search(body)
        if not sm or not tm:
            return m.group(0)
        tattrs = tm.group('attrs')
        if 'vanished' in tattrs or 'obsolete' in tattrs:
            return m.group(0)
        source = html.unescape(sm.group(1))
        ctx_table = per_context.get(context, {})
        if source in ctx_table:
            value = ctx_table[source]
            used.add((context, source))
        elif source in table:
            value = table[source]
            used.add((None, source))
        else:
            if 'unfinished' in tattrs:
                counts['missing'] += 1
            return m.group(0)
        if args.keep_finished and 'unfinished' not in tattrs:
            counts['kept'] += 1
            return m.group(0)
        where = '%s / %r' % (context, source)
        numerus = 'numerus="yes"' in attrs
        indent = tm.group('indent')
        new_attrs = re.sub(r'\s*type="unfinished"', '', tattrs)
        if numerus:
            if isinstance(value, str):
                value = [value]
            wanted = len(NUMERUSFORM_RE.findall(tm.group('inner') or '')) or len(value)
            if not isinstance(value, list) or len(value) != wanted:
                errors.append('%s: needs %d plural forms, got %r' % (where, wanted, value))
                return m.group(0)
            forms = value
            inner = ''.join('\n%s    <numerusform>%s</numerusform>' % (indent, escape(v)) for v in forms)
            new_translation = '%s<translation%s>%s\n%s</translation>' % (indent, new_attrs, inner, indent)
        else:
            if not isinstance(value, str):
                errors.append('%s: not a plural message, needs one string, got %r' % (where, value))
                return m.group(0)
            forms = [value]
            new_translation = '%s<translation%s>%s</translation>' % (indent, new_attrs, escape(value))
        for form in forms:
            for p in check(source, form):
                (errors if args.strict else warnings).append('%s: %s' % (where, p))
        counts['filled'] += 1
        new_body = body[:tm.start()] + new_translation + body[tm.end():]
        return m.group(1) + new_body + m.group(4)

    def fill_context(cm):
        block = cm.group(0)
        nm = NAME_RE.search(block)
        context = html.unescape(nm.group(1)) if nm else ''
        return MESSAGE_RE.sub(lambda m: fill_message(m, context), block)

    result = CONTEXT_RE.sub(fill_context, text)

    unused = [s for s in table if (None, s) not in used]
    unused += ['%s / %s' % (c, s) for c, t in per_context.items() for s in t if (c, s) not in used]
    for w in warnings:
        print('warning: ' + w, file=sys.stderr)
    for e in errors:
        print('error: ' + e, file=sys.stderr)
    for u in unused:
        print('note: no message has the source %r' % u, file=sys.stderr)
    print('%s: %d filled, %d kept, %d still unfinished without a translation, %d unused entries, '
          '%d warnings, %d errors' % (args.ts, counts['filled'], counts['kept'], counts['missing'],
                                      len(unused), len(warnings), len(errors)))
    if errors:
        return 1
    if not args.dry_run and result != text:
        with open(args.ts, 'w', encoding='utf-8', newline='') as f:
            f.write(result)
    return 0


if __name__ == '__main__':
    sys.exit(main())
