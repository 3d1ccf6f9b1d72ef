#!/usr/bin/env python3
"""PDF benchmark: time and peak memory to typeset a ~20-page and a ~100-page handout, and
every handout of the example handbook (`cairn pdf --all`). Fonts load once per run.

    python3 bench/pdf.py

Needs GNU time and pdfinfo (apt-get install time poppler-utils). Not a test.
"""
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PARAGRAPH = ("Organizers who work across borders agree first on who leads, what is shared and what is never "
             "written down. Each step of this plan is checked with the people it concerns, in their language, "
             "before anything is published or sent. ") * 3


def timed(cmd, cwd=None):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    wall, rss = result.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss) / 1024


def pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def main():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    cairn = str(REPO / "target" / "release" / "cairn")
    print(f"{'handout':<28} {'pages':>6} {'wall s':>8} {'peak MiB':>9}")
    # About 2.1 sections a page: roughly 20 and 100 pages.
    for sections in (43, 215):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / "content").mkdir()
            (root / "cairn.toml").write_text('title = "Bench"\nbase_url = "https://example.org/"\nlicense = "CC-BY-4.0"\n[languages.en]\nname = "English"\n')
            (root / "content" / "_index.md").write_text('+++\ntitle = "Home"\n+++\n')
            body = "".join(f"## Step {i}\n\n{PARAGRAPH}\n\n- first point\n- second point\n\n{PARAGRAPH}\n\n" for i in range(sections))
            (root / "content" / "long.md").write_text(f'+++\ntitle = "Long handout"\n+++\n{body}')
            wall, rss = timed([cairn, "pdf", "content/long.md", "--root", str(root), "--out", str(root / "out")], cwd=root)
            print(f"{f'{sections} sections':<28} {pages(root / 'out' / 'long.en.pdf'):>6} {wall:>8.2f} {rss:>9.0f}")
    out = Path(tempfile.mkdtemp())
    wall, rss = timed([cairn, "pdf", "--all", "--root", str(REPO), "--out", str(out)])
    files = sorted(out.glob("*.pdf"))
    print(f"{f'example --all ({len(files)} PDFs)':<28} {sum(pages(f) for f in files):>6} {wall:>8.2f} {rss:>9.0f}")
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
