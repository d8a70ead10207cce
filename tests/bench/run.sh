#!/usr/bin/env bash
# Builds the `default` preset, runs every benchmark executable several times and prints one table:
# figure, median, spread (min–max), the median of its baseline from the same runs, the ratio, the target, met.
# Exits non-zero only when the build fails or a benchmark cannot run; a missed target is reported, not fatal.
# usage: tests/bench/run.sh
#   BENCH_RUNS=N          runs per benchmark (5 by default)
#   BENCH_ONLY=REGEX      run only the benchmarks whose executable name matches (e.g. 'startup|history')
#   BENCH_BUILD_DIR=DIR   use an already configured build folder instead of the preset: only the benchmarks are
#                         built there (handy while another build is using build/default)
#
# A benchmark prints one figure a line, "name value unit", plus lines that say what to compare it with:
#   # baseline NAME              the figure of the same output every other figure is divided by
#   # compare NAME BASELINE      NAME is divided by BASELINE instead (a bench with several baselines)
#   # target NAME MINIMUM        the value NAME must reach (medians are compared)
#   # target-max NAME MAXIMUM    the value NAME must not exceed
#   # target-ratio NAME MINIMUM  NAME / its baseline must reach MINIMUM (e.g. a rate at least 0.8x the baseline's)
#   # target-ratio-max NAME MAX  NAME / its baseline must not exceed MAX (e.g. a time at most 1.5x the baseline's)
#   # target-delta-max NAME MAX  NAME - its baseline must not exceed MAX (e.g. memory at most baseline + 15 MiB)
# Other lines starting with # are ignored. Every run of a bench must print the same target lines.
#
# The machine may be busy with other work while this runs: absolute figures move with it, which is why every
# figure that has a target relative to something is divided by a baseline measured in the same run.
set -euo pipefail

runs=${BENCH_RUNS:-5}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"

if [ -n "${BENCH_BUILD_DIR:-}" ]; then
    build_dir=$BENCH_BUILD_DIR
    cmake --build "$build_dir" --target tests/bench/all
else
    build_dir=build/default
    cmake --preset default
    cmake --build --preset default
fi

bin_dir=$build_dir/tests/bench/bin
shopt -s nullglob
benches=("$bin_dir"/bench_*)
if [ ${#benches[@]} -eq 0 ]; then
    echo "run.sh: no benchmark executable in $bin_dir" >&2
    exit 1
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for bench in "${benches[@]}"; do
    [ -x "$bench" ] || continue
    name=$(basename "$bench")
    if [ -n "${BENCH_ONLY:-}" ] && ! [[ $name =~ $BENCH_ONLY ]]; then
        continue
    fi
    for ((run = 1; run <= runs; run++)); do
        echo "running $name ($run/$runs)" >&2
        if ! "$bench" >"$out/$name.$run.out" 2>"$out/$name.$run.err"; then
            echo "run.sh: $name failed on run $run:" >&2
            cat "$out/$name.$run.err" >&2
            exit 1
        fi
        if ! grep -qE '^[^#[:space:]]+[[:space:]]+[-+0-9.eE]+' "$out/$name.$run.out"; then
            echo "run.sh: $name printed no figure on run $run" >&2
            exit 1
        fi
    done
done

# One awk over every output: values per figure, the baseline of each executable, the targets.
awk '
    function median(list,    n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] + 0 > t + 0; j--) v[j + 1] = v[j]; v[j + 1] = t }
        return n % 2 ? v[(n + 1) / 2] + 0 : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    function minimum(list,    n, v, i, m) { n = split(list, v, " "); m = v[1] + 0; for (i = 2; i <= n; i++) if (v[i] + 0 < m) m = v[i] + 0; return m }
    function maximum(list,    n, v, i, m) { n = split(list, v, " "); m = v[1] + 0; for (i = 2; i <= n; i++) if (v[i] + 0 > m) m = v[i] + 0; return m }
    {
        bench = FILENAME; sub(/.*\//, "", bench); sub(/\.[0-9]+\.out$/, "", bench)
    }
    /^#[[:space:]]*baseline[[:space:]]/ { baseline[bench] = $3; next }
    /^#[[:space:]]*compare[[:space:]]/ { compare[$3] = $4; next }
    /^#[[:space:]]*target[[:space:]]/ { target[$3] = $4; kind[$3] = "min"; next }
    /^#[[:space:]]*target-max[[:space:]]/ { target[$3] = $4; kind[$3] = "max"; next }
    /^#[[:space:]]*target-ratio[[:space:]]/ { target[$3] = $4; kind[$3] = "ratio-min"; next }
    /^#[[:space:]]*target-ratio-max[[:space:]]/ { target[$3] = $4; kind[$3] = "ratio-max"; next }
    /^#[[:space:]]*target-delta-max[[:space:]]/ { target[$3] = $4; kind[$3] = "delta-max"; next }
    /^#/ || NF < 2 { next }
    {
        if (!($1 in values)) { order[++count] = $1; owner[$1] = bench; unit[$1] = $3 }
        values[$1] = values[$1] " " $2
    }
    function shown(x) { return (x >= 100 || x <= -100) ? sprintf("%.0f", x) : sprintf("%.2f", x) }
    END {
        format = "%-44s %12s %21s %12s %8s %16s %4s\n"
        printf format, "figure", "median", "spread (min-max)", "baseline", "ratio", "target", "met"
        failed = 0
        for (i = 1; i <= count; i++) {
            f = order[i]; m = median(values[f])
            b = (f in compare) ? compare[f] : baseline[owner[f]]
            have = b != "" && b != f && (b in values)
            if (have) { bm = median(values[b]); base = shown(bm); r = bm != 0 ? m / bm : 0; ratio = bm != 0 ? sprintf("%.3f", r) : "-" }
            else { base = "-"; ratio = "-" }
            goal = "-"; met = "-"
            if (f in target) {
                t = target[f] + 0; k = kind[f]
                if (k == "min") { goal = ">= " target[f]; ok = m >= t }
                else if (k == "max") { goal = "<= " target[f]; ok = m <= t }
                else if (k == "ratio-min") { goal = ">= " target[f] "x"; ok = have && bm != 0 && r >= t }
                else if (k == "ratio-max") { goal = "<= " target[f] "x"; ok = have && bm != 0 && r <= t }
                else if (k == "delta-max") { goal = "<= base+" target[f]; ok = have && m - bm <= t }
                met = ok ? "yes" : "NO"
            }
            printf format, f " (" unit[f] ")", shown(m), shown(minimum(values[f])) "-" shown(maximum(values[f])), base, ratio, goal, met
        }
    }
' "$out"/*.out
