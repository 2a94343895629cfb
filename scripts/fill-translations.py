#!/usr/bin/env python3
"""Fills a .ts file (after lupdate) from a mapping file kept beside this script:

    scripts/fill-translations.py resources/translations/pressdesk_es.ts scripts/translations/es.json

The mapping is {"context": {"source text": "translation"}}; a plural source ("%n file(s)")
maps to a list of forms in the order of the language's <numerusform>s (Spanish and French:
one, many; French uses the first form for 0 and 1). Entries the mapping lacks stay
type="unfinished" and are listed on stderr, so they can be added and the script run again.

The "Cli" and "CommandLine" contexts are the command line's own text, whose output stays English by contract
(docs/cli.md: the command line installs no translation): it is filled with the English text.

--dump FILE writes the unfinished entries as a mapping with empty translations, a starting
point for a translator."""
import json
import sys
import xml.etree.ElementTree as ET

ENGLISH_CONTEXTS = {"Cli", "CommandLine"}


def english_forms(source):
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def main():
    args = sys.argv[1:]
    dump = None
    if "--dump" in args:
        index = args.index("--dump")
        dump = args[index + 1]
        del args[index:index + 2]
    ts_path, mapping_path = args
    try:
        with open(mapping_path, encoding="utf-8") as f:
            mapping = json.load(f)
    except FileNotFoundError:
        mapping = {}
    tree = ET.parse(ts_path)
    missing = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if name in ENGLISH_CONTEXTS:
                value = english_forms(source) if plural else source
            else:
                value = mapping.get(name, {}).get(source)
            if plural and isinstance(value, list) and value and all(value):
                forms = translation.findall("numerusform")
                for form, text in zip(forms, value + [value[-1]] * len(forms)):
                    form.text = text
                translation.attrib.pop("type", None)
            elif not plural and isinstance(value, str) and value:
                translation.text = value
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
                missing.setdefault(name, {})[source] = ["", ""] if plural else ""
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    count = sum(len(v) for v in missing.values())
    if dump:
        with open(dump, "w", encoding="utf-8") as f:
            json.dump(missing, f, ensure_ascii=False, indent=1)
    if count:
        print(f"{ts_path}: {count} unfinished", file=sys.stderr)
        for name, sources in missing.items():
            for source in sources:
                print(f"  [{name}] {source}", file=sys.stderr)


if __name__ == "__main__":
    main()
