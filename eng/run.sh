#!/usr/bin/env bash
# The README's "Run" command until the Notes sample lands: runs the protocol conformance suite
# (the real React packages in Node against the C# codec).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
(cd test/fixtures-js && npm ci --no-audit --no-fund --loglevel=error)
dotnet test test/UseServer.Conformance.Tests -c Release -nologo --logger "console;verbosity=normal"
