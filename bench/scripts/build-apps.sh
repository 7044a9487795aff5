#!/usr/bin/env bash
# Builds the subjects of the whole-process benchmark into WORK/bin: hello (net10.0,
# framework-dependent), hello-sc8 (net8.0 self-contained, linux-x64), the empty startup hook, and
# the many-packages app (COUNT generated libraries, each its own package from a local feed).
# Sources are copied to WORK first, so parallel runs never share obj/ folders. A build made from
# the same sources (and count) is reused: packing 100 libraries takes minutes on a small machine.
# usage: build-apps.sh WORK COUNT
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p "$1"
work=$(cd "$1" && pwd)
count=$2
src="$work/apps-src"
bin="$work/bin"
mkdir -p "$src" "$bin"

digest() { (cd "$BENCH_DIR/apps" && find "$@" -type f -not -path '*/bin/*' -not -path '*/obj/*' |
  sort | xargs sha1sum | sha1sum | cut -c1-16); }
fresh() { [ -f "$bin/.stamp-$1" ] && [ "$(cat "$bin/.stamp-$1")" = "$2" ]; }

build() { dotnet "$@" -nologo -v quiet -c Release >"$work/build-$1-$$.log" 2>&1 ||
  { cat "$work/build-$1-$$.log" >&2; die "dotnet $* failed"; }; }

small=$(digest Hello EmptyHook Directory.Build.props Directory.Packages.props)
if fresh small "$small"; then
  say "hello and the empty hook are up to date in $bin"
else
  rm -rf "$src/Hello" "$src/EmptyHook" "$bin/hello10" "$bin/hello-sc8" "$bin/emptyhook"
  cp -r "$BENCH_DIR/apps/Hello" "$BENCH_DIR/apps/EmptyHook" "$BENCH_DIR/apps/Directory.Build.props" \
    "$BENCH_DIR/apps/Directory.Packages.props" "$src/"
  rm -rf "$src"/*/bin "$src"/*/obj
  say "building hello (net10.0) and the empty hook"
  build build "$src/Hello" -f net10.0 -o "$bin/hello10"
  build build "$src/EmptyHook" -o "$bin/emptyhook"
  say "publishing hello (net8.0, self-contained linux-x64)"
  build publish "$src/Hello" -f net8.0 -r linux-x64 --self-contained -o "$bin/hello-sc8"
  echo "$small" >"$bin/.stamp-small"
fi

many_stamp="$(digest gen-many.py)-$count"
if fresh many "$many_stamp"; then
  say "the many-packages app is up to date in $bin"
else
  rm -rf "$src/many" "$bin/many"
  say "generating and packing $count libraries for the many-packages app"
  many="$src/many"
  python3 "$BENCH_DIR/apps/gen-many.py" "$many" "$count"
  (cd "$many/libs" && dotnet new sln -n Libs --format sln >/dev/null &&
    dotnet sln Libs.sln add --in-root ./*/*.csproj >/dev/null)
  build pack "$many/libs/Libs.sln" -o "$many/feed"
  build build "$many/app" -o "$bin/many"
  echo "$many_stamp" >"$bin/.stamp-many"
fi
say "apps ready in $bin"
