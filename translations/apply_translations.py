#!/usr/bin/env python3
"""Finish the catalogues after `cmake --build <dir> --target update_translations`.

    translations/apply_translations.py [TABLE.tsv ...]

- tcplab_en.ts: every entry gets the English source as its translation (plural forms
  "%n byte(s)" -> "%n byte" / "%n bytes"), so English never lags behind the code.
- tcplab_zh_CN.ts: entries still unfinished are filled, in this order, from
  1. the tables given (tab-separated: context, source, Chinese; "\\n" for a newline in
     the source), e.g. a translator's list of new strings;
  2. a finished translation of the same source text in another context (a string that
     moved between classes keeps its translation).
  Whatever is left is listed, to translate in Qt Linguist; tests/tst_translations fails
  until it is done.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def english_forms(source, numerus):
    # "(s)" marks the plural only in a numerus entry ("%n byte(s)"); elsewhere it is text,
    # as in the unit of "MSL (s)".
    if numerus and '(s)' in source:
        return [source.replace('(s)', ''), source.replace('(s)', 's')]
    return [source, source]


def set_translation(message, forms):
    tr = message.find('translation')
    for key in list(tr.attrib):
        del tr.attrib[key]
    for child in list(tr):
        tr.remove(child)
    if message.get('numerus') == 'yes':
        tr.text = None
        for form in forms:
            ET.SubElement(tr, 'numerusform').text = form
    else:
        tr.text = forms[0]


def messages(root):
    for context in root.findall('context'):
        name = context.find('name').text
        for message in context.findall('message'):
            yield name, message


def finished_text(message):
    tr = message.find('translation')
    if tr.get('type'):
        return None
    forms = [f.text or '' for f in tr.findall('numerusform')] or [tr.text or '']
    return None if '' in forms else forms


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding='unicode')
    # Quotes in text the way lupdate writes them, so the files do not churn between tools.
    body = re.sub(r'>([^<]*)<', lambda m: '>' + m.group(1).replace('"', '&quot;')
                  .replace("'", '&apos;') + '<', body)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n',
                    encoding='utf-8')


def main(tables):
    en_path = HERE / 'tcplab_en.ts'
    en = ET.parse(en_path)
    for _, message in messages(en.getroot()):
        source = message.find('source').text or ''
        # The one entry whose "translation" is the catalogue's language code.
        set_translation(message, ['en'] if source == 'en' else english_forms(source, message.get('numerus') == 'yes'))
    write(en, en_path)

    zh_path = HERE / 'tcplab_zh_CN.ts'
    zh = ET.parse(zh_path)
    table = {}
    for name in tables:
        for line in Path(name).read_text(encoding='utf-8').splitlines():
            parts = line.split('\t')
            if len(parts) == 3:
                table[(parts[0], parts[1].replace('\\n', '\n'))] = parts[2].replace('\\n', '\n')
    same_text = {}
    for _, message in messages(zh.getroot()):
        forms = finished_text(message)
        if forms:
            same_text.setdefault(message.find('source').text or '', forms)
    left = []
    for context, message in messages(zh.getroot()):
        if finished_text(message):
            continue
        source = message.find('source').text or ''
        if (context, source) in table:
            set_translation(message, [table[(context, source)]])
        elif source in same_text:
            set_translation(message, same_text[source])
        else:
            left.append((context, source))
    write(zh, zh_path)
    for context, source in left:
        print(f'untranslated: [{context}] {source!r}')
    return 1 if left else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
