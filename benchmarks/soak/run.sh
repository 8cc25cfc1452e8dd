#!/usr/bin/env bash
# The soak (docs/reliability.md): publishes the Notes sample (Release), starts it in Production on a free 127.0.0.1 port
# with a new SQLite file (or PostgreSQL: SOAK_POSTGRES="Host=...;Database=...;Username=..."), the diagnostics hooks on,
# and runs CONNECTIONS loops of mixed server function calls and page renders for SECONDS (Soak/Program.cs), sampling
# the app's RSS (/proc/PID/status) and GC heap (GET /diagnostics/runtime). Exits non-zero on any unexpected answer.
# Loopback only; bounded by SECONDS. Not part of eng/test.sh.
# usage: bash benchmarks/soak/run.sh [seconds=600] [connections=64] [sample-seconds=15]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
seconds="${1:-600}" connections="${2:-64}" sample="${3:-15}"
out=$(mktemp -d)
dotnet publish -c Release samples/Notes -o "$out/app" -nologo -v:q >/dev/null
dotnet build -c Release benchmarks/soak/Soak.csproj -o "$out/soak" -nologo -v:q >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export ASPNETCORE_ENVIRONMENT=Production Notes__Diagnostics__Enabled=true
export ConnectionStrings__Notes="${SOAK_POSTGRES:-Data Source=$out/notes.db}"
dotnet "$out/app/Notes.dll" --urls "http://127.0.0.1:$port" >"$out/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/healthz/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
status=0
dotnet "$out/soak/Soak.dll" "http://127.0.0.1:$port" "$pid" "$seconds" "$connections" "$sample" || status=$?
# What the app logged at Error or above, by event (notes.fail's exception is expected; nothing else should be there).
echo "app log, fail/crit entries by event:"
grep -A1 -E '^(fail|crit):' "$out/app.log" | grep -v -E '^--$' | paste - - | sed -E 's/\[[0-9]+\]//; s/digest [0-9a-f]+/digest …/; s/ +/ /g' | cut -c1-160 | sort | uniq -c | sort -rn | head -10 || true
exit $status
