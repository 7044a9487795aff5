"""Number formats shared by the docs/benchmarks.md sections."""


def fmt_ms(x):
    return "n/a" if x is None else f"{x:.1f}"


def fmt_us(ns):
    return "n/a" if ns is None else (f"{ns / 1000:.2f} µs" if ns < 1_000_000 else f"{ns / 1e6:.2f} ms")


def fmt_ns(ns):
    return "n/a" if ns is None else (f"{ns:.0f} ns" if ns < 10_000 else fmt_us(ns))


def fmt_bytes(b):
    if b is None:
        return "n/a"
    return f"{b} B" if b < 10_000 else (f"{b / 1024:.0f} KiB" if b < 10_000_000 else f"{b / 1048576:.1f} MiB")


def fmt_rate(x):
    return "n/a" if x is None else f"{x:,.0f}"


def fmt_pct(x):
    return "n/a" if x is None else f"{100 * x:.1f} %"
