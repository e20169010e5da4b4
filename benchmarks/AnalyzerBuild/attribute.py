#!/usr/bin/env python3
"""Where the analyzer's time goes, from a CPU trace of the compiler (dotnet-trace, converted to speedscope):
the time of every thread spent under CitationAnalyzer.AnalyzeCode, split by the part of the analyzer on the stack.
Times are wall-clock samples of each thread, so on a busy machine they are larger than CPU time; compare the parts
with each other, not with the build's own figures.

usage: attribute.py TRACE.speedscope.json [FRAME_REGEX [DEPTH]]
  with a FRAME_REGEX: the callees (DEPTH levels deep) of the first frame that matches it, by time.

See benchmarks/README.md (analyzer section) for the commands that make the trace.
"""
import collections
import json
import re
import sys

PARTS = [
    ("all of AnalyzeCode", r"CitationAnalyzer\.AnalyzeCode"),
    ("settings of the file (CompilationSettings.For)", r"CompilationSettings\.For"),
    ("comments: reading every comment (Comments.Read)", r"Comments\+<Read>|Comments\.Read\(|Comments\.AppendContent"),
    # Strings.Find is lazy: its walk runs in a LINQ iterator called straight from AnalyzeCode.
    ("strings: finding them (Strings.Find)", r"^(.*WhereIterator.*MoveNext|.*Strings\.Find)"),
    ("strings: [StringSyntax] lookup (CitationParameters)", r"CitationParameters\.IsCitationArgument"),
    ("strings: anchor check (Strings.MayContainCitation)", r"Strings\.MayContainCitation"),
    ("strings: reading a literal (Strings.Read)", r"Strings\.Read\("),
    ("core anchor check (CitationFinder.MayContainCitation)", r"CitationFinder\.MayContainCitation"),
    ("linting and reporting (TextReporter.Check)", r"TextReporter\.Check"),
    ("  of which the core linter (CitationLinter.Lint)", r"CitationLinter\.Lint"),
    ("  of which the document context (RuleContext.Document)", r"RuleContext\.get_Document"),
]


def threads(trace):
    """Yields (stack of frame names, duration in ms) for every stretch of every thread."""
    frames = [f["name"] for f in trace["shared"]["frames"]]
    for profile in trace["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack:
                yield [frames[i] for i in stack], at - last
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack and stack[-1] == event["frame"]:
                stack.pop()
            elif event["frame"] in stack:
                del stack[len(stack) - 1 - stack[::-1].index(event["frame"]):]


def parts(trace):
    compiled = [(name, re.compile(pattern)) for name, pattern in PARTS]
    root = compiled[0][1]
    totals = collections.Counter()
    for names, duration in threads(trace):
        if not any(root.search(n) for n in names):
            continue
        below = names[next(i for i, n in enumerate(names) if root.search(n)) + 1:]
        for name, pattern in compiled:
            if pattern.pattern.startswith("^"):
                if below and pattern.search(below[0]):
                    totals[name] += duration
            elif any(pattern.search(n) for n in names):
                totals[name] += duration
    whole = totals[PARTS[0][0]] or 1
    for name, _ in PARTS:
        print(f"{name:<58} {totals[name] / 1000:7.3f} s  {totals[name] / whole:6.1%}")


def callees(trace, pattern, depth):
    root = re.compile(pattern)
    below = collections.Counter()
    for names, duration in threads(trace):
        hits = [i for i, n in enumerate(names) if root.search(n)]
        if hits:
            i = hits[0]
            below[" > ".join(names[i + 1:i + 1 + depth]) or "(itself)"] += duration
    for name, duration in below.most_common(15):
        print(f"{duration / 1000:7.3f} s  {name[:240]}")


if __name__ == "__main__":
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    if len(sys.argv) > 2:
        callees(data, sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    else:
        parts(data)
