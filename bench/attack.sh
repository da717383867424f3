#!/usr/bin/env bash
# A real user's GET under a 16-thread password-guessing flood, old jar vs new jar, back to back (issue 8,
# deliverable 3). Not part of `mvn verify`. Each jar is started on an empty H2 data directory and a free
# loopback port; bench/LoginAttack.java measures the median GET alone and under attack and prints the ratio.
#
#   bench/attack.sh [--old JAR] [--new JAR] [--threads N] [--samples N]
set -euo pipefail
cd "$(dirname "$0")/.."
old=""; new=""; threads=16; samples=40
while [ $# -gt 0 ]; do
  case "$1" in
    --old) old="$2"; shift 2 ;;
    --new) new="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    *) echo "usage: $0 [--old JAR] [--new JAR] [--threads N] [--samples N]" >&2; exit 2 ;;
  esac
done
[ -n "$new" ] || new="$(ls app-ui/target/app-ui-*.jar | grep -v original | head -1)"
work="$(mktemp -d /tmp/oneteam-attack.XXXXXX)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

run() { # $1 = label, $2 = jar
  local port data
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  data="$(mktemp -d "$work/data.XXXX")"
  java -jar "$2" --server.port="$port" --oneteam.data.dir="$data" --oneteam.rules.dir= >"$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do
    curl -fsS -m 2 -u officer:oneteam "http://127.0.0.1:$port/api/proposals?size=1" 2>/dev/null | grep -q '"totalElements":13' && break
    sleep 0.1
  done
  echo "$1 ($2):"
  java bench/LoginAttack.java "http://127.0.0.1:$port" "$threads" "$samples"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

[ -n "$old" ] && run old "$old"
run new "$new"
