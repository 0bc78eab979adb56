#!/usr/bin/env python3
"""Fills translations/entente_en.ts: English plural forms for every "%n thing(s)" source text.

English needs no other translation; lupdate keeps this file to the numerus messages only
(qt_add_translations' PLURALS_TS_FILE). Run after `cmake --build --preset dev --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/entente_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    singular = re.sub(r"\((\w+)\)", "", source).replace("(s)", "")
    plural = re.sub(r"\((\w+)\)", r"\1", source)
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    forms[0].text, forms[1].text = singular, plural
tree.write(path, encoding="utf-8", xml_declaration=True)
