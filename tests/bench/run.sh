#!/usr/bin/env bash
# Builds the `default` preset, runs every benchmark executable several times and prints one table:
# figure, median, spread (min–max), the median of its baseline from the same runs, the ratio, the target, met.
# Exits non-zero only when the build fails or a benchmark cannot run; a missed target is reported, not fatal.
# usage: tests/bench/run.sh
#   BENCH_RUNS=N          runs per benchmark (5 by default)
#   BENCH_BUILD_DIR=DIR   use an already configured build folder instead of the preset: only the benchmarks are
#                         built there (handy while another build is using build/default)
#
# A benchmark prints one figure a line, "name value unit", plus lines that say what to compare it with:
#   # baseline NAME          the figure of the same output every other figure is divided by
#   # target NAME MINIMUM    the value NAME must reach (medians are compared)
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
    /^#[[:space:]]*target[[:space:]]/ { target[$3] = $4; next }
    /^#/ || NF < 2 { next }
    {
        if (!($1 in values)) { order[++count] = $1; owner[$1] = bench; unit[$1] = $3 }
        values[$1] = values[$1] " " $2
    }
    END {
        format = "%-44s %14s %27s %16s %9s %10s %4s\n"
        printf format, "figure", "median", "spread (min-max)", "baseline median", "ratio", "target", "met"
        for (i = 1; i <= count; i++) {
            f = order[i]; m = median(values[f])
            b = baseline[owner[f]]
            if (b != "" && (b in values)) { bm = median(values[b]); base = sprintf("%.0f", bm); ratio = bm > 0 ? sprintf("%.4f", m / bm) : "-" }
            else { base = "-"; ratio = "-" }
            if (f in target) { goal = ">= " target[f]; met = m >= target[f] + 0 ? "yes" : "NO" } else { goal = "-"; met = "-" }
            printf format, f " (" unit[f] ")", sprintf("%.0f", m), sprintf("%.0f-%.0f", minimum(values[f]), maximum(values[f])), base, ratio, goal, met
        }
    }
' "$out"/*.out
