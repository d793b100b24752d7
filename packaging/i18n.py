"""The studio's translations: keep the catalogues in step with the code, and compile them.

    python packaging/i18n.py update            # new and changed strings into the catalogues (sources of truth)
    python packaging/i18n.py todo [--under P]  # what still needs Korean, as JSON (only strings found under P)
    python packaging/i18n.py fill DONE.json    # write translations given in todo's shape (plus "ko") back
    python packaging/i18n.py absorb FILE…      # take translations from another copy of a .ts or .po
    python packaging/i18n.py release           # compile: .ts → .qm (Qt's lrelease), .po → .mo (Babel)
    python packaging/i18n.py status [--under P]  # counts; exits 1 while anything lacks Korean

Two catalogues, one per layer (studio/core never imports Qt):
- the window: resources/i18n/studio_ko.ts from every `tr()` in studio/qt (Qt's lupdate), and studio_en.ts with
  only the English plural forms of `tr("%n …", "", n)` strings (`lupdate -pluralonly`);
- everything else: resources/i18n/ko/LC_MESSAGES/studio.po from `_`, `ngettext`, `pgettext` and `N_` calls in
  studio/ outside studio/qt (Babel's extractor).
The compiled .qm and .mo files are committed beside them; tests/test_translations.py fails when either is stale,
when a string lacks Korean, or when a translation loses a placeholder.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
QT_SOURCES = ROOT / "studio" / "qt"
TS = {"ko": I18N / "studio_ko.ts", "en": I18N / "studio_en.ts"}
PO_LANGUAGES = ("ko",)
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def po_path(lang: str) -> Path:
    return I18N / lang / "LC_MESSAGES" / "studio.po"


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python (a venv), else on PATH."""
    for folder in (str(Path(sys.executable).parent), None):
        found = shutil.which(f"pyside6-{name}", path=folder)
        if found:
            return found
    raise SystemExit(f"pyside6-{name} not found: install PySide6 into this Python")


def qt_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in QT_SOURCES.rglob("*.py"))


def run_lupdate(ts: Path, *extra: str) -> None:
    subprocess.run([qt_tool("lupdate"), *qt_files(), "-ts", str(ts), "-no-obsolete", "-locations", "relative",
                    *extra], cwd=ROOT, check=True, capture_output=True, text=True)


def update_ts(ko: Path = TS["ko"], en: Path = TS["en"]) -> None:
    run_lupdate(ko, "-target-language", "ko_KR", "-source-language", "en")
    run_lupdate(en, "-pluralonly", "-target-language", "en", "-source-language", "en")


def extract_core():  # -> babel Catalog
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    from datetime import datetime, timezone

    # a fixed date and header: `update` changes the file only when the messages change
    template = Catalog(project="Picture Book Studio", domain="studio", charset="utf-8", version="",
                       creation_date=datetime(2026, 11, 26, tzinfo=timezone.utc),
                       msgid_bugs_address="https://github.com/picturebookstudio/studio/issues")
    method_map = [("qt/**.py", "ignore"), ("**.py", "python")]
    for filename, line, message, comments, context in extract_from_dir(
            str(ROOT / "studio"), method_map=method_map, keywords=KEYWORDS, comment_tags=("Translators:",),
            strip_comment_tags=True):
        template.add(message, None, [(f"studio/{filename}", line)], auto_comments=comments, context=context)
    return template


def read_po(path: Path, lang: str):
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po as babel_read_po

    if not path.exists():
        from datetime import datetime, timezone

        return Catalog(locale=lang, domain="studio", project="Picture Book Studio", version="", charset="utf-8",
                       header_comment="# The studio's messages outside the window (studio/ but studio/qt).\n"
                                      "# Kept by packaging/i18n.py: update, translate, release.",
                       copyright_holder="Picture Book Studio contributors",
                       last_translator="Picture Book Studio contributors", language_team=lang,
                       revision_date=datetime(2026, 11, 26, tzinfo=timezone.utc))
    with path.open("rb") as f:
        return babel_read_po(f, locale=lang)


def write_po(path: Path, catalog) -> None:
    from babel.messages.pofile import write_po as babel_write_po

    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    babel_write_po(out, catalog, width=120, ignore_obsolete=True, include_previous=False)
    path.write_bytes(out.getvalue())


def update_po() -> None:
    template = extract_core()
    for lang in PO_LANGUAGES:
        catalog = read_po(po_path(lang), lang)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.fuzzy = False
        write_po(po_path(lang), catalog)


def mo_bytes(catalog) -> bytes:
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def qm_bytes(ts: Path) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        qm = Path(tmp) / "out.qm"
        subprocess.run([qt_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True)
        return qm.read_bytes()


def release() -> None:
    for ts in TS.values():
        ts.with_suffix(".qm").write_bytes(qm_bytes(ts))
    for lang in PO_LANGUAGES:
        po_path(lang).with_suffix(".mo").write_bytes(mo_bytes(read_po(po_path(lang), lang)))


# -- the work list and the translations given back ------------------------------------------------------------

def _ts_messages(ts: Path):
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield tree, name, message


def _finished(message) -> bool:
    t = message.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = t.findall("numerusform")
    return all((f.text or "").strip() for f in forms) if forms else bool((t.text or "").strip())


def _under(locations: list[str], under: str | None) -> bool:
    return under is None or any(loc.startswith(under) for loc in locations)


def todo(under: str | None = None) -> list[dict]:
    items: list[dict] = []
    current = ""  # lupdate's relative locations name a file only where it changes: the rest are in the last named
    for _tree, context, message in _ts_messages(TS["ko"]):
        locations = []
        for loc in message.findall("location"):
            current = loc.get("filename") or current
            if current:
                locations.append(str((TS["ko"].parent / current).resolve().relative_to(ROOT)))
        locations = list(dict.fromkeys(locations))
        if not _finished(message) and _under(locations, under):
            item = {"kind": "qt", "context": context, "source": message.findtext("source"),
                    "numerus": message.get("numerus") == "yes", "where": locations[:3]}
            if message.findtext("comment"):
                item["comment"] = message.findtext("comment")
            items.append(item)
    catalog = read_po(po_path("ko"), "ko")
    for m in catalog:
        if not m.id:
            continue
        locations = [loc for loc, _line in m.locations]
        done = all(m.string) if m.pluralizable else bool(m.string)
        if not done and _under(locations, under):
            item = {"kind": "core", "id": m.id[0] if m.pluralizable else m.id, "where": locations[:3]}
            if m.pluralizable:
                item["plural"] = m.id[1]
            if m.context:
                item["context"] = m.context
            if m.auto_comments:
                item["comment"] = " ".join(m.auto_comments)
            items.append(item)
    return items


def fill(entries: list[dict]) -> int:
    """Translations given as todo's items plus "ko" (a string) and, for a Qt `%n` string, "en": [one, other]."""
    qt = {(e["context"], e["source"]): e for e in entries if e.get("kind") == "qt" and e.get("ko")}
    core = {(e.get("context"), e["id"]): e for e in entries if e.get("kind") == "core" and e.get("ko")}
    written = _fill_ts(TS["ko"], {k: e["ko"] for k, e in qt.items()})
    written += _fill_ts(TS["en"], {k: e["en"] for k, e in qt.items() if e.get("en")}, only_numerus=True)
    catalog = read_po(po_path("ko"), "ko")
    for m in catalog:
        if not m.id:
            continue
        e = core.get((m.context, m.id[0] if m.pluralizable else m.id))
        if e is not None:
            m.string = (e["ko"],) if m.pluralizable else e["ko"]
            m.flags.discard("fuzzy")
            written += 1
    write_po(po_path("ko"), catalog)
    return written


def _fill_ts(ts: Path, given: dict, only_numerus: bool = False) -> int:
    written = 0
    tree = None
    for tree, context, message in _ts_messages(ts):
        value = given.get((context, message.findtext("source")))
        if value is None or (only_numerus and message.get("numerus") != "yes"):
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        written += 1
    if tree is not None and written:
        _write_ts(ts, tree)
    return written


def _write_ts(ts: Path, tree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def absorb(paths: list[Path]) -> int:
    """Translations another copy of a catalogue has and ours lacks (merging work done on a branch)."""
    written = 0
    for path in paths:
        if path.suffix == ".ts":
            ours = TS["en"] if path.name.endswith("_en.ts") else TS["ko"]
            lacking = {(c, m.findtext("source")) for _t, c, m in _ts_messages(ours) if not _finished(m)}
            given = {}
            for _tree, context, message in _ts_messages(path):
                key = (context, message.findtext("source"))
                if key in lacking and _finished(message):
                    t = message.find("translation")
                    forms = [f.text for f in t.findall("numerusform")]
                    given[key] = forms if forms else t.text
            written += _fill_ts(ours, given)
        else:
            theirs = {(m.context, m.id): m.string for m in read_po(path, "ko") if m.id}
            catalog = read_po(po_path("ko"), "ko")
            for m in catalog:
                string = theirs.get((m.context, m.id))
                lacking = not (all(m.string) if m.pluralizable else m.string)
                if m.id and lacking and string and (all(string) if m.pluralizable else string):
                    m.string = string
                    written += 1
            write_po(po_path("ko"), catalog)
    return written


def status(under: str | None = None) -> int:
    items = todo(under)
    qt = sum(1 for i in items if i["kind"] == "qt")
    print(f"without Korean: {qt} window strings, {len(items) - qt} core messages"
          + (f" (under {under})" if under else ""))
    return 1 if items else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("release")
    for name in ("todo", "status"):
        sub.add_parser(name).add_argument("--under", help="only strings found in files under this path")
    sub.add_parser("fill").add_argument("file", type=Path)
    sub.add_parser("absorb").add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "update":
        update_ts()
        update_po()
    elif args.command == "release":
        release()
    elif args.command == "todo":
        json.dump(todo(args.under), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        print(f"{fill(json.loads(args.file.read_text(encoding='utf-8')))} translations written")
    elif args.command == "absorb":
        print(f"{absorb(args.files)} translations taken")
    elif args.command == "status":
        return status(args.under)
    return 0


if __name__ == "__main__":
    sys.exit(main())
