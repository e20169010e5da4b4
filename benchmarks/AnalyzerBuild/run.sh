#!/usr/bin/env bash
# The analyzer's share of a build: packs Citaties.Analyzers (Release), generates a 1,000-file project of strings,
# comments and XML docs (generate.py), and builds it RUNS times with -p:ReportAnalyzer=true on a warm compiler
# server, once with the package and once without it. From each detailed log it reads the Csc task time and the
# analyzer's execution time, and prints per run and as medians:
#   share = CitationAnalyzer execution time / Csc time of the same build   (budget: under 5 %)
#   added = Csc time with the package / Csc time without it - 1           (what the user waits for)
#
# usage: benchmarks/AnalyzerBuild/run.sh [RUNS] [FILES] [--profile] [--cold]
#   --profile  also builds with parts of the analyzer switched off through .editorconfig (no comments; strings
#              only in attributes and constants; no strings), to show where its time goes.
#   --cold     without the compiler server (UseSharedCompilation=false): every build starts a new compiler, which
#              loads and JIT-compiles the analyzer again, as CI machines that switch the server off do.
# Everything happens in a temporary folder (removed at the end) with its own NuGet packages folder; set
# CITATIES_BENCH_KEEP=1 to keep it and its logs.
set -euo pipefail

profile=0
shared=true
positional=()
for arg in "$@"; do
  case "$arg" in
    --profile) profile=1 ;;
    --cold) shared=false ;;
    *) positional+=("$arg") ;;
  esac
done
runs="${positional[0]:-5}"
files="${positional[1]:-1000}"

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/citaties-analyzer-build.XXXXXX")"
if [ "${CITATIES_BENCH_KEEP:-0}" = 1 ]; then echo "keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
version="0.0.0-bench"

echo "packing Citaties.Analyzers (Release) ..."
dotnet pack "$repo/src/Citaties.Analyzers.Package" -c Release -o "$work/feed" -p:PackageVersion=$version -nologo -v:q >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; exit 1; }

cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources>
    <clear />
    <add key="bench" value="$work/feed" />
  </packageSources>
</configuration>
EOF

echo "generating $files files ..."
python3 "$here/generate.py" "$work/with" "$files"
python3 "$here/generate.py" "$work/without" "$files" --no-analyzer
echo "$(cat "$work"/with/src/*.cs | wc -l) lines, $(du -sh "$work/with/src" | cut -f1) of C#"

variants=(with without)
if [ "$profile" = 1 ]; then
  for v in no_comments attributes_and_constants no_strings; do
    cp -r "$work/with" "$work/$v"
    variants+=("$v")
  done
  printf 'root = true\n[*.cs]\ncitaties.check_comments = false\n' >"$work/no_comments/.editorconfig"
  printf 'root = true\n[*.cs]\ncitaties.check_strings = attributes_and_constants\n' >"$work/attributes_and_constants/.editorconfig"
  printf 'root = true\n[*.cs]\ncitaties.check_strings = none\n' >"$work/no_strings/.editorconfig"
fi

export DOTNET_CLI_HOME="$work/cli-home" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_CLI_UI_LANGUAGE=en
for v in "${variants[@]}"; do
  dotnet restore "$work/$v" -p:CitatiesVersion=$version -v:q >"$work/restore-$v.log" 2>&1 || { cat "$work/restore-$v.log"; exit 1; }
done

# The compiler server, warm after the first build, as on a developer's machine (some environments switch it off
# with UseSharedCompilation=false, which makes every build pay for loading and compiling the compiler and the
# analyzers). The server this script starts is stopped at the end, by its process id.
servers_before="$(pgrep -x VBCSCompiler || true; pgrep -f 'VBCSCompiler.dll' || true)"
stop_new_servers() {
  for pid in $(pgrep -x VBCSCompiler || true; pgrep -f 'VBCSCompiler.dll' || true); do
    if ! grep -qx "$pid" <<<"$servers_before"; then kill "$pid" 2>/dev/null || true; fi
  done
}
if [ "${CITATIES_BENCH_KEEP:-0}" = 1 ]; then trap 'stop_new_servers' EXIT; else trap 'stop_new_servers; rm -rf "$work"' EXIT; fi

build() { # variant, log
  dotnet build "$work/$1" --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=$shared -p:CitatiesVersion=$version \
    -p:ReportAnalyzer=true -v:detailed -clp:PerformanceSummary >"$2" 2>&1 || true
}

echo "warm-up builds (not counted) ..."
for v in "${variants[@]}"; do build "$v" "$work/warmup-$v.log"; done

for i in $(seq 1 "$runs"); do
  for v in "${variants[@]}"; do
    build "$v" "$work/run$i-$v.log"
  done
  echo "run $i of $runs done"
done

python3 - "$work" "$runs" "${variants[@]}" <<'PY'
import re, statistics, sys
work, runs, variants = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def read(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    csc = re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", text, re.M)
    ours = re.search(r"^\s*([\d.]+)\s+\S+\s+Citaties\.Analyzers\.CitationAnalyzer ", text, re.M)
    total = re.search(r"Total analyzer execution time: ([\d.]+) seconds", text)
    if not csc:
        sys.exit(f"no Csc time in {path}; the build failed?\n" + text[-3000:])
    return (int(csc.group(1)) / 1000.0,
            float(ours.group(1)) if ours else 0.0,
            float(total.group(1)) if total else 0.0)

rows = {v: [read(f"{work}/run{i}-{v}.log") for i in range(1, runs + 1)] for v in variants}
print()
print("run  Csc with (s)  Csc without (s)  CitationAnalyzer (s)  all analyzers (s)  share   added")
for i in range(runs):
    w, wo = rows["with"][i], rows["without"][i]
    print(f"{i+1:>3}  {w[0]:>12.2f}  {wo[0]:>15.2f}  {w[1]:>20.3f}  {w[2]:>17.3f}  {w[1]/w[0]:>5.1%}  {w[0]/wo[0]-1:>+6.1%}")
med = lambda v, k: statistics.median(r[k] for r in rows[v])
share = statistics.median(r[1] / r[0] for r in rows["with"])
added = med("with", 0) / med("without", 0) - 1
print(f"median  Csc with {med('with', 0):.2f} s, without {med('without', 0):.2f} s; CitationAnalyzer {med('with', 1):.3f} s")
print(f"share of the compilation: {share:.1%} (budget under 5 %); Csc time added: {added:+.1%}")
if len(variants) > 2:
    print()
    print("where the time goes (median CitationAnalyzer execution time):")
    for v in variants:
        if v != "without":
            print(f"  {v:<26} {med(v, 1):>7.3f} s   Csc {med(v, 0):.2f} s")
PY
