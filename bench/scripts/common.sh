# Shared helpers of the bench scripts; sourced, never run. Every process a script starts is
# registered with track_pid and stopped by stop_tracked (run from an EXIT trap).
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
TRACKED_PIDS=()

say() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

die() { say "error: $*"; exit 1; }

# A free loopback port of the given kind (tcp|udp): bound, read, released.
free_port() {
  python3 - "$1" <<'PY'
import socket, sys
kind = socket.SOCK_DGRAM if sys.argv[1] == "udp" else socket.SOCK_STREAM
s = socket.socket(socket.AF_INET, kind)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

track_pid() { TRACKED_PIDS+=("$1"); }

stop_pid() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 50); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}

stop_tracked() {
  local pid
  for pid in "${TRACKED_PIDS[@]}"; do
    stop_pid "$pid"
  done
  TRACKED_PIDS=()
}

# Waits until a TCP port on 127.0.0.1 accepts connections (at most ~30 s).
wait_tcp() {
  local port=$1
  for _ in $(seq 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# Starts `popcon serve` on loopback ports chosen here; sets SERVE_PID, SERVE_UDP, SERVE_WEB.
start_popcon_serve() {
  local db=$1 log=$2
  shift 2
  SERVE_UDP=$(free_port udp)
  SERVE_WEB=$(free_port tcp)
  dotnet "$POPCON_DLL" serve --statsd-udp "127.0.0.1:$SERVE_UDP" --statsd-tcp "" \
    --web "127.0.0.1:$SERVE_WEB" --db "$db" "$@" >"$log" 2>&1 &
  SERVE_PID=$!
  track_pid "$SERVE_PID"
  wait_tcp "$SERVE_WEB" || die "popcon serve did not start; see $log"
}
