#!/usr/bin/env python3
"""Fills the English catalogue's plural forms from the "(s)" convention of the sources:
"%n release(s)" becomes "%n release" and "%n releases". Run after lupdate."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    for form, text in zip(forms, [singular, plural]):
        form.text = text
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
