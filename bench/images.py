#!/usr/bin/env python3
"""Image pipeline benchmark: bundle sizes per edition and the build time images add.

Two handbooks: the example handbook of this repository, and a corpus made by
../shared/bench/gen_corpus.py (cairn flavour) with generated screenshot-like PNGs
(1600x1000, a title bar and rows of text-like strokes, each different) added to its
first pages. For each: `cairn build` wall time with the images and without them (same
pages, image files and references removed), the English ZIP of each bundle edition
(full, compact, text) with the wall time of each `cairn bundle`, and, in `cairn serve`,
the first build against a full rebuild (a changed site title) that reuses the processed
images.

    python3 bench/images.py                       # 300 pages x 3 languages, 60 screenshots
    python3 bench/images.py --pages 100 --images 20 --cairn target/release/cairn

Uses target/debug/cairn unless --cairn is given (dependencies, where the image work
happens, are built with opt-level 2 even in debug). Stdlib only. Not a test: speed is
never asserted, only reported.
"""
import argparse
import json
import queue
import re
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def png(width, height, rows):
    """A truecolour PNG whose row y is rows(y) (width*3 bytes)."""
    raw = b"".join(b"\0" + rows(y) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


def screenshot(seed, width=1600, height=1000):
    """A screenshot-like image: title bar, then lines of glyph-like strokes whose shapes and
    lengths depend on the seed (so no two files compress alike)."""
    paper, ink, bar = bytes((250, 250, 247)), bytes((31, 42, 39)), bytes((47, 93, 80))
    blank = paper * width
    cache = {}

    def text_row(line, y_in_line):
        key = (line, y_in_line)
        if key not in cache:
            out = bytearray(blank)
            length = 30 + (line * 37 + seed * 11) % 60
            for glyph in range(length):
                if glyph % 7 == 6:
                    continue
                letter = (glyph * 2654435761 + line * 40503 + seed * 97) >> 7
                for dx in range(9):
                    level = (letter >> ((dx * 3 + y_in_line * 5) % 24)) & 7
                    x = 40 + glyph * 12 + dx
                    if level < 5 and x < width - 520:
                        # Anti-aliased strokes: ink and three greys, as font rendering gives.
                        out[x * 3:x * 3 + 3] = ink if level < 2 else bytes([90 + level * 30] * 3)
            # A picture inside the screenshot (a photo or map in the app being shown).
            for x in range(width - 480, width - 40):
                noise = (x * 7919 + line * 104729 + y_in_line * 31 + seed * 613) % 23
                out[x * 3:x * 3 + 3] = bytes(((x // 4 + noise) % 256, (line * 9 + noise) % 256, (seed * 5 + 120 + noise) % 256))
            cache[key] = bytes(out)
        return cache[key]

    def rows(y):
        if y < 48:
            return bar * width
        if y >= 80 and (y - 80) % 32 < 12:
            return text_row((y - 80) // 32, (y - 80) % 32)
        return blank

    return png(width, height, rows)


def timed(cmd):
    started = time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"command failed: {' '.join(map(str, cmd))}\n{result.stderr}")
    return time.perf_counter() - started


EDITIONS = ("full", "compact", "text")


def measure(cairn, root, work, runs):
    build = statistics.median(timed([cairn, "build", "--root", root, "--out", work / "public"]) for _ in range(runs))
    sizes, times = {}, {}
    for edition in EDITIONS:
        out = work / f"bundles-{edition}"
        shutil.rmtree(out, ignore_errors=True)
        times[edition] = timed([cairn, "bundle", "--root", root, "--lang", "en", "--edition", edition, "--out", out])
        sizes[edition] = sum(p.stat().st_size for p in out.glob("*.zip"))
    return build, sizes, times


def serve_rebuild(cairn, root):
    """`cairn serve`: seconds to the first build, and from a saved site title (every page
    rendered again, images taken from the memo) to the reload event."""
    config = Path(root) / "cairn.toml"
    original = config.read_text(encoding="utf-8")
    started = time.perf_counter()
    server = subprocess.Popen([cairn, "serve", "--port", "0", "--root", root], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    try:
        for line in server.stdout:
            if line.startswith("serving "):
                address = re.search(r"http://([^/]+)/", line).group(1)
                break
        else:
            sys.exit("cairn serve stopped before serving")
        first = time.perf_counter() - started
        host, port = address.split(":")
        sock = socket.create_connection((host, int(port)))
        sock.sendall(f"GET /__cairn/events HTTP/1.1\r\nHost: {address}\r\n\r\n".encode())
        changed = queue.Queue()

        def listen():
            name = None
            for raw in sock.makefile("rb"):
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: ") and name == "changed" and "index.html" in json.loads(line[6:]):
                    changed.put(time.perf_counter())

        threading.Thread(target=listen, daemon=True).start()
        time.sleep(0.5)
        saved = time.perf_counter()
        config.write_text(original.replace('title = "', 'title = "Rebuilt ', 1), encoding="utf-8")
        rebuild = changed.get(timeout=600) - saved
        return first, rebuild
    finally:
        config.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--images", type=int, default=60)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cairn", default=str(REPO / "target" / "debug" / "cairn"))
    parser.add_argument("--shared", default=str(REPO.parent / "shared"), help="the shared/ folder holding bench/gen_corpus.py")
    parser.add_argument("--work", default=str(REPO / "bench-out" / "images"))
    args = parser.parse_args()
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    corpus = work / "corpus"
    subprocess.run([sys.executable, str(Path(args.shared) / "bench" / "gen_corpus.py"), str(corpus), "--pages",
                    str(args.pages), "--langs", "en,fr,ar", "--flavor", "cairn"], check=True, stdout=subprocess.DEVNULL)
    plain = work / "corpus-without-images"
    shutil.copytree(corpus, plain)
    pages = sorted(p for p in (corpus / "content").rglob("*.md") if not p.name.startswith("_index") and p.name.count(".") == 1)
    (corpus / "static" / "images").mkdir(parents=True, exist_ok=True)
    image_bytes = 0
    for i, page in enumerate(pages[:args.images]):
        shot = screenshot(i)
        image_bytes += len(shot)
        (corpus / "static" / "images" / f"shot-{i}.png").write_bytes(shot)
        with page.open("a") as f:
            f.write(f"\n\n![Screenshot {i} of the settings screen](/images/shot-{i}.png)\n")

    # A copy, since `cairn serve` is timed by editing the site's cairn.toml.
    example = work / "example"
    for part in ("cairn.toml", "contributors.toml", "content", "static", "i18n", "po", "themes", "templates", "fonts"):
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, example / part)
        elif source.exists():
            example.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, example / part)

    print(f"{args.images} screenshots, {image_bytes / 1e6:.1f} MB of PNG, in {len(pages)} English pages")
    print(f"{'handbook':<26} {'build s':>8}" + "".join(f" {e + ' ZIP':>12} {'s':>6}" for e in EDITIONS)
          + f" {'compact/full':>13} {'serve: first s':>15} {'rebuild s':>10}")
    for name, root in (("example handbook", example), ("corpus without images", plain), ("corpus with screenshots", corpus)):
        build, sizes, times = measure(args.cairn, str(root), work / name.replace(" ", "-"), args.runs)
        first, rebuild = serve_rebuild(args.cairn, str(root))
        print(f"{name:<26} {build:>8.2f}" + "".join(f" {sizes[e] / 1e6:>10.2f}MB {times[e]:>6.2f}" for e in EDITIONS)
              + f" {sizes['compact'] / sizes['full']:>12.0%} {first:>15.2f} {rebuild:>10.2f}")


if __name__ == "__main__":
    main()
