#!/usr/bin/env bash
# The codec against React 19.3 in one run (issue #13): React's decodeReply and Flight renderToReadableStream in Node
# (benchmarks/node/bench-react.mjs), then the C# decode/encode and decode-and-bind benchmarks (BenchmarkDotNet ShortRun
# with MemoryDiagnoser), back to back on the same payloads. Bounded: SECONDS per React measurement (default 3).
# usage: bash benchmarks/codec/run.sh [seconds]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
(cd benchmarks/node && npm ci --no-audit --no-fund --loglevel=error)
dotnet build -c Release benchmarks/UseServer.Benchmarks -nologo -v:q >/dev/null
echo "React (Node $(node --version)):"
(cd benchmarks/node && NODE_ENV=production node --conditions react-server bench-react.mjs "${1:-3}")
echo "UseServer (.NET $(dotnet --version), $(nproc) cores):"
dotnet run -c Release --no-build --project benchmarks/UseServer.Benchmarks -- --filter '*' --job short --memory 2>&1 \
  | grep -E '^\| (Method|Decode|Encode|ValueModel|Direct) '
