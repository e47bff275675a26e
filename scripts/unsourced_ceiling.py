#!/usr/bin/env python3
"""How high PolNeAR "unsourced precision" can go for an extractor of reporting frames.

usage: unsourced_ceiling.py GOLD.jsonl PRED.jsonl

GOLD and PRED as for the evaluation kit's score_attribution.py (PRED from
`claimtrace extract --batch GOLD.jsonl`). Text we call unsourced but that lies inside a gold
attribution is split by the gold cue: a reporting verb or phrase of our cue lexicon
(src/extract/claims/lexicon/cues.rs, read with a regular expression and inflected roughly as the Rust
code does), or anything else PolNeAR annotates as an attribution ("seemed", "signed",
"nominated", "a decision" ...). The last line is the precision we would reach if every
attribution with a reporting cue were found and nothing else changed: an upper bound for
rules that follow DESIGN.md's notion of a source. Reads no article text into the repository.
"""
import json
import re
import sys
from pathlib import Path

LISTS = ("SPEECH", "STANCE", "BELIEF", "FINDING")


def cue_forms():
    root = Path(__file__).resolve().parent.parent
    src = (root / "src/extract/claims/lexicon/cues.rs").read_text()
    bases = set()
    for name in LISTS:
        # a constant (`const NAME: &[&str] = &[…];`) or a `word_list!(…, NAME, […])` entry
        m = re.search(r"const %s: &\[&str\] = &\[(.*?)\];|\b%s,\s*\[(.*?)\]" % (name, name),
                      src, re.S)
        bases |= set(re.findall(r'"([^"]+)"', m.group(1) or m.group(2)))
    forms = {form for form, _ in re.findall(r'\("(\w+)", "(\w+)"\)', src)}
    for b in bases:
        forms.add(b)
        if b.endswith("e"):
            forms |= {b + "s", b + "d", b[:-1] + "ing"}
        elif b.endswith("y") and b[-2] not in "aeiou":
            forms |= {b[:-1] + "ies", b[:-1] + "ied", b + "ing"}
        else:
            forms |= {b + ("es" if b[-1] in "sxzh" else "s"), b + "ed", b + "ing"}
    return forms | {"according", "reportedly", "allegedly"}


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    forms = cue_forms()
    gold = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    pred = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        if line.strip():
            p = json.loads(line)
            pred[p["id"]] = p
    total = inside = inside_reporting = inside_content = 0
    for g in gold:
        text = g["text"]
        reporting = {}  # char index -> inside an attribution with a reporting cue?
        reported = set()  # char indices of a reporting-cue attribution's content
        for a in g["attributions"]:
            cs = a.get("cue_start")
            cue = text[cs:a["cue_end"]].lower() if cs is not None else ""
            known = any(w in forms for w in re.findall(r"[a-z]+", cue))
            ranges = [tuple(f) for f in a.get("content_fragments") or []]
            ranges = ranges or [(a["content_start"], a["content_end"])]
            if known:
                for s, e in ranges:
                    reported.update(range(s, e))
            for k in ("source", "cue"):
                if a.get(k + "_start") is not None:
                    ranges.append((a[k + "_start"], a[k + "_end"]))
            for s, e in ranges:
                for i in range(s, e):
                    reporting[i] = reporting.get(i, False) or known
        unsourced = set()
        for c in pred.get(g["id"], {}).get("claims", []):
            if c.get("kind") in ("no_comment", "source_description"):
                continue
            if c.get("sources") and c.get("level") != "unsourced":
                continue
            for p in c.get("fragments") or [c]:
                unsourced |= {i for i in range(p["start"], p["end"]) if not text[i].isspace()}
        total += len(unsourced)
        for i in unsourced:
            if i in reporting:
                inside += 1
                inside_reporting += reporting[i]
                inside_content += i in reported
    outside = total - inside
    print(f"characters called unsourced: {total}; outside every gold attribution: {outside} "
          f"(unsourced precision {outside / total:.4f})")
    print(f"inside gold attributions with a reporting cue: {inside_reporting}; "
          f"inside others only: {inside - inside_reporting}")
    print(f"precision if every reporting-cue attribution were found: "
          f"{outside / (total - inside_reporting):.4f}")
    # the rest of that text is PolNeAR's source and cue spans, which hold what DESIGN.md makes
    # claims of their own ("said Aida, who recently published a book")
    print(f"of which inside their reported content: {inside_content}; precision if only that "
          f"were found: {outside / (total - inside_content):.4f}")


if __name__ == "__main__":
    main()
