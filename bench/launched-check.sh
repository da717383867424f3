#!/usr/bin/env bash
# The production launch, checked end to end (decision 150): makes the layout the image runs (bench/prepare-launch.sh:
# the extracted jar, Spring AOT, the serial collector, on Temurin 25 with its AOT cache where the machine has that
# JDK, else JDK 17 with a CDS archive), launches it on a throw-away H2 directory with its demo data, and runs
# LaunchedAppBrowserTest against it in Chromium: sign-in, the queue, a proposal with its recommendations, no console
# error. The tests of `mvn verify` run on JDK 17 inside Spring's test context; this is the one check of the runtime
# and the launch that production uses. .ci/run calls it after `mvn -B verify` (which built the jar).
#
#   bench/launched-check.sh [--jar JAR]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=""
[ "${1:-}" = "--jar" ] && jar="$2"
[ -n "$jar" ] || jar="$(ls app-ui/target/app-ui-*.jar 2>/dev/null | grep -v original | head -1 || true)"
[ -f "$jar" ] || { echo "no jar: run mvn -B verify (or package) first" >&2; exit 1; }

work="$(mktemp -d /tmp/oneteam-launched.XXXXXX)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

bench/prepare-launch.sh --jar "$jar" --dest "$work/launch"
layout="$work/launch"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
# The archive strictly: a launch that could not use it fails here instead of quietly starting without it.
archive="$(sed 's/-Xshare:auto/-Xshare:on/' "$layout/launch.archive")"
case "$archive" in *AOTCache*) archive="$archive -XX:AOTMode=on" ;; esac
# shellcheck disable=SC2046,SC2086
"$(cat "$layout/launch.java")" $(cat "$layout/launch.flags") $archive -jar "$(ls "$layout"/*.jar | head -1)" \
    --server.port="$port" --oneteam.data.dir="$work/data" --oneteam.rules.dir= >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  curl -fsS -m 2 -u officer:oneteam "http://127.0.0.1:$port/api/proposals?size=1" 2>/dev/null | grep -q '"totalElements":13' && break
  kill -0 "$pid" 2>/dev/null || { echo "the launched application exited; log:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
  sleep 0.2
done
curl -fsS -m 2 -u officer:oneteam "http://127.0.0.1:$port/api/proposals?size=1" | grep -q '"totalElements":13' \
  || { echo "the launched application never answered with its 13 demo proposals; log:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
echo "launched $(cat "$layout/launch.java") with $archive; answering on port $port" >&2
mvn -B -o -q -pl app-ui -am test -Dtest=LaunchedAppBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Doneteam.launched.url="http://127.0.0.1:$port"
# the test is skipped (not failed) where Chromium is missing: say so rather than pass quietly
report="app-ui/target/surefire-reports/TEST-kr.oneteam.app.browser.LaunchedAppBrowserTest.xml"
grep -q 'skipped="0"' "$report" || { echo "LaunchedAppBrowserTest was skipped: is Chromium installed?" >&2; exit 1; }
echo "the production launch signs an officer in and shows the demo queue and a proposal in Chromium" >&2
