#!/usr/bin/env bash
# Two builds of the Notes sample against each other on its page with 100 notes (issue #13): each published build
# (`dotnet publish -c Release samples/Notes -o DIR`) runs on 127.0.0.1 with a SQLite database of its own, seeded with
# 100 notes through its own notes.create; autocannon (16 connections) measures them alternately, ROUNDS times SECONDS
# each after a warm-up, and the script reports requests per second and the server's CPU time per request (from
# /proc/PID/stat: less sensitive to other work on the machine than throughput). Bounded in time; nothing tracked changes.
# usage: bash benchmarks/pages/compare.sh BUILD_A BUILD_B [seconds] [rounds] [accept]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
a=$(cd "$1" && pwd); b=$(cd "$2" && pwd); seconds=${3:-5}; rounds=${4:-4}; accept=${5:-text/html}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_for() { for _ in $(seq 1 240); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "not ready: $1" >&2; return 1; }

(cd "$root/benchmarks/node" && npm ci --no-audit --no-fund --loglevel=error)
ports=(); for build in "$a" "$b"; do
  port=$(free_port)
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Notes="Data Source=$work/$port.db" Logging__LogLevel__Default=Warning \
    setsid dotnet "$build/Notes.dll" --urls "http://127.0.0.1:$port" >"$work/$port.log" 2>&1 &
  pids+=($!); ports+=("$port")
  wait_for "http://127.0.0.1:$port/"
  for _ in $(seq 1 100); do
    curl -fs -X POST "http://127.0.0.1:$port/_serverfn/notes.create" -H "Origin: http://127.0.0.1:$port" \
      -H 'Content-Type: text/plain;charset=UTF-8' --data '[]' >/dev/null
  done
done

cd "$root/benchmarks/node"
node --input-type=module - "${ports[0]}" "${ports[1]}" "${pids[0]}" "${pids[1]}" "$seconds" "$rounds" "$accept" <<'JS'
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
const [portA, portB, pidA, pidB, seconds, rounds, accept] = process.argv.slice(2);
const builds = [{ name: "A", url: `http://127.0.0.1:${portA}/`, pid: pidA }, { name: "B", url: `http://127.0.0.1:${portB}/`, pid: pidB }];
// utime + stime of the server process, in milliseconds (clock ticks of 10 ms).
const cpu = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
for (const b of builds) {
  const body = await (await fetch(b.url, { headers: { accept } })).text();
  if (!body.includes("note-item")) throw new Error(`${b.name}: the page has no note items`);
  b.rps = []; b.cpu = [];
}
const run = (b, duration) => autocannon({ url: b.url, headers: { accept }, connections: 16, duration });
for (let i = 0; i < 2; i++) for (const b of builds) await run(b, 4); // warm-up: tiered compilation, V8's optimizer
for (let r = 0; r < Number(rounds); r++) {
  for (const b of r % 2 ? [...builds].reverse() : builds) {
    const before = cpu(b.pid);
    const result = await run(b, Number(seconds));
    if (result.non2xx || result.errors) throw new Error(`${b.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    b.rps.push(result.requests.average); b.cpu.push((cpu(b.pid) - before) / result.requests.total);
    console.log(`${b.name}: ${result.requests.average} req/s, p99 ${result.latency.p99} ms, ${b.cpu.at(-1).toFixed(2)} ms CPU per request`);
  }
}
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const [A, B] = builds;
console.log(`\nB/A: throughput ${(mean(B.rps) / mean(A.rps)).toFixed(2)}x, CPU per request ${(mean(B.cpu) / mean(A.cpu)).toFixed(2)}x (A ${mean(A.cpu).toFixed(2)} ms, B ${mean(B.cpu).toFixed(2)} ms)`);
JS
