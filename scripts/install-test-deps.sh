#!/usr/bin/env bash
# Installs what popcon's tests need on Debian 12 with the .NET 10 SDK, idempotently: each step
# checks first and does nothing when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'install-test-deps: %s\n' "$*"; }

# Debian packages: prometheus/promtool (exposition and deploy-kit checks, fleet reports),
# chromium (browser tests of the page), hyperfine (whole-process benchmark smoke runs),
# python3-statsd (the Python reporter's client, for line-shape tests), golang-go (runs the
# deploy kit's mapping rules through Go's regexp, the engine statsd_exporter uses), systemd
# (systemd-analyze verifies the unit files) and dash (the profile.d script under a strict sh).
need_apt=()
command -v promtool >/dev/null 2>&1 || need_apt+=(prometheus)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v hyperfine >/dev/null 2>&1 || need_apt+=(hyperfine)
/usr/bin/python3 -c 'import statsd' >/dev/null 2>&1 || need_apt+=(python3-statsd)
command -v go >/dev/null 2>&1 || need_apt+=(golang-go)
command -v systemd-analyze >/dev/null 2>&1 || need_apt+=(systemd)
command -v dash >/dev/null 2>&1 || need_apt+=(dash)
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    say "missing Debian packages: ${need_apt[*]}; run as root or install them with apt-get"
    exit 1
  fi
  say "installing Debian packages: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# .NET tools for the real-environment tests, into a tool path inside the clone so nothing global
# changes. Versions are pinned: these are the versions the tests were written against.
tools_dir=.tools
install_tool() {
  local id=$1 version=$2 command=$3
  if [ -x "$tools_dir/$command" ] && \
     dotnet tool list --tool-path "$tools_dir" | grep -qi "^$id *$version"; then
    return
  fi
  say "installing dotnet tool $id $version"
  dotnet tool install "$id" --version "$version" --tool-path "$tools_dir" >/dev/null
}
install_tool Microsoft.dotnet-interactive 1.0.712001 dotnet-interactive
install_tool PowerShell 7.6.10 pwsh

# npm packages for the benchmark smoke runs (etsy statsd as the comparison server).
if [ -f bench/package.json ] && [ ! -d bench/node_modules/statsd ]; then
  say "installing npm packages for bench/"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi

say "ready"
