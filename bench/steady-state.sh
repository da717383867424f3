#!/usr/bin/env bash
# Steady-state throughput of the production launch with and without extra JVM flags (decision 151): a launch flag that
# makes the start cheaper (a JIT threshold, say) must not cost what the app does afterwards. Not part of `mvn verify`.
#
#   bench/steady-state.sh --layout DIR [--flags "JVM FLAGS"] [-n LAUNCHES] [--rounds R] [--batch N] [--gets G]
#
# Launches the layout made by bench/prepare-launch.sh (as bench/startup.sh does, on an empty H2 directory with its demo
# data), alternately without and with FLAGS, n times each. After each start: R rounds of one POST /api/proposals/batch
# of N fresh proposals (INTAKE.md's example, each its own externalRef) and G signed-in GETs of a page of proposals
# (each a Basic sign-in, so BCrypt is part of it). Prints every round's rates and, per side, the median of the last
# three rounds of every launch. Compare the sides of ONE run, on a quiet machine: under load the rounds vary 2-3x.
set -euo pipefail
cd "$(dirname "$0")/.."
layout=""; flags=""; n=2; rounds=12; batch=500; gets=50
while [ $# -gt 0 ]; do
  case "$1" in
    --layout) layout="$2"; shift 2 ;;
    --flags) flags="$2"; shift 2 ;;
    -n) n="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --batch) batch="$2"; shift 2 ;;
    --gets) gets="$2"; shift 2 ;;
    *) echo "usage: $0 --layout DIR [--flags FLAGS] [-n LAUNCHES] [--rounds R] [--batch N] [--gets G]" >&2; exit 2 ;;
  esac
done
[ -f "$layout/launch.flags" ] || { echo "no layout at '$layout': make one with bench/prepare-launch.sh --dest DIR" >&2; exit 1; }
work="$(mktemp -d /tmp/oneteam-steady.XXXXXX)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cat >"$work/rounds.py" <<'PY'
import base64, json, sys, time, urllib.request
base, rounds, n, g, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
auth = "Basic " + base64.b64encode(b"officer:oneteam").decode()
item = {"receivedAt": "2025-07-08T15:30:00+09:00", "channel": "MEETING",
        "company": {"sizeClass": "SME", "startup": True, "venture": True, "youthFounded": False, "region": "CAPITAL",
                    "valueChain": ["AI_CHIP"], "supplierRoles": [], "currentAwards": []},
        "title": "공공부문 국산 AI반도체 선도 수요 창출", "text": "엔비디아와 경쟁하려면 공공이 먼저 국산 AI반도체 수요를 만들어야 한다",
        "categories": ["PUBLIC_DEMAND"], "themes": ["DOMESTIC_NPU", "INFERENCE"], "stage": "COMMERCIAL",
        "compute": {"accelerator": "DOMESTIC_NPU", "quantity": 0, "months": 0, "workload": "INFERENCE"},
        "regulation": {"sandboxTrack": "NONE", "generativeAi": False, "highImpactDomain": "NONE"},
        "procurement": {"konepsRegistered": True, "innovationProduct": "NONE", "targetAgencies": ["경찰청"]},
        "consortium": []}
def call(path, body=None):
    r = urllib.request.Request(base + path, data=body, headers={"Authorization": auth, "Content-Type": "application/json"})
    with urllib.request.urlopen(r, timeout=300) as resp:
        return resp.read()
for rnd in range(1, rounds + 1):
    items = [dict(item, externalRef=f"{tag}-{rnd}-{i}", company=dict(item["company"], name=f"기업 {i % 200}")) for i in range(n)]
    body = json.dumps(items, ensure_ascii=False).encode()
    t0 = time.perf_counter()
    created = sum(1 for x in json.loads(call("/api/proposals/batch", body))["results"] if x["status"] == "created")
    t1 = time.perf_counter()
    for i in range(g):
        call(f"/api/proposals?size=20&page={i % 10}")
    t2 = time.perf_counter()
    if created != n:
        sys.exit(f"round {rnd}: only {created} of {n} created")
    print(f"{rnd} {n / (t1 - t0):.0f} {g / (t2 - t1):.1f}", flush=True)
PY

launch_rounds() { # $1 = side name, $2 = extra flags; appends "side round batch/s get/s" lines to $work/rates
  local port data
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  data="$(mktemp -d "$work/data.XXXX")"
  # shellcheck disable=SC2046,SC2086
  "$(cat "$layout/launch.java")" $2 $(cat "$layout/launch.flags") $(cat "$layout/launch.archive") -jar "$(ls "$layout"/*.jar | head -1)" \
      --server.port="$port" --oneteam.data.dir="$data" --oneteam.rules.dir= >"$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 900); do
    curl -fsS -m 2 -u officer:oneteam "http://127.0.0.1:$port/api/proposals?size=1" 2>/dev/null | grep -q '"totalElements":13' && break
    kill -0 "$pid" 2>/dev/null || { echo "the app exited; log:" >&2; tail -20 "$data/app.log" >&2; exit 1; }
    sleep 0.2
  done
  echo "$1 [${2:-no extra flags}] started, load $(cut -d' ' -f1 /proc/loadavg)"
  python3 "$work/rounds.py" "http://127.0.0.1:$port" "$rounds" "$batch" "$gets" "steady$RANDOM" | while read -r r b g; do
    echo "  round $r: batch ${b}/s, GET ${g}/s"; echo "$1 $r $b $g" >>"$work/rates"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}
for i in $(seq 1 "$n"); do
  launch_rounds plain ""
  [ -z "$flags" ] || launch_rounds flagged "$flags"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
last=$((rounds - 2))
for side in plain flagged; do
  grep -q "^$side " "$work/rates" 2>/dev/null || continue
  echo "$side: median of rounds $last-$rounds of every launch: batch $(awk -v s="$side" -v l="$last" '$1==s && $2>=l {print $3}' "$work/rates" | median)/s," \
       "GET $(awk -v s="$side" -v l="$last" '$1==s && $2>=l {print $4}' "$work/rates" | median)/s (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
