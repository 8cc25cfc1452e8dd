#!/usr/bin/env bash
# The Notes page with 100 notes, C# (UseServer pages: C# server components, HTML by React in embedded V8) against
# the same page on Next.js 16, on loopback in one run (issue: server components, benchmark). Builds both, seeds one
# SQLite database with 100 notes, exports them for the Next.js page, starts both servers on 127.0.0.1, measures with
# benchmarks/node/pages.mjs and stops them. Bounded in time: SECONDS per measurement (default 10).
# usage: bash benchmarks/pages/run.sh [seconds] [connections]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
work=$(mktemp -d)
pids=()
# Each server runs in a process group of its own (setsid), so that stopping it stops what it started too (npx starts
# next-server as a child, which outlives a kill of npx alone).
trap 'for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_for() { for _ in $(seq 1 240); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "not ready: $1" >&2; return 1; }

(cd benchmarks/node && npm ci --no-audit --no-fund --loglevel=error)
(cd benchmarks/nextjs && npm ci --no-audit --no-fund --loglevel=error && NEXT_TELEMETRY_DISABLED=1 npx next build >"$work/next-build.log" 2>&1) \
  || { cat "$work/next-build.log"; exit 1; }
dotnet publish -c Release samples/Notes -o "$work/notes" -nologo -v:q >/dev/null

# The C# app creates the schema; 100 notes are added through its own server function.
db="$work/notes.db"
cs_port=$(free_port)
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Notes="Data Source=$db" Logging__LogLevel__Default=Warning \
  setsid dotnet "$work/notes/Notes.dll" --urls "http://127.0.0.1:$cs_port" >"$work/notes.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$cs_port/"
for i in $(seq 1 100); do
  curl -fs -X POST "http://127.0.0.1:$cs_port/_serverfn/notes.create" -H "Origin: http://127.0.0.1:$cs_port" \
    -H 'Content-Type: text/plain;charset=UTF-8' --data '[]' >/dev/null
done

# The same notebook and notes for the Next.js page, as JSON it reads on every request.
curl -fs "http://127.0.0.1:$cs_port/_serverfn/notes.load" -X POST -H "Origin: http://127.0.0.1:$cs_port" \
  -H 'Content-Type: text/plain;charset=UTF-8' --data '[]' >"$work/load.flight"
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
const root = rows.find((r) => r.startsWith("0:")).slice(2);
const page = JSON.parse(root, (k, v) => (typeof v === "string" && v.startsWith("$D") ? v.slice(2) : v));
require("fs").writeFileSync(process.argv[2], JSON.stringify({ notebook: page.notebook, notes: page.notes }));
' "$work/load.flight" "$work/notes.json"

next_port=$(free_port)
(cd benchmarks/nextjs && NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 NOTES_JSON="$work/notes.json" \
  exec setsid npx next start -p "$next_port" -H 127.0.0.1 >"$work/next.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$next_port/"

echo "Next.js $(node -p 'require("./benchmarks/nextjs/node_modules/next/package.json").version'), .NET $(dotnet --version), $(nproc) cores"
node benchmarks/node/pages.mjs "http://127.0.0.1:$cs_port" "http://127.0.0.1:$next_port" "${1:-10}" "${2:-16}"
