"""The fixed closing sections of docs/benchmarks.md: how to run, method and limits."""

METHOD_NOTES = [
    "## Running them", "",
    "- `scripts/install-test-deps.sh` installs hyperfine and etsy statsd (npm, into "
    "bench/node_modules); `bench/run-all.sh` then builds everything in Release, runs all four "
    "parts (about 10 minutes on 2 cores) and rewrites this file. Run it on a quiet machine.",
    "- `bench/run-all.sh --only process,ingest` runs some parts (inprocess, process, ingest, "
    "reports); `--smoke` runs every part tiny and writes its report to a temporary folder.",
    "- `dotnet test tests/Popcon.Bench.Tests` runs each part in smoke mode on the test build, so "
    "the benchmarks keep working as popcon changes; it asserts that they ran and counted right, "
    "never how fast.",
    "- Parts alone: `dotnet run -c Release --project bench/Popcon.Benchmarks -- --filter '*Parser*'`; "
    "`bench/Popcon.LoadGen` prints its usage; bench/scripts/*.sh each say theirs in their header.",
    "",
    "## Method and limits", "",
    "- Interleaving: hyperfine runs one command's runs before the next, so the whole-process "
    "part runs several rounds of all commands, reversing the order every other round, and pools "
    "the runs of all rounds per command; medians and quartiles are over the pooled runs. All "
    "commands start through `env` with the same number of variables, so the exec cost is equal.",
    "- The empty hook (bench/apps/EmptyHook) is a netcoreapp3.1 assembly, like popcon's loader, "
    "whose Initialize does nothing: the difference to *no hook* is the runtime's own price for "
    "any startup hook.",
    "- *popcon portable build* sets `DOTNET_STARTUP_HOOKS` to the hook folder's "
    "`Popcon.Reporter.dll` (netstandard2.0, no ahead-of-time code) instead of the loader: what a "
    "process pays where no build compiled for its runtime exists.",
    "- *Nothing listening* sends to a loopback UDP port nobody binds; the kernel answers with "
    "ICMP port-unreachable, which the hook never waits for.",
    "- The many-packages app references 100 generated packages (bench/apps/gen-many.py) from a "
    "local feed and calls into each from Main, so all 100 load at startup and its deps.json "
    "names them as packages, exactly as NuGet packages are named.",
    "- The machine has 2 cores: the load generator and the server share them, so ingest numbers "
    "are lower bounds for a dedicated server. Loss at full speed depends on the socket buffer "
    "(popcon asks 8 MiB; Linux caps it at net.core.rmem_max).",
    "- etsy statsd runs with no backend and a flush interval longer than the run, so its counters "
    "are never reset and can be read back; it logs each bad line, as it does by default.",
    "- In-process numbers are warm (after JIT); whole-process numbers include every first-call "
    "cost, which is what a short-lived process pays.",
    "",
]
