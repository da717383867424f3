#!/usr/bin/env bash
# The production launch layout (what app-ui/Dockerfile builds), made here where there is no docker daemon
# (issue 8 D7, decision 143):
#
#   bench/prepare-launch.sh [--jar JAR] [--dest DIR] [--flags "JVM FLAGS"]
#
# 1. extracts the Spring Boot jar (`java -Djarmode=tools -jar app.jar extract`): an application jar whose manifest
#    names lib/*.jar, so classes load from plain jars instead of the fat jar's nested ones;
# 2. a training run of that layout on an empty, throw-away H2 data directory, until it answers with its 13 demo
#    proposals, records every class it loaded (-XX:DumpLoadedClassList);
# 3. dumps a *static* class-data-sharing archive from that list (-Xshare:dump). A dynamic archive
#    (-XX:ArchiveClassesAtExit) crashed this machine's JDK 17.0.15 while dumping (decision 142).
#
# Launch it as the Dockerfile does:  java $(cat DIR/launch.flags) -XX:SharedArchiveFile=DIR/app.jsa -Xshare:auto -jar DIR/app-ui-*.jar
# (bench/startup.sh --new-layout DIR times exactly that). The launch flags (decision 149) are the Dockerfile's
# ENTRYPOINT's: keep the two in step. The training run uses them too, so that the archive holds the classes such a
# launch loads (Spring AOT's generated ones among them). --flags replaces them, e.g. --flags "" for an A/B baseline. The archive is only valid for this JDK build and this
# class path: rebuild it after every build of the jar (the JVM says so and ignores a stale archive with -Xshare:auto).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=""
dest="app-ui/target/launch"
# Spring AOT (the jar's build ran process-aot) and the serial collector: decision 149
flags="-XX:+UseSerialGC -Dspring.aot.enabled=true"
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --dest) dest="$2"; shift 2 ;;
    --flags) flags="$2"; shift 2 ;;
    *) echo "usage: $0 [--jar JAR] [--dest DIR] [--flags FLAGS]" >&2; exit 2 ;;
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
java -Djarmode=tools -jar "$jar" extract --destination "$dest" >/dev/null
app="$(ls "$dest"/*.jar | head -1)"  # named like the jar it was extracted from
[ -f "$app" ] || { echo "extracting $jar gave no application jar in $dest" >&2; exit 1; }
echo "extracted $jar into $dest ($(ls "$dest/lib" | wc -l) libraries)" >&2

work="$(mktemp -d /tmp/oneteam-launch.XXXXXX)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
echo "$flags" >"$dest/launch.flags"
# shellcheck disable=SC2086
java $flags -Xshare:off -XX:DumpLoadedClassList="$dest/classes.lst" -jar "$app" --server.port="$port" \
    --oneteam.data.dir="$work/data" --oneteam.rules.dir= >"$work/training.log" 2>&1 &
pid=$!
for _ in $(seq 1 3000); do
  if curl -fsS -m 2 -u officer:oneteam "http://127.0.0.1:$port/api/proposals?size=1" 2>/dev/null | grep -q '"totalElements":13'; then
    # one page of the UI too, so that what the first visitor loads is in the archive as well
    curl -s -o /dev/null -m 20 "http://127.0.0.1:$port/login" || true
    break
  fi
  kill -0 "$pid" 2>/dev/null || { echo "training run exited; log:" >&2; tail -30 "$work/training.log" >&2; exit 1; }
  sleep 0.2
done
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
echo "training run loaded $(grep -vc '^@' "$dest/classes.lst") classes" >&2

# shellcheck disable=SC2086
java $flags -Xshare:dump -XX:SharedClassListFile="$dest/classes.lst" -XX:SharedArchiveFile="$dest/app.jsa" -cp "$app" \
    >"$dest/dump.log" 2>&1 || { echo "archive dump failed; see $dest/dump.log" >&2; tail -20 "$dest/dump.log" >&2; exit 1; }
echo "archive $dest/app.jsa ($(du -h "$dest/app.jsa" | cut -f1)); launch: java $flags -XX:SharedArchiveFile=$dest/app.jsa -Xshare:auto -jar $app" >&2
# the archive must map with this JDK and this class path, or the launch silently runs without it (-Xshare:auto)
# shellcheck disable=SC2086
java $flags -Xshare:on -XX:SharedArchiveFile="$dest/app.jsa" -cp "$app" -version >/dev/null 2>&1 \
  || { echo "the archive does not map: java $flags -Xshare:on -XX:SharedArchiveFile=$dest/app.jsa -cp $app -version" >&2; exit 1; }
