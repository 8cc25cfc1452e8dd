#!/usr/bin/env bash
# Bounded loopback load test of the conformance host (issue: server functions, benchmark):
# builds test/ConformanceHost in Release, starts it on a free 127.0.0.1 port, alternates
# conformance.add and /raw/add at concurrency 1, 16, 64 (benchmarks/node/load.mjs), stops it.
# usage: bash benchmarks/load/run.sh [seconds-per-measurement]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
(cd benchmarks/node && npm ci --no-audit --no-fund --loglevel=error)
out=$(mktemp -d)
dotnet build -c Release test/ConformanceHost -o "$out" -nologo -v:q >/dev/null
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
ASPNETCORE_ENVIRONMENT=Production dotnet "$out/ConformanceHost.dll" --urls "http://127.0.0.1:$port" >"$out/host.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
node benchmarks/node/load.mjs "http://127.0.0.1:$port" "${1:-5}"
