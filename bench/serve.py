#!/usr/bin/env python3
"""Live-reload benchmark: time from saving a file to the reload event of `cairn serve`.

Generates the shared corpus (5,000 pages x 3 languages by default) with
../shared/bench/gen_corpus.py, starts `cairn serve` (release build) on it, listens on its
event stream, then:

  * saves one page 20 times (a sentence appended, written to a temporary file and renamed
    over the page, as editors do) and times each save until the `changed` event naming
    that page arrives;
  * changes the site title in cairn.toml 3 times (a full rebuild) and times each save until
    the `changed` event.

Prints the medians, and the rebuild times cairn itself reports. Not a test: speed is never
asserted, only reported.

    python3 bench/serve.py                  # 5,000 pages
    python3 bench/serve.py --pages 1000 --edits 10
    python3 bench/serve.py --cairn path/to/cairn   # a binary already built
"""
import argparse
import json
import os
import queue
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def events(address, found):
    """Reads the event stream, putting (arrival time, name, data) on `found`."""
    host, port = address.split(":")
    sock = socket.create_connection((host, int(port)))
    sock.sendall(f"GET /__cairn/events HTTP/1.1\r\nHost: {address}\r\n\r\n".encode())
    name = None
    for raw in sock.makefile("rb"):
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            found.put((time.perf_counter(), name, line[6:]))


def save_atomically(path, text):
    """Writes like an editor: a temporary file beside the target, renamed over it."""
    temp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    temp.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    os.replace(temp, path)
    return started


def wait_for(found, wanted, timeout=120):
    deadline = time.perf_counter() + timeout
    while True:
        arrived, name, data = found.get(timeout=max(0.1, deadline - time.perf_counter()))
        if name == "changed" and wanted in json.loads(data):
            return arrived


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=5000, help="default-language page count")
    parser.add_argument("--langs", default="en,fr,ar")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--full", type=int, default=3, help="full rebuilds to time")
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--work", default=str(REPO / "bench-out"))
    parser.add_argument("--cairn", help="a cairn binary to use instead of building one in release mode")
    args = parser.parse_args()

    cairn = args.cairn
    if not cairn:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
        cairn = REPO / "target/release/cairn"
    corpus = Path(args.work) / f"cairn-{args.pages}"
    if not corpus.exists():
        generator = Path(args.shared) / "bench" / "gen_corpus.py"
        subprocess.run([sys.executable, str(generator), str(corpus), "--pages", str(args.pages), "--langs", args.langs,
                        "--flavor", "cairn"], check=True, stdout=subprocess.DEVNULL)
    pages = sorted(p for p in (corpus / "content").rglob("*.md") if "." not in p.stem and p.stem != "_index")
    config = corpus / "cairn.toml"
    config_text = config.read_text(encoding="utf-8")

    started = time.perf_counter()
    server = subprocess.Popen([str(cairn), "serve", "--port", "0", "--root", str(corpus)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in server.stdout], daemon=True).start()
    try:
        while True:
            line = lines.get(timeout=300)
            if line.startswith("serving "):
                address = re.search(r"http://([^/]+)/", line).group(1)
                break
        print(f"first build and start: {time.perf_counter() - started:.2f} s")
        found = queue.Queue()
        threading.Thread(target=events, args=(address, found), daemon=True).start()
        time.sleep(0.5)

        def reported():
            """Waits for the terminal line of a rebuild; returns the times it reports (ms): the
            pages showing the edit, then search indexes and generated pages."""
            while True:
                times = [int(t) for t in re.findall(r" in (\d+) ms", lines.get(timeout=300))]
                if times:
                    return times + [0] * (2 - len(times))

        edit_latency, edit_reported = [], []
        originals = {}
        step = max(1, len(pages) // args.edits)
        for i in range(args.edits):
            page = pages[(i * step) % len(pages)]
            relative = page.relative_to(corpus / "content").with_suffix("")
            html = f"{relative.as_posix()}/index.html"
            originals.setdefault(page, page.read_text(encoding="utf-8"))
            text = originals[page] + f"\nAn edit, number {i}.\n"
            saved = save_atomically(page, text)
            edit_latency.append((wait_for(found, html) - saved) * 1000)
            edit_reported.append(reported())
            time.sleep(0.2)

        full_latency, full_reported = [], []
        for i in range(args.full):
            saved = save_atomically(config, config_text.replace('title = "', f'title = "Run {i} ', 1))
            full_latency.append((wait_for(found, "index.html") - saved) * 1000)
            full_reported.append(reported())
            time.sleep(0.2)
        for page, text in originals.items():
            page.write_text(text, encoding="utf-8")

        def show(name, values):
            values = [v for v in values if v is not None]
            print(f"{name:<34} median {statistics.median(values):8.1f} ms   min {min(values):8.1f}   max {max(values):8.1f}")

        print(f"corpus: {corpus} ({len(pages)} default-language pages)")
        show(f"one-page edit -> reload event (n={args.edits})", edit_latency)
        show("  pages step, as cairn reports", [r[0] for r in edit_reported])
        show("  then search and generated pages", [r[1] for r in edit_reported])
        show(f"full rebuild -> reload event (n={args.full})", full_latency)
        show("  pages step, as cairn reports", [r[0] for r in full_reported])
        show("  then search indexes", [r[1] for r in full_reported])
        print(f"one-page edit / full rebuild: {statistics.median(edit_latency) / statistics.median(full_latency):.3f}")
    finally:
        config.write_text(config_text, encoding="utf-8")
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
