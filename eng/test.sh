#!/usr/bin/env bash
# Runs every test on a fresh machine: installs the npm packages the Node fixtures and the npm client
# need, builds the solution in Release, runs every .NET test project, then the npm client's tests.
# This is the README's "Test" command and what CI (.ci/run) calls.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n== %s\n' "$*"; }

# 1. npm packages (pinned by each package-lock.json; never a downloaded browser). The Notes sample's
#    ClientApp installs and builds itself from MSBuild when its bundle is missing or stale.
for dir in test/fixtures-js src/client test/UseServer.Generator.Tests/ts; do
  if [ -f "$dir/package-lock.json" ]; then
    step "npm ci ($dir)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

# 2. .NET: build once, then every test project.
step "dotnet build (Release)"
dotnet build UseServer.slnx -c Release -nologo -v:q
step "dotnet test"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
dotnet test UseServer.slnx -c Release --no-build -nologo -v:q --logger "console;verbosity=minimal" | tee "$results"

# 3. The npm client's unit tests (vitest) and type check.
if [ -f src/client/package.json ]; then
  step "npm client: typecheck and vitest"
  (cd src/client && npm run --silent typecheck && NO_COLOR=1 npm test --silent) | tee -a "$results"
fi
# One plain closing line over every runner: dotnet's "Passed: N" / "Failed: N" and vitest's "Tests  N passed".
passed=$(grep -oE 'Passed: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}' || true)
failed=$(grep -oE 'Failed: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}' || true)
vitest=$(sed 's/\x1b\[[0-9;]*m//g' "$results" | grep -oE 'Tests +[0-9]+ passed'  | awk '{s+=$2} END {print s+0}' || true)
step "all tests passed"
echo "$((passed + vitest)) passed, $failed failed"
