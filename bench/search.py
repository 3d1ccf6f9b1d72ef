#!/usr/bin/env python3
"""Search benchmark: cairn's offline search against Pagefind on the shared corpus.

For each corpus size: builds the cairn flavour with `cairn build --timings` (index build
time and its share of the build), measures the index bytes per language (raw and gzip, file
by file as a server would send them), and times 100 English queries (words sampled from the
corpus) in Node and in Chromium (median warm query), with the bytes a reader's first query
loads (median over 20 fresh pages). Then builds the Hugo flavour, indexes it with Pagefind
(npm package `pagefind`, its binary ships in the package), serves it on 127.0.0.1 and
measures the same.

    python3 bench/search.py                    # 1,000 and 5,000 pages x 3 languages
    python3 bench/search.py --sizes 1000

Needs hugo, chromium, node (./test.sh installs chromium and playwright-core). Not a test.
"""
import argparse
import gzip
import http.server
import json
import random
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BROWSER = REPO / "tests" / "browser"


def sizes_of(folder):
    raw = zipped = files = 0
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            raw += len(data)
            zipped += len(gzip.compress(data, 6, mtime=0))
            files += 1
    return raw, zipped, files


def node(script, *args):
    out = subprocess.run(["node", str(BROWSER / script), *map(str, args)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--work", default=str(REPO / "bench-out"))
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    cairn = REPO / "target" / "release" / "cairn"
    pagefind = work / "node_modules" / ".bin" / "pagefind"
    if not pagefind.exists():
        subprocess.run(["npm", "install", "--prefix", str(work), "--no-audit", "--no-fund", "--silent", "pagefind@1.6.0"], check=True)

    for size in [int(s) for s in args.sizes.split(",")]:
        for flavor in ("cairn", "hugo"):
            corpus = work / f"{flavor}-{size}"
            if not corpus.exists():
                subprocess.run([sys.executable, str(Path(args.shared) / "bench" / "gen_corpus.py"), str(corpus), "--pages", str(size),
                                "--langs", "en,fr,ar", "--flavor", flavor], check=True, capture_output=True)
        site = work / f"search-site-{size}"
        shutil.rmtree(site, ignore_errors=True)
        out = subprocess.run([str(cairn), "build", "--timings", "--root", str(work / f"cairn-{size}"), "--out", str(site)],
                             check=True, capture_output=True, text=True).stdout
        stages = {m.group(1).strip(): float(m.group(2)) for m in re.finditer(r"^\s*([a-z ]+):\s+([\d.]+) s$", out, re.M)}
        # Stages overlap (the index is built alongside rendering): the share is of the wall time.
        total = float(re.search(r" in ([\d.]+) s", out.splitlines()[-1]).group(1))
        print(f"\n== {size} pages x 3 languages ==")
        print(f"cairn build {total:.2f} s; search index {stages['search index']:.2f} s ({100 * stages['search index'] / total:.0f} %)")
        for lang in ("en", "fr", "ar"):
            raw, zipped, files = sizes_of(site / "search" / lang)
            print(f"cairn index {lang}: {raw / 1e6:.2f} MB raw, {zipped / 1e6:.2f} MB gzip, {files} files")

        words = sorted({w.lower() for p in (work / f"cairn-{size}" / "content").rglob("*.md") if p.name.count(".") == 1
                        for w in re.findall(r"\b[a-zA-Z]{4,}\b", p.read_text())})
        queries = random.Random(7).sample(words, min(100, len(words)))
        queries_file = work / "queries.json"
        queries_file.write_text(json.dumps(queries))
        in_node = node("query.mjs", site / "search", "en", 8, *queries)
        in_chromium = node("bench-search.mjs", (site / "search" / "index.html").as_uri(), queries_file)
        print(f"cairn query, node: {in_node['median_ms']:.2f} ms median; first query loads {in_node['median_first_query_bytes'] / 1e3:.0f} KB")
        print(f"cairn query, chromium: {in_chromium['median_ms']:.2f} ms median; first query loads {in_chromium['median_first_query_bytes'] / 1e3:.0f} KB")

        hugo_site = work / f"hugo-site-{size}"
        shutil.rmtree(hugo_site, ignore_errors=True)
        subprocess.run(["hugo", "--quiet", "--source", str(work / f"hugo-{size}"), "--destination", str(hugo_site)], check=True)
        subprocess.run([str(pagefind), "--site", str(hugo_site)], check=True, capture_output=True)
        raw, zipped, files = sizes_of(hugo_site / "pagefind")
        print(f"pagefind index (all languages): {raw / 1e6:.2f} MB raw, {zipped / 1e6:.2f} MB gzip, {files} files")
        handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(hugo_site), **k)
        http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            pf = node("bench-pagefind.mjs", f"http://127.0.0.1:{server.server_address[1]}", queries_file)
        finally:
            server.shutdown()
        print(f"pagefind query, chromium: {pf['median_ms']:.2f} ms median; first query loads {pf['median_first_query_bytes'] / 1e3:.0f} KB")
        ratio = in_chromium["median_first_query_bytes"] / max(pf["median_first_query_bytes"], 1)
        print(f"first-query bytes, cairn / pagefind: {ratio:.2f}x")


if __name__ == "__main__":
    main()
