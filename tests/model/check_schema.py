#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT
"""Checks resources/schema/design.schema.json against the designs the project ships.

Every template and every fixture that opens must be valid under the schema; every hostile
fixture that the format refuses for its structure must be invalid, and for the reason the
fixture is about (the error sits at the expected JSON pointer).

Usage: python3 tests/model/check_schema.py REPO_ROOT
Exit status: 0 when every check passes, 1 otherwise (each failure is printed).
"""

import json
import math
import re
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("check_schema: the Python module 'jsonschema' is missing "
          "(Debian: apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(1)

# Hostile files the schema must refuse, with the JSON pointer its error must name.
# The others in tests/data/hostile are refused by the loader alone (not JSON, invalid UTF-8,
# duplicate ids, nesting, non-finite numbers), which a schema cannot express.
REFUSED_BY_SCHEMA = {
    "wrong-format.json": "/format",
    "future-version.json": "/version",
    "version-string.json": "/version",
    "wrong-type.json": "/components",
    "component-kind-unknown.json": "/components/1/kind",
    "id-invalid-chars.json": "/components/1/id",
    "name-too-long.json": "/components/1/name",
    "bad-deploymentModel.json": "/deploymentModel",
    "missing-deploymentModel.json": "/deploymentModel",
}


class Failures:
    def __init__(self):
        self.items = []

    def add(self, path, message):
        self.items.append(f"{path}: {message}")


def pointer(parts):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def error_pointer(error):
    """Where an error is; a missing required key is named as the key's own pointer."""
    parts = list(error.absolute_path)
    if error.validator == "required":
        missing = re.match(r"'(.+)' is a required property", error.message)
        if missing:
            parts.append(missing.group(1))
    return pointer(parts)


def strict_load(path):
    """Parses a file that must be a well-formed design: UTF-8, no duplicate keys, finite
    numbers. Raises ValueError with the reason otherwise."""

    def pairs(items):
        keys = [k for k, _ in items]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"duplicate key(s) {', '.join(dupes)}")
        return dict(items)

    def finite(text):
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(f"number {text} is not finite")
        return value

    def constant(name):
        raise ValueError(f"{name} is not JSON")

    text = path.read_bytes().decode("utf-8")
    return json.loads(text, object_pairs_hook=pairs, parse_float=finite,
                      parse_constant=constant)


def check_valid(validator, path, failures, template=False):
    try:
        design = strict_load(path)
    except (ValueError, UnicodeDecodeError) as e:
        failures.add(path, f"does not parse: {e}")
        return
    errors = sorted(validator.iter_errors(design), key=lambda e: list(e.absolute_path))
    for e in errors:
        failures.add(path, f"schema error at {error_pointer(e) or '/'}: {e.message}")
    if errors or not isinstance(design, dict):
        return
    ids = [c.get("id") for c in design.get("components", [])]
    ids += [c.get("id") for c in design.get("connections", [])]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        failures.add(path, f"duplicate id(s): {', '.join(dupes)}")
    if template:
        model = path.name.removesuffix(".continuity.json")
        if design.get("deploymentModel") != model:
            failures.add(path, f"deploymentModel is {design.get('deploymentModel')!r}, "
                               f"the file name says {model!r}")


def check_refused(validator, path, expected, failures):
    try:
        design = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        failures.add(path, f"should parse as JSON so the schema can refuse it: {e}")
        return
    errors = list(validator.iter_errors(design))
    if not errors:
        failures.add(path, "is valid under the schema, but the format refuses it")
        return
    where = {error_pointer(e) for e in errors}
    if expected not in where:
        failures.add(path, f"refused at {sorted(where)}, expected at {expected}")


def check_readme(data_dir, failures):
    """The README's tables list exactly the files there are: hostile ones first, then, after
    the next heading, the ones that open."""
    readme = data_dir / "hostile/README.md"
    if not readme.is_file():
        failures.add(readme, "missing")
        return
    text = readme.read_text(encoding="utf-8")
    first_heading = re.search(r"^## ", text, re.MULTILINE)
    split = first_heading.start() if first_heading else len(text)
    row = re.compile(r"^\|\s*`([^`]+\.json)`", re.MULTILINE)
    for folder, part in (("hostile", text[:split]), ("openable", text[split:])):
        listed = set(row.findall(part))
        present = {p.name for p in (data_dir / folder).glob("*.json")}
        for name in sorted(present - listed):
            failures.add(readme, f"has no row for {folder}/{name}")
        for name in sorted(listed - present):
            failures.add(readme, f"lists {folder}/{name}, which does not exist")


def main(argv):
    if len(argv) != 2:
        print("usage: check_schema.py REPO_ROOT", file=sys.stderr)
        return 1
    root = Path(argv[1])
    failures = Failures()

    schema_path = root / "resources/schema/design.schema.json"
    try:
        schema = strict_load(schema_path)
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # any problem with the schema itself ends the run
        print(f"{schema_path}: not a usable draft 2020-12 schema: {e}", file=sys.stderr)
        return 1
    validator = Draft202012Validator(schema)

    templates = sorted((root / "resources/templates").glob("*.continuity.json"))
    data = root / "tests/data"
    valid = sorted(data.glob("*.continuity.json")) + sorted((data / "openable").glob("*.json"))
    hostile_dir = data / "hostile"

    if len(templates) < 4:
        failures.add(root / "resources/templates",
                     f"expected 4 templates, found {len(templates)}")
    for path in templates:
        check_valid(validator, path, failures, template=True)
    for path in valid:
        check_valid(validator, path, failures)
    for name, expected in sorted(REFUSED_BY_SCHEMA.items()):
        path = hostile_dir / name
        if not path.is_file():
            failures.add(path, "missing")
            continue
        check_refused(validator, path, expected, failures)
    check_readme(data, failures)

    checked = len(templates) + len(valid) + len(REFUSED_BY_SCHEMA)
    for line in failures.items:
        print(line, file=sys.stderr)
    if failures.items:
        print(f"check_schema: {len(failures.items)} failure(s) in {checked} files",
              file=sys.stderr)
        return 1
    print(f"check_schema: {len(templates)} templates and {len(valid)} fixtures valid, "
          f"{len(REFUSED_BY_SCHEMA)} hostile files refused")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
