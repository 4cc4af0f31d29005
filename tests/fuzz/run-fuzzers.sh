#!/usr/bin/env bash
# Builds Crible's libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer),
# replays every saved regression input, then fuzzes each target for FUZZ_SECONDS (default 60)
# on a scratch copy of its seed corpus. Exits non-zero when any target crashes, leaks, hits
# undefined behaviour or times out; the crashing input is copied to $FUZZ_WORK/artifacts and
# the command to replay it is printed.
#
#   tests/fuzz/run-fuzzers.sh                 # all targets, 60 s each
#   FUZZ_SECONDS=10 tests/fuzz/run-fuzzers.sh fuzz_decode fuzz_import_html
#
# Environment: FUZZ_SECONDS, FUZZ_BUILD_DIR (default build/fuzz), FUZZ_JOBS (build jobs, 2),
# FUZZ_WORK (scratch folder, default a new one under /dev/shm or $TMPDIR), FUZZ_SKIP_BUILD=1.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build/fuzz}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}

all_targets=(fuzz_decode fuzz_import_txt fuzz_import_html fuzz_import_md fuzz_corpus
             fuzz_project_open)
if (($# > 0)); then targets=("$@"); else targets=("${all_targets[@]}"); fi

seeds_for() {
    case "$1" in
        fuzz_decode | fuzz_import_txt) echo "$here/corpus/decode" ;;
        fuzz_import_html) echo "$here/corpus/html" ;;
        fuzz_import_md) echo "$here/corpus/md" ;;
        fuzz_corpus) echo "$here/corpus/corpus" ;;
        fuzz_project_open) echo "$here/corpus/project" ;;
        *) echo "unknown fuzz target $1" >&2; exit 2 ;;
    esac
}

dict_for() {
    case "$1" in
        fuzz_import_html) echo "$here/html.dict" ;;
        fuzz_corpus) echo "$here/json.dict" ;;
    esac
}

if [[ ${FUZZ_SKIP_BUILD:-0} != 1 ]]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRIBLE_BUILD_FUZZ=ON -DCRIBLE_SANITIZE=ON \
        -DCRIBLE_BUILD_TESTS=ON -DCRIBLE_BUILD_BENCH=OFF >/dev/null
    cmake --build "$build" --target crible_fuzzers -j "$jobs"
fi
bin=$build/tests/fuzz

# Scratch space on tmpfs when there is one: the project targets fsync (synchronous=FULL).
if [[ -z ${FUZZ_WORK:-} ]]; then
    if [[ -d /dev/shm && -w /dev/shm ]]; then base=/dev/shm; else base=${TMPDIR:-/tmp}; fi
    FUZZ_WORK=$(mktemp -d "$base/crible-fuzz.XXXXXX")
fi
mkdir -p "$FUZZ_WORK/artifacts"
export TMPDIR=$FUZZ_WORK
echo "fuzz: work folder $FUZZ_WORK, $seconds s per target"

# Leak reports only for Crible's own allocations: see the comments in lsan.supp.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1:detect_stack_use_after_return=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$here/ubsan.supp}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=()

# 1. Every input that once crashed a target must now pass.
for target in "${targets[@]}"; do
    dir=$here/regressions/$target
    [[ -d $dir ]] || continue
    mapfile -t inputs < <(find "$dir" -type f ! -name '*.md' | sort)
    ((${#inputs[@]} > 0)) || continue
    echo "fuzz: replaying ${#inputs[@]} regression input(s) of $target"
    if ! "$bin/$target" -runs=1 "${inputs[@]}" >"$FUZZ_WORK/$target.regressions.log" 2>&1; then
        tail -n 40 "$FUZZ_WORK/$target.regressions.log"
        failed+=("$target (regression input)")
    fi
done

# 2. Fresh fuzzing from the seeds.
for target in "${targets[@]}"; do
    work=$FUZZ_WORK/corpus-$target
    mkdir -p "$work"
    cp "$(seeds_for "$target")"/* "$work"/
    if [[ $target == fuzz_project_open ]]; then
        # A real project of the current schema, made by the store itself.
        "$bin/fuzz_make_project_seed" "$work/real-project.crible"
        rm -f "$work"/*-wal "$work"/*-shm
    fi
    options=()
    dict=$(dict_for "$target")
    [[ -n $dict ]] && options+=("-dict=$dict")
    log=$FUZZ_WORK/$target.log
    echo "fuzz: $target for $seconds s"
    set +e
    "$bin/$target" "$work" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 \
        "${options[@]}" -print_final_stats=1 -artifact_prefix="$FUZZ_WORK/artifacts/$target-" \
        >"$log" 2>&1
    status=$?
    set -e
    grep -E '^#[0-9]+.*(DONE|pulse|INITED)' "$log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" || true
    if ((status != 0)); then
        echo "fuzz: $target FAILED (exit $status)"
        grep -E 'ERROR|SUMMARY|runtime error|broke its promise|abort' "$log" | head -n 20 || true
        for artifact in "$FUZZ_WORK"/artifacts/"$target"-*; do
            [[ -e $artifact ]] && echo "  replay: $bin/$target $artifact"
        done
        failed+=("$target")
    fi
done

if ((${#failed[@]} > 0)); then
    echo "fuzz: FAILED: ${failed[*]} (logs and inputs in $FUZZ_WORK)"
    exit 1
fi
echo "fuzz: all targets clean"
rm -rf "$FUZZ_WORK"
