"""What the gloss lexicon generators share: reading their hand-written lists and writing a lexicon file.

A generator in scripts/gloss/<lang>/ imports it with
    sys.path.insert(0, os.path.dirname(HERE)); import glosslib
The lexicon format (foreign<TAB>english, 'stem*' entries, '#' comments) is read by Gloss.parse in ace-core.
"""
import os
import sys

# ace-core's folder of shipped lexicons, which Gloss reads as resources
GLOSS_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "ace-core", "src",
                                          "main", "resources", "dev", "ace", "core", "text", "gloss"))


def lexicon_path(lang):
    """Where the shipped lexicon of lang is: ace-core/src/main/resources/dev/ace/core/text/gloss/<lang>.tsv."""
    return os.path.join(GLOSS_DIR, lang + ".tsv")


def read_rows(folder, name, ncols, drop_empty=False, require_filled=False):
    """The rows of <folder>/data/<name>: tab-separated columns, each stripped; blank lines and '#' comment lines are
    skipped. drop_empty leaves out empty columns; require_filled also refuses a row whose first ncols are not all
    filled. A row with too few columns stops the run, naming the file and line."""
    rows = []
    with open(os.path.join(folder, "data", name), encoding="utf-8") as fh:
        for number, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            if drop_empty:
                cols = [c for c in cols if c]
            if len(cols) < ncols or require_filled and not all(cols[:ncols]):
                sys.exit("data/%s:%d: expected %d tab-separated columns, got %r" % (name, number, ncols, line))
            rows.append(cols)
    return rows


def write_lexicon(path, header, entries, stems_comment="# --- stems ---"):
    """Writes entries (key -> English, in order) to path: the header lines, every whole-word entry, then
    stems_comment (unless None) and the stems ('word*'), each group in the order given. Returns (entries, stems)."""
    stems = [k for k in entries if k.endswith("*")]
    lines = list(header)
    lines += ["%s\t%s" % (k, entries[k]) for k in entries if not k.endswith("*")]
    if stems_comment is not None:
        lines.append(stems_comment)
    lines += ["%s\t%s" % (k, entries[k]) for k in stems]
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    return len(entries), len(stems)
