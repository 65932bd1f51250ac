#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
"""Checks that translations/continuity_*.ts cover every user-visible string, finished.

Runs lupdate over the sources into copies of the .ts files (the tree is not touched), then
checks each copy: no message left unfinished (a string new in the code, or one marked
unfinished by a translator), no translation lost to a vanished source, and every translation
keeps the placeholders (%1 … %9) of its source and %n where the source counts. Prints one line
per problem and a summary 'N passed, M failed'; exits 1 on any problem, 64 on bad usage.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(\d)')


def texts(message):
    translation = message.find('translation')
    forms = translation.findall('numerusform')
    return [f.text or '' for f in forms] if forms else [translation.text or '']


def check(ts_path):
    problems = []
    root = ET.parse(ts_path).getroot()
    count = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            count += 1
            source = message.findtext('source') or ''
            translation = message.find('translation')
            kind = translation.get('type')
            where = f'{os.path.basename(ts_path)}: {name}: {source[:70]!r}'
            if kind in ('unfinished', 'vanished', 'obsolete'):
                problems.append(f'{where}: {kind}')
                continue
            forms = texts(message)
            if any(not f for f in forms):
                problems.append(f'{where}: empty translation')
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    problems.append(f'{where}: placeholders differ: {form[:70]!r}')
            if message.get('numerus') == 'yes' and '%n' not in forms[-1]:
                problems.append(f'{where}: the plural form has no %n')
    return count, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--lupdate', required=True)
    parser.add_argument('--source', required=True)
    args = parser.parse_args()
    ts_files = sorted(glob.glob(os.path.join(args.source, 'translations', 'continuity_*.ts')))
    if not ts_files or not os.access(args.lupdate, os.X_OK):
        print('usage: check_translations.py --lupdate LUPDATE --source SOURCE_DIR', file=sys.stderr)
        return 64
    passed = failed = 0
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for ts in ts_files:
            copy = os.path.join(work, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        # The same options as the update_translations target (translations/translations.cmake).
        dirs = [os.path.join(args.source, d) for d in ('app', 'widgets', 'model')]
        run = subprocess.run([args.lupdate, '-I', args.source, '-no-obsolete', '-locations',
                              'none', *dirs, '-ts', *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print('  FAIL  lupdate ran:\n' + run.stdout + run.stderr)
            print('check_translations: 0 passed, 1 failed')
            return 1
        for copy in copies:
            count, problems = check(copy)
            name = os.path.basename(copy)
            if problems:
                failed += 1
                print(f'  FAIL  {name}: {len(problems)} of {count} strings need work')
                for p in problems[:200]:
                    print('        ' + p)
            else:
                passed += 1
                print(f'  ok    {name}: {count} strings, every one translated and finished')
    print(f'check_translations: {passed} passed, {failed} failed')
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
