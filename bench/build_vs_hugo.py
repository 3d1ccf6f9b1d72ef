#!/usr/bin/env python3
"""Build-speed benchmark: cairn against Hugo on the shared benchmark corpus.

Generates the corpus with ../shared/bench/gen_corpus.py (cairn and hugo flavours of the same
content), then builds each alternately, every run from an empty output folder, and prints
the median wall time and peak memory (max RSS) of each tool and their ratio, and the median
of the run-by-run time ratios (each cairn run against the Hugo run that follows it).

    python3 bench/build_vs_hugo.py                  # 1,000 and 5,000 pages x 3 languages, 5 runs
    python3 bench/build_vs_hugo.py --sizes 1000 --runs 3
    python3 bench/build_vs_hugo.py --cairn target/release/cairn --compare before=/tmp/cairn-before
    python3 bench/build_vs_hugo.py --out /dev/shm     # outputs on tmpfs: the tools, not the disk

--compare NAME=BINARY (repeatable) builds the same corpus with other cairn binaries in the
same alternation (an older commit, to show a change costs no speed) and prints each one's
ratio to this cairn. --cairn uses a binary already built instead of building one.

Needs: hugo (apt-get install hugo) and GNU time (apt-get install time). Builds cairn in
release mode first. Not a test: speed is never asserted, only reported.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_timed(cmd):
    """Runs cmd under GNU time; returns (wall seconds, peak RSS in MiB)."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{result.stderr}")
    wall, rss_kib = result.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss_kib) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000", help="default-language page counts (comma-separated)")
    parser.add_argument("--langs", default="en,fr,ar")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shared", default=str(REPO.parent / "shared"), help="the shared/ folder holding bench/gen_corpus.py")
    parser.add_argument("--work", default=str(REPO / "bench-out"), help="scratch folder for corpora and outputs")
    parser.add_argument("--out", help="folder the builds write into (default: --work). Deleting the last run's "
                        "output frees thousands of inodes, and on ext4 creating files soon after costs seconds of "
                        "kernel time that neither tool controls: /dev/shm (tmpfs) times the generators themselves")
    parser.add_argument("--cairn", help="a cairn binary to use instead of building one in release mode")
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=BINARY",
                        help="another cairn binary to time on the same corpus (repeatable)")
    args = parser.parse_args()

    for tool in ("hugo", "/usr/bin/time"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: apt-get install hugo time")
    others = dict(item.split("=", 1) for item in args.compare)
    if args.cairn:
        cairn = Path(args.cairn).resolve()
    else:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
        cairn = REPO / "target" / "release" / "cairn"
    generator = Path(args.shared) / "bench" / "gen_corpus.py"
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)

    print(f"{'pages':>6} {'tool':<6} {'wall s (median)':>16} {'peak MiB (median)':>18}")
    for size in [int(s) for s in args.sizes.split(",")]:
        corpora = {}
        for flavor in ("cairn", "hugo"):
            corpus = work / f"{flavor}-{size}"
            if not corpus.exists():
                subprocess.run([sys.executable, str(generator), str(corpus), "--pages", str(size), "--langs", args.langs,
                                "--flavor", flavor], check=True, stdout=subprocess.DEVNULL)
            corpora[flavor] = corpus
        commands = {
            "cairn": lambda out: [str(cairn), "build", "--root", str(corpora["cairn"]), "--out", str(out)],
            "hugo": lambda out: ["hugo", "--quiet", "--source", str(corpora["hugo"]), "--destination", str(out)],
        }
        for name, binary in others.items():
            commands[name] = lambda out, binary=binary: [binary, "build", "--root", str(corpora["cairn"]), "--out", str(out)]
        results = {tool: [] for tool in commands}
        for _ in range(args.runs):
            for tool, command in commands.items():
                out = Path(args.out or work) / f"out-{tool}-{size}"
                shutil.rmtree(out, ignore_errors=True)
                results[tool].append(run_timed(command(out)))
                shutil.rmtree(out, ignore_errors=True)
        medians = {}
        for tool, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            rss = statistics.median(r[1] for r in runs)
            medians[tool] = (wall, rss)
            print(f"{size:>6} {tool:<6} {wall:>16.2f} {rss:>18.0f}")
        (cw, cm), (hw, hm) = medians["cairn"], medians["hugo"]
        print(f"{size:>6} ratio  cairn/hugo time {cw / hw:.2f}x (hugo/cairn {hw / cw:.2f}x), "
              f"cairn/hugo memory {cm / hm:.2f}x")
        # Each cairn run against the Hugo run right after it: on a shared machine whose speed
        # drifts over minutes, the ratio within a pair moves less than either tool's median.
        paired = sorted(c[0] / h[0] for c, h in zip(results["cairn"], results["hugo"]))
        print(f"{size:>6} paired cairn/hugo time, run by run: median {statistics.median(paired):.2f}x, "
              f"range {paired[0]:.2f}-{paired[-1]:.2f}x")
        for name in others:
            ow, om = medians[name]
            print(f"{size:>6} ratio  cairn/{name} time {cw / ow:.2f}x, memory {cm / om:.2f}x")


if __name__ == "__main__":
    main()
