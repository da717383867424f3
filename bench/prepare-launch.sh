#!/usr/bin/env bash
# The production launch layout (what app-ui/Dockerfile builds), made here where there is no docker daemon
# (issue 8 D7, decisions 143, 149, 150):
#
#   bench/prepare-launch.sh [--jar JAR] [--dest DIR] [--flags "JVM FLAGS"] [--launch-jit "JVM FLAGS"] [--java PATH]
#
# 1. extracts the Spring Boot jar (`java -Djarmode=tools -jar app.jar extract`): an application jar whose manifest
#    names lib/*.jar, so classes load from plain jars instead of the fat jar's nested ones;
# 2. a training run of that layout on an empty, throw-away H2 data directory, until it answers with its 13 demo
#    proposals (and serves the sign-in page), then stops;
# 3. what the training leaves depends on the JDK that launches (decision 150):
#    - JDK 25 or later (the production image's, Temurin 25; default here when /usr/lib/jvm has one): an **AOT cache**
#      (JEP 483/514/515: classes loaded *and linked*, plus the training's method profiles), written when the training
#      run exits (-XX:AOTCacheOutput), launched with -XX:AOTCache=DIR/app.aot;
#    - JDK 17 (--java java): a *static* class-data-sharing archive dumped from the class list the training recorded
#      (-XX:DumpLoadedClassList, then -Xshare:dump), launched with -XX:SharedArchiveFile=DIR/app.jsa -Xshare:auto. A
#      dynamic archive (-XX:ArchiveClassesAtExit) crashed this machine's JDK 17.0.15 while dumping (decision 142).
#
# The layout records how it launches: DIR/launch.java (the java binary), DIR/launch.flags (the Dockerfile
# ENTRYPOINT's flags, decision 149: --flags, then --launch-jit, decision 151) and DIR/launch.archive (the archive's flag). bench/startup.sh --new-layout DIR
# times exactly `$(cat launch.java) $(cat launch.flags) $(cat launch.archive) -jar DIR/<app>.jar`. The training uses
# --flags too, so that the archive holds the classes such a launch loads (Spring AOT's generated ones among them), but
# not --launch-jit (JIT thresholds do not change what the cache maps; they change which profiles it records).
# --flags replaces them, e.g. --flags "" --launch-jit "" for an A/B baseline. An archive is only valid for the JDK build and the
# class path it was made with: rebuild it after every build of the jar (an unusable one is ignored, with a warning).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=""
dest="app-ui/target/launch"
# Spring AOT (the jar's build ran process-aot) and the serial collector: decision 149
flags="-XX:+UseSerialGC -Dspring.aot.enabled=true"
# Launch only, not the training: C2's thresholds × 10 (decision 151). The start then compiles less with C2 (−8 % CPU),
# while a running app's hot paths still reach it (steady throughput measured not lower). Trained with them too, the
# cache's profiles lose most of the gain (−2 %), so the training keeps the default thresholds. --launch-jit "" drops them.
launch_jit="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
# The production image's JDK (decision 150) when this machine has it, else the default java (JDK 17: CDS archive).
java_bin="$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1 || true)"
[ -n "$java_bin" ] || java_bin="java"
while [ $# -gt 0 ]; do
  case "$1" in
    --java) java_bin="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --dest) dest="$2"; shift 2 ;;
    --flags) flags="$2"; shift 2 ;;
    --launch-jit) launch_jit="$2"; shift 2 ;;
    *) echo "usage: $0 [--jar JAR] [--dest DIR] [--flags FLAGS] [--launch-jit FLAGS] [--java PATH]" >&2; exit 2 ;;
  esac
done
[ -n "$jar" ] || jar="$(ls app-ui/target/app-ui-*.jar 2>/dev/null | grep -v original | head -1 || true)"
[ -f "$jar" ] || { echo "no jar: build it with mvn -B -o -q -pl app-ui -am package -DskipTests, or pass --jar" >&2; exit 1; }

# a jar built without process-aot cannot start with spring.aot.enabled=true: say so instead of a failed training run
case " $flags " in *" -Dspring.aot.enabled=true "*)
  [ "$(unzip -l "$jar" | grep -c '__ApplicationContextInitializer' || true)" -gt 0 ] \
    || { echo "$jar holds no Spring AOT classes (built without process-aot?); rebuild it, or pass --flags \"-XX:+UseSerialGC\"" >&2; exit 1; } ;;
esac

# absolute paths: the archive records the class path it was dumped with, and a launch must name the same jar
dest="$(realpath -m "$dest")"
rm -rf "$dest"; mkdir -p "$dest"
"$java_bin" -Djarmode=tools -jar "$jar" extract --destination "$dest" >/dev/null
app="$(ls "$dest"/*.jar | head -1)"  # named like the jar it was extracted from
[ -f "$app" ] || { echo "extracting $jar gave no application jar in $dest" >&2; exit 1; }
echo "extracted $jar into $dest ($(ls "$dest/lib" | wc -l) libraries)" >&2

work="$(mktemp -d /tmp/oneteam-launch.XXXXXX)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
feature="$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')"
[ -n "$feature" ] || { echo "$java_bin gave no java.specification.version" >&2; exit 1; }
echo "$(command -v "$java_bin")" >"$dest/launch.java"
echo "$flags${launch_jit:+ $launch_jit}" >"$dest/launch.flags"
if [ "$feature" -ge 25 ]; then
  archive="$dest/app.aot"; training="-XX:AOTCacheOutput=$archive"; echo "-XX:AOTCache=$archive" >"$dest/launch.archive"
else
  archive="$dest/app.jsa"; training="-Xshare:off -XX:DumpLoadedClassList=$dest/classes.lst"
  echo "-XX:SharedArchiveFile=$archive -Xshare:auto" >"$dest/launch.archive"
fi
# shellcheck disable=SC2086
"$java_bin" $flags $training -jar "$app" --server.port="$port" \
    --oneteam.data.dir="$work/data" --oneteam.rules.dir= >"$work/training.log" 2>&1 &
pid=$!
trained=""
for _ in $(seq 1 3000); do
  if curl -fsS -m 2 -u officer:oneteam "http://127.0.0.1:$port/api/proposals?size=1" 2>/dev/null | grep -q '"totalElements":13'; then
    # one page of the UI too, so that what the first visitor loads is in the archive as well
    curl -s -o /dev/null -m 20 "http://127.0.0.1:$port/login" || true
    trained=yes
    break
  fi
  kill -0 "$pid" 2>/dev/null || { echo "training run exited; log:" >&2; tail -30 "$work/training.log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$trained" ] || { echo "the training run never answered with the 13 demo proposals; log:" >&2; tail -30 "$work/training.log" >&2; exit 1; }
# SIGTERM: the JVM exits through its shutdown hooks, and JDK 25 writes the AOT cache on the way out
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""

if [ "$feature" -lt 25 ]; then
  echo "training run loaded $(grep -vc '^@' "$dest/classes.lst") classes" >&2
  # shellcheck disable=SC2086
  "$java_bin" $flags -Xshare:dump -XX:SharedClassListFile="$dest/classes.lst" -XX:SharedArchiveFile="$archive" -cp "$app" \
      >"$dest/dump.log" 2>&1 || { echo "archive dump failed; see $dest/dump.log" >&2; tail -20 "$dest/dump.log" >&2; exit 1; }
  check="-Xshare:on -XX:SharedArchiveFile=$archive"
else
  grep -q "AOTCache creation is complete" "$work/training.log" \
    || { echo "the training run wrote no AOT cache; log:" >&2; grep -i aot "$work/training.log" | tail -20 >&2; exit 1; }
  check="-XX:AOTMode=on -XX:AOTCache=$archive"
fi
[ -f "$archive" ] || { echo "no archive at $archive" >&2; exit 1; }
echo "archive $archive ($(du -h "$archive" | cut -f1)); launch: $(cat "$dest/launch.java") $(cat "$dest/launch.flags") $(cat "$dest/launch.archive") -jar $app" >&2
# the archive must map with this JDK and this class path, or the launch silently runs without it
# shellcheck disable=SC2086
"$java_bin" $(cat "$dest/launch.flags") $check -cp "$app" -version >/dev/null 2>&1 \
  || { echo "the archive does not map: $java_bin $(cat "$dest/launch.flags") $check -cp $app -version" >&2; exit 1; }
