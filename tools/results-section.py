#!/usr/bin/env python3
"""Replaces one "## HEADING" section of bench/RESULTS.md (up to the next "## " heading) with the
contents of a file, or appends it. Usage: results-section.py RESULTS.md "HEADING" SECTION_FILE"""
import re
import sys

path, heading, section_file = sys.argv[1:4]
section = open(section_file).read()
try:
    text = open(path).read()
except FileNotFoundError:
    text = "# Benchmark results\n"
pattern = re.compile(r"^## " + re.escape(heading) + r"\n.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
open(path, "w").write(text)
