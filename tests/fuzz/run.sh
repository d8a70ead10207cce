#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs each for a bounded time (SECURITY.md 29).
# Fails when a target finds a crash, a sanitizer report, a leak, a timeout or a broken invariant; the input that
# did it is left in build/fuzz/artifacts/<target>/ (replay: build/fuzz/tests/fuzz/bin/<target> <file>).
# usage: tests/fuzz/run.sh [target...]          (default: every target)
#   FUZZ_SECONDS=N   seconds per target (60 by default)
#   FUZZ_JOBS=N      parallel compile jobs (ninja's default when unset)
# The corpus grows in build/fuzz/corpus/<target>/, seeded from tests/fuzz/corpus/<target>/; the seeds in the
# source tree are never written to.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${FUZZ_SECONDS:-60}
build=$root/build/fuzz

"$root/installer/install-deps.sh" test

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DSMSOTP_FUZZ=ON -DSMSOTP_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --target smsotp_fuzzers ${FUZZ_JOBS:+-j "$FUZZ_JOBS"}

bin=$build/tests/fuzz/bin
if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for t in "$root"/tests/fuzz/Fuzz*.cpp; do targets+=("$(basename "$t" .cpp)"); done
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
summary=()
for target in "${targets[@]}"; do
    [ -x "$bin/$target" ] || { echo "no fuzz target $target" >&2; exit 64; }
    corpus=$build/corpus/$target
    artifacts=$build/artifacts/$target
    log=$build/logs/$target.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    echo "== $target: ${seconds}s"
    status=0
    "$bin/$target" "$corpus" "$root/tests/fuzz/corpus/$target" -max_total_time="$seconds" -max_len=4096 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    units=$(find "$corpus" -type f | wc -l)
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        summary+=("$(printf '%-22s FAILED (exit %s), see %s' "$target" "$status" "$log")")
        grep -E 'ERROR|runtime error|fuzz check failed|Test unit written' "$log" | head -5 >&2 || true
    else
        summary+=("$(printf '%-22s ok  %10s runs  %7s exec/s  %5s corpus files' "$target" "${runs:-?}" "${rate:-?}" "$units")")
    fi
done

echo
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzzing ok: ${#targets[@]} target(s), ${seconds}s each, no findings"
