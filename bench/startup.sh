#!/usr/bin/env bash
# Start-up benchmark (issue 8, deliverable 7): launch to "answering with its demo data", old jar vs new jar,
# back to back on the same machine. Not part of `mvn verify`: timings are only comparable within one run.
#
#   bench/startup.sh [-n RUNS] [--old JAR|GIT-REF] [--new JAR] [--new-layout DIR] [--old-args "ARGS"] [--new-args "ARGS"]
#                    [--old-jvm "FLAGS"] [--new-jvm "FLAGS"] [--keep-logs DIR]
#
# --old  a jar, or a git ref (default: main) that is built into a temporary directory (mvn -o package, never install)
# --new  a jar (default: app-ui/target/app-ui-*.jar of this tree, built with `mvn -o -pl app-ui -am package -DskipTests`)
# --new-layout DIR  time the new side as production launches it (app-ui/Dockerfile, decisions 143, 149, 150): the
#        extracted jar with its archive, on the JDK the layout names (launch.java: Temurin 25 with an AOT cache where
#        the machine has it, else JDK 17 with a CDS archive), as made by bench/prepare-launch.sh --dest DIR (made from
#        --new's jar if DIR has no archive yet). The new fat jar is then timed as well, so three launches alternate per run
#        (old fat jar, new fat jar, new production layout) and both ratios are printed. The old jar is always timed as
#        it shipped: a fat jar, `java -jar`.
# --old-args / --new-args  extra arguments for that side's launches, e.g. the same jar with a setting off and on:
#        --old app.jar --new app.jar --old-args "--oneteam.rules.compile-in-background=false"
# --old-jvm / --new-jvm  JVM options for that side's launches (before -jar; --new-jvm applies to the new fat jar and the
#        new layout), e.g. one launch setting off and on: --old DIR --new-layout DIR --new-jvm "-XX:+UseSerialGC"
# --old DIR / --new DIR  a directory made by bench/prepare-launch.sh is timed as that production layout (for an A/B of
#        launch settings on one layout: --old DIR --new DIR --new-jvm "-XX:+UseSerialGC"); a jar is timed as a fat jar.
# --keep-logs DIR  keep each launch's application log as DIR/<side>-<run>.log (side: old, new, new-layout) and the
#        CPU seconds of each of its threads when it answered as DIR/<side>-<run>.cpu (from /proc/<pid>/task/*/stat;
#        threads that had already ended are only in the process total), to compare two starts step by step
#        (decision 143's table, decision 149). Without it the logs are deleted with the run's temporary directory.
# Each launch gets an empty H2 data directory (first start: accounts + 13 demo proposals), a free port, and is timed
# from `java -jar` until GET /api/proposals?size=1 as officer answers totalElements 13. Prints each run, the
# medians and new/old. The launches alternate (old, new, old, new, ...) so that a noisy neighbour hurts both.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
old=main
new=""
old_args=""
new_args=""
layout=""
keep=""
old_jvm=""
new_jvm=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --old) old="$2"; shift 2 ;;
    --new) new="$2"; shift 2 ;;
    --old-args) old_args="$2"; shift 2 ;;
    --new-args) new_args="$2"; shift 2 ;;
    --new-layout) layout="$2"; shift 2 ;;
    --keep-logs) keep="$2"; shift 2 ;;
    --old-jvm) old_jvm="$2"; shift 2 ;;
    --new-jvm) new_jvm="$2"; shift 2 ;;
    *) echo "usage: $0 [-n RUNS] [--old JAR|GIT-REF] [--new JAR] [--new-layout DIR] [--old-args ARGS] [--new-args ARGS] [--old-jvm FLAGS] [--new-jvm FLAGS] [--keep-logs DIR]" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d /tmp/oneteam-startup.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

build_tree() { # $1 = directory with the project's sources; prints the jar's path
  (cd "$1" && mvn -B -o -q -pl app-ui -am package -DskipTests >"$work/build.log" 2>&1) \
    || { echo "build failed in $1 (see $work/build.log)" >&2; tail -30 "$work/build.log" >&2; exit 1; }
  ls "$1"/app-ui/target/app-ui-*.jar | grep -v original | head -1
}

is_layout() { # $1 = a path; true if bench/prepare-launch.sh made it (a CDS archive or, on JDK 25, an AOT cache)
  [ -d "$1" ] && { [ -f "$1/app.jsa" ] || [ -f "$1/app.aot" ]; }
}
layout_java() { # $1 = a layout; the java binary it was trained with (an archive only maps with its own JDK build)
  cat "$1/launch.java" 2>/dev/null || echo java
}
layout_launch() { # $1 = a layout; prints the java arguments that launch it, as the Dockerfile's ENTRYPOINT does
  local archive
  archive="$(cat "$1/launch.archive" 2>/dev/null || echo "-XX:SharedArchiveFile=$1/app.jsa -Xshare:auto")"
  echo "$(cat "$1/launch.flags" 2>/dev/null || true) $archive -jar $(ls "$1"/*.jar | head -1)"
}

old_java=java; new_java=java; layout_java_bin=java
if [ -f "$old" ]; then
  old_jar="$old"; old_cmd="-jar $old_jar"
elif is_layout "$old"; then
  old="$(realpath "$old")"; old_jar="$(ls "$old"/*.jar | head -1)"; old_cmd="$(layout_launch "$old")"; old_java="$(layout_java "$old")"
else
  echo "building $old in $work/old ..." >&2
  mkdir -p "$work/old" && git archive "$old" | tar -x -C "$work/old"
  old_jar="$(build_tree "$work/old")"; old_cmd="-jar $old_jar"
fi
if [ -z "$new" ]; then
  new="$(ls app-ui/target/app-ui-*.jar 2>/dev/null | grep -v original | head -1 || true)"
  [ -n "$new" ] || new="$(build_tree .)"
fi
new_jar="$new"; new_cmd="-jar $new_jar"; new_kind="fat jar"
if is_layout "$new"; then
  new="$(realpath "$new")"; new_jar="$(ls "$new"/*.jar | head -1)"; new_cmd="$(layout_launch "$new")"; new_java="$(layout_java "$new")"
  new_kind="production layout"
fi
if [ -n "$layout" ]; then
  layout="$(realpath -m "$layout")"
  is_layout "$layout" || bench/prepare-launch.sh --jar "$new_jar" --dest "$layout"
  # the same JDK and flags as the Dockerfile's ENTRYPOINT (prepare-launch.sh wrote them into the layout)
  layout_cmd="$(layout_launch "$layout")"; layout_java_bin="$(layout_java "$layout")"
fi

if [ -n "$keep" ]; then keep="$(realpath -m "$keep")"; mkdir -p "$keep"; fi
tick=$(getconf CLK_TCK)

thread_cpu() { # $1 = pid; prints "seconds thread-name" per live thread, then "seconds (process)" including ended threads
  local f
  for f in /proc/"$1"/task/*/stat; do
    # comm is in parentheses and may hold spaces: utime and stime are fields 14 and 15 of the whole line
    awk -v t="$tick" '{ l=$0; n=substr(l, index(l,"(")+1, index(l,")")-index(l,"(")-1); sub(/^.*\) /, "", l);
      split(l, a, " "); printf "%.2f %s\n", (a[12]+a[13])/t, n }' "$f" 2>/dev/null || true
  done | sort -rn
  awk -v t="$tick" '{ l=$0; sub(/^.*\) /, "", l); split(l, a, " "); printf "%.2f (process)\n", (a[12]+a[13])/t }' /proc/"$1"/stat
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

launch() { # $1 = java arguments up to the jar ("-jar x.jar"), $2 = extra arguments, $3 = name for --keep-logs,
           # $4 = the java binary; prints seconds from launch to answering, and the process's CPU seconds by then
  local jvm="$1" extra="${2:-}" name="${3:-launch}" java_bin="${4:-java}" port data start pid elapsed cpu
  port="$(free_port)"; data="$(mktemp -d "$work/data.XXXX")"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$java_bin" $jvm --server.port="$port" --oneteam.data.dir="$data" --oneteam.rules.dir= $extra >"$data/app.log" 2>&1 &
  pid=$!; pids+=("$pid")
  for _ in $(seq 1 1800); do
    # A jar with a readiness probe is asked anonymously until it is ready: a signed-in poll while the demo accounts
    # do not exist yet counts as failed sign-ins, and the sign-in throttle (decision 072) would then brake the very
    # call that measures. 503 = starting; 000 = not listening yet. A jar without the probe (401/404) is polled
    # signed in, as before. Either way the time ends at the signed-in answer with the 13 demo proposals.
    ready=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null || true)
    if [ "$ready" != "503" ] && [ "$ready" != "000" ] && curl -fsS -m 2 -u officer:oneteam "http://127.0.0.1:$port/api/proposals?size=1" 2>/dev/null \
        | grep -q '"totalElements":13'; then
      elapsed=$(echo "$(date +%s.%N) - $start" | bc)
      thread_cpu "$pid" >"$data/threads.cpu"
      cpu=$(awk '/\(process\)$/ {print $1}' "$data/threads.cpu")
      kill "$pid"; wait "$pid" 2>/dev/null || true
      if [ -n "$keep" ]; then cp "$data/app.log" "$keep/$name.log"; cp "$data/threads.cpu" "$keep/$name.cpu"; fi
      printf '%.2f %s\n' "$elapsed" "$cpu"; return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "app exited; log: $data/app.log" >&2; tail -20 "$data/app.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "no answer after 180 s; log: $data/app.log" >&2; exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "old: $old_java $old_jvm $old_cmd $old_args"; echo "new: $new_java $new_jvm $new_cmd $new_args ($new_kind)"
[ -z "$layout" ] || echo "new, production layout: $layout_java_bin $new_jvm $layout_cmd $new_args"
echo "runs: $runs (alternating); load: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "$keep" ] || echo "logs and per-thread CPU kept in $keep"
one() { # $1 = side, $2 = run, $3 = java arguments up to the jar, $4 = extra arguments, $5 = the java binary
  local r t c
  r=$(launch "$3" "$4" "$1-$2" "$5"); t=${r%% *}; c=${r#* }
  echo "$t" >>"$work/$1.times"; echo "$c" >>"$work/$1.cpu"
  echo "run $2 $1 ${t}s (process CPU ${c}s, load $(cut -d' ' -f1 /proc/loadavg))"
}
for i in $(seq 1 "$runs"); do
  one old "$i" "$old_jvm $old_cmd" "$old_args" "$old_java"
  one new "$i" "$new_jvm $new_cmd" "$new_args" "$new_java"
  [ -z "$layout" ] || one new-layout "$i" "$new_jvm $layout_cmd" "$new_args" "$layout_java_bin"
done
old_median=$(median <"$work/old.times"); new_median=$(median <"$work/new.times")
echo "median old ${old_median}s, new ${new_median}s, new/old $(echo "scale=3; $new_median / $old_median" | bc) (as launched above)"
echo "median process CPU old $(median <"$work/old.cpu")s, new $(median <"$work/new.cpu")s"
if [ -n "$layout" ]; then
  layout_median=$(median <"$work/new-layout.times")
  echo "median new production layout ${layout_median}s, new-layout/old $(echo "scale=3; $layout_median / $old_median" | bc) (the production launch: extracted jar + its archive, vs the old fat jar)"
  echo "median process CPU new production layout $(median <"$work/new-layout.cpu")s"
fi
