#!/usr/bin/env python3
"""Runs each benchmark program under coil and under python3 in the same run and prints a table of
medians and the ratio coil/CPython (below 1.0: coil is faster), then the geometric mean.

Programs: ../shared/bench/programs/*.py (when that folder is beside the repository) and
benchmarks/programs/*.py. Each program is run --runs times per interpreter (default 5) as a whole
process, so start-up is included for both. A program coil cannot run yet is reported as such with
its error, not silently dropped. Usage (after `cmake --workflow --preset release`):

  benchmarks/run_programs.py [--coil build/release/bin/coil] [--python python3] [--runs 5] [--cpu]
                             [--programs DIR]... [NAME...]

--cpu times each run by the CPU time (user + system) the process used instead of the wall clock:
steadier on a machine shared with other work, where a waiting process still ages on the wall clock.
"""
import argparse
import glob
import math
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def programs(names, folders=None):
    found = []
    for folder in folders or [os.path.join(ROOT, "..", "shared", "bench", "programs"), os.path.join(HERE, "programs")]:
        found += sorted(glob.glob(os.path.join(folder, "*.py")))
    if names:
        found = [p for p in found if os.path.splitext(os.path.basename(p))[0] in names]
    return found


def children_cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, runs, cpu=False):
    clock = children_cpu_seconds if cpu else time.perf_counter
    times, output = [], None
    for _ in range(runs):
        start = clock()
        done = subprocess.run(command, capture_output=True, text=True, timeout=600)
        times.append(clock() - start)
        if done.returncode != 0:
            return None, (done.stderr.strip().splitlines() or ["exit status %d" % done.returncode])[-1]
        output = done.stdout
    return statistics.median(times), output


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coil", default=os.path.join(ROOT, "build", "release", "bin", "coil"))
    parser.add_argument("--python", default="python3")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--programs", action="append", help="a folder of programs (repeatable); default: "
                        "../shared/bench/programs beside the repository and benchmarks/programs")
    parser.add_argument("--cpu", action="store_true", help="time by CPU time (user + system), not wall clock")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    clock = "CPU" if args.cpu else "wall"
    print(f"{'program':<16}{'coil (s)':>10}{version + ' (s)':>20}{'coil/CPython':>14}   ({clock} time, median of {args.runs})")
    ratios = []
    for path in programs(args.names, args.programs):
        name = os.path.splitext(os.path.basename(path))[0]
        python_time, python_out = timed([args.python, path], args.runs, args.cpu)
        coil_time, coil_out = timed([args.coil, "run", path], args.runs, args.cpu)
        if coil_time is None:
            print(f"{name:<16}{'-':>10}{python_time:>20.3f}{'':>14}  coil cannot run it yet: {coil_out}")
            continue
        mark = "" if coil_out == python_out else "  OUTPUT DIFFERS"
        ratio = coil_time / python_time
        ratios.append(ratio)
        print(f"{name:<16}{coil_time:>10.3f}{python_time:>20.3f}{ratio:>14.2f}{mark}")
    if ratios:
        geometric_mean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of coil/CPython over {len(ratios)} programs: {geometric_mean:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
