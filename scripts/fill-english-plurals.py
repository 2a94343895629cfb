#!/usr/bin/env python3
"""Completes the English catalogue after lupdate. Plural forms follow the "(s)" convention
of the sources: "%n release(s)" becomes "%n release" and "%n releases". Every other entry
is the source text itself, so that the catalogue has no unfinished entry."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        singular = source.replace("(s)", "")
        plural = source.replace("(s)", "s")
        for form, text in zip(forms, [singular, plural]):
            form.text = text
    else:
        translation.text = source
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
