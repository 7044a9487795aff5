"""Sends statsd lines in the shapes the Python popularity-contest reporter sends.

Usage: send_popcon.py HOST PORT SHAPE NAME...
  library     one pipeline (several lines in one datagram): library_used.<NAME> for each NAME,
              then reports, as the reporter does at interpreter exit
  namespace   NAME... = NAMESPACE DIST...: namespace.<NAMESPACE>.library_used.<DIST>, reports
  imported    imported_package.<NAME> for each NAME (older releases), then reports
"""
import sys

import statsd


def main(host, port, shape, names):
    client = statsd.StatsClient(host, int(port), prefix="python_popcon")
    with client.pipeline() as pipe:
        if shape == "library":
            for name in names:
                pipe.incr("library_used." + name)
        elif shape == "namespace":
            for name in names[1:]:
                pipe.incr("namespace." + names[0] + ".library_used." + name)
        elif shape == "imported":
            for name in names:
                pipe.incr("imported_package." + name)
        else:
            raise SystemExit("unknown shape: " + shape)
        pipe.incr("reports")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
