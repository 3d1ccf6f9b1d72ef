#!/usr/bin/env python3
"""Search quality: cairn's ranking against Pagefind's on the same built site.

For each handbook (the example handbook and a generated corpus by default, or the folders
given), builds it with cairn, indexes the output with Pagefind (npm `pagefind`), and for
queries with a known answer computes MRR@10 and recall@10 of the answer page, per language,
for cairn (`cairn search --json`, results grouped by page) and for Pagefind (in Chromium,
served over HTTP: it cannot run from file://). Known answers: (a) each page's own title, 30
random pages per language; (b) for a handbook with `bench/queries/<name>.toml`, the
hand-written queries there (`[[query]] lang, q, page`).

    python3 bench/search_quality.py                        # example + 300-page corpus
    python3 bench/search_quality.py path/to/handbook --cairn target/release/cairn

Needs node, chromium and tests/browser/node_modules (./test.sh installs them). Not a test.
"""
import argparse
import html
import http.server
import json
import random
import re
import subprocess
import sys
import threading
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BROWSER = REPO / "tests" / "browser"
GENERATED = {"search/", "contributors/", "translation-status/", "404"}


def pages(site, lang, default, languages):
    """(title, page path) of every translated content page of `lang` in a built site."""
    found = []
    for path in sorted((site if lang == default else site / lang).rglob("index.html")):
        rel = path.relative_to(site).as_posix()[: -len("index.html")]
        if lang == default and any(rel.startswith(f"{other}/") for other in languages if other != default):
            continue
        # Later pages of a split listing (`page/2/`) repeat the section's title: the answer to
        # that title is the section's first page.
        if any(g in rel for g in GENERATED) or rel in ("", f"{lang}/") or re.search(r"/page/\d+/$", rel):
            continue
        text = path.read_text()
        if "untranslated-notice" in text:
            continue
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
        if h1:
            found.append((html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip(), rel))
    return found


def cairn_ranked(cairn, root, out, lang, query):
    run = subprocess.run([str(cairn), "search", query, "--lang", lang, "--json", "--limit", "10", "--root", str(root),
                          "--out", str(out)], capture_output=True, text=True)
    urls = []
    for hit in json.loads(run.stdout or "[]"):
        page = hit["url"].split("#")[0]
        if page not in urls:
            urls.append(page)
    return urls


def scores(ranked, expected):
    ranks = [r.index(e) + 1 if e in r[:10] else None for r, e in zip(ranked, expected)]
    mrr = sum(1 / r for r in ranks if r) / max(len(ranks), 1)
    recall = sum(1 for r in ranks if r) / max(len(ranks), 1)
    return mrr, recall


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("handbooks", nargs="*")
    parser.add_argument("--cairn", default=str(REPO / "target" / "debug" / "cairn"))
    parser.add_argument("--pages", type=int, default=300, help="size of the generated corpus")
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--work", default=str(REPO / "bench-out"))
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    pagefind = work / "node_modules" / ".bin" / "pagefind"
    if not pagefind.exists():
        subprocess.run(["npm", "install", "--prefix", str(work), "--no-audit", "--no-fund", "--silent", "pagefind@1.6.0"], check=True)
    handbooks = [Path(h).resolve() for h in args.handbooks]
    if not handbooks:
        corpus = work / f"quality-corpus-{args.pages}"
        if not corpus.exists():
            subprocess.run([sys.executable, str(Path(args.shared) / "bench" / "gen_corpus.py"), str(corpus), "--pages",
                            str(args.pages), "--langs", "en,fr,ar", "--flavor", "cairn"], check=True, capture_output=True)
        handbooks = [REPO, corpus]
    print("| handbook | language | query set | queries | cairn MRR@10 | Pagefind MRR@10 | cairn recall@10 | Pagefind recall@10 |")
    print("|---|---|---|---|---|---|---|---|")
    for root in handbooks:
        name = "example" if root == REPO else root.name
        out = work / f"quality-site-{name}"
        subprocess.run([str(args.cairn), "build", "--root", str(root), "--out", str(out)], check=True, capture_output=True)
        subprocess.run([str(pagefind), "--site", str(out)], check=True, capture_output=True)
        config = tomllib.loads((root / "cairn.toml").read_text())
        default = config.get("default_language", "en")
        sets = []  # (lang, set name, [(query, expected page)])
        rng = random.Random(7)
        for lang in config["languages"]:
            found = pages(out, lang, default, list(config["languages"]))
            sets.append((lang, "titles", [(t, p) for t, p in rng.sample(found, min(30, len(found)))]))
        hand = REPO / "bench" / "queries" / f"{name}.toml"
        if hand.exists():
            for entry in tomllib.loads(hand.read_text())["query"]:
                lang = entry["lang"]
                page = entry["page"] if lang == default else f"{lang}/{entry['page']}"
                existing = next((s for s in sets if s[0] == lang and s[1] == "hand-written"), None)
                if existing is None:
                    existing = (lang, "hand-written", [])
                    sets.append(existing)
                existing[2].append((entry["q"], page))
        by_page = {}
        for lang, _, queries in sets:
            start = "index.html" if lang == default else f"{lang}/index.html"
            by_page.setdefault(start, []).extend(q for q, _ in queries)
        queries_file = work / "quality-queries.json"
        queries_file.write_text(json.dumps(by_page))
        handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(out), **k)
        http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            pf = json.loads(subprocess.run(["node", str(BROWSER / "bench-pagefind-quality.mjs"),
                                            f"http://127.0.0.1:{server.server_address[1]}", str(queries_file)],
                                           check=True, capture_output=True, text=True).stdout)["results"]
        finally:
            server.shutdown()
        taken = {k: 0 for k in by_page}
        for lang, set_name, queries in sets:
            start = "index.html" if lang == default else f"{lang}/index.html"
            pf_ranked = []
            for _ in queries:
                urls = []
                for u in pf[start][taken[start]]:
                    u = u.lstrip("/").removesuffix("index.html")
                    if u not in urls:
                        urls.append(u)
                pf_ranked.append(urls)
                taken[start] += 1
            expected = [p for _, p in queries]
            ours = [cairn_ranked(args.cairn, root, out, lang, q) for q, _ in queries]
            (cm, cr), (pm, pr) = scores(ours, expected), scores(pf_ranked, expected)
            print(f"| {name} | {lang} | {set_name} | {len(queries)} | {cm:.2f} | {pm:.2f} | {cr:.2f} | {pr:.2f} |", flush=True)


if __name__ == "__main__":
    main()
