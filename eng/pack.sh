#!/usr/bin/env bash
# Packs every package of UseServer into one folder (default artifacts/packages/):
#   NuGet: UseServer (runtime + source generator + build targets), UseServer.Flight, UseServer.Components,
#          UseServer.Pages, UseServer.Templates (dotnet new useserver);
#   npm:   @useserver/client (its prepack script builds dist/).
# One version for all: <VersionPrefix> in src/Directory.Build.props, which must equal src/client/package.json's
# "version"; --version overrides both (e.g. a prerelease for a local feed). Build output goes under artifacts/obj/,
# never into the source tree.
#   bash eng/pack.sh [--version 0.2.0-preview.1] [--output DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/packages"
version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --output) out="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    *) echo "usage: bash eng/pack.sh [--version X] [--output DIR]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet_version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/src/Directory.Build.props")"
npm_version="$(node -p "require(process.argv[1]).version" "$root/src/client/package.json")"
if [ "$dotnet_version" != "$npm_version" ]; then
  echo "pack: src/Directory.Build.props says $dotnet_version but src/client/package.json says $npm_version" >&2
  exit 1
fi
version="${version:-$dotnet_version}"
obj="$root/artifacts/obj/pack"
mkdir -p "$out" "$obj"

# 1. NuGet: one restore and build of the shipped projects, their bin/ and obj/ under artifacts/obj/.
echo "== dotnet pack ($version)"
dotnet pack "$root/eng/Packages.slnx" -c Release -nologo -v:q -p:Version="$version" \
  --artifacts-path "$obj/dotnet" -o "$out"

# 2. npm: the package's sources staged under artifacts/obj/ (its dependencies from src/client/node_modules when
#    installed, else npm ci there); `npm pack` runs prepack (tsc into the staged dist/) and writes the .tgz.
echo "== npm pack @useserver/client ($version)"
stage="$obj/npm/client"
rm -rf "$stage"
mkdir -p "$stage"
(cd "$root/src/client" && cp -R .npmrc package.json package-lock.json README.md tsconfig.json tsconfig.build.json src "$stage/")
if [ -d "$root/src/client/node_modules" ]; then
  ln -s "$root/src/client/node_modules" "$stage/node_modules"
else
  (cd "$stage" && npm ci --no-audit --no-fund --loglevel=error)
fi
(
  cd "$stage"
  if [ "$version" != "$npm_version" ]; then
    npm version "$version" --no-git-tag-version --allow-same-version >/dev/null
  fi
  npm pack --pack-destination "$out" --loglevel=error >/dev/null
)
echo "== packages in $out"
ls -1 "$out" | grep -F -- "$version"
