#!/usr/bin/env bash
# Publishes test/UseServer.NativeAotSmoke with NativeAOT (STYLE rule 12) and fails on any trimming or AOT
# warning (IL2xxx/IL3xxx), then runs the native binary once (`--check`). Needs the ILCompiler packages from
# NuGet (runtime.linux-x64.Microsoft.DotNet.ILCompiler) and clang/zlib for the native link.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out="$(mktemp -d)"
log="$out/publish.log"
trap 'rm -rf "$out"' EXIT

# Debian ships clang as clang-NN without a plain `clang`; tell the ILCompiler which one to link with.
linker=()
if ! command -v clang >/dev/null; then
  for c in clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
    if command -v "$c" >/dev/null; then linker=("-p:CppCompilerAndLinker=$c"); break; fi
  done
fi

# TreatWarningsAsErrors is on repo-wide, so an IL warning already fails publish; the grep below also
# catches any that a NoWarn somewhere might hide from the exit code.
if ! dotnet publish test/UseServer.NativeAotSmoke/UseServer.NativeAotSmoke.csproj -c Release -r linux-x64 \
    -p:PublishAot=true "${linker[@]}" -o "$out/app" -nologo 2>&1 | tee "$log"; then
  echo "aot-smoke: publish failed" >&2
  exit 1
fi
if grep -E "(warning|error) IL[23][0-9]{3}" "$log"; then
  echo "aot-smoke: trimming/AOT warnings above" >&2
  exit 1
fi
"$out/app/UseServer.NativeAotSmoke" --check
echo "aot-smoke: published with zero IL warnings and ran"
