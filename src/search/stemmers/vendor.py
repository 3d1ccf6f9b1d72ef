#!/usr/bin/env python3
"""Writes one browser stemmer per Snowball algorithm into this folder, from the npm package
snowball-stemmers 0.6.0 (jssnowball: the Java that Snowball generates, translated to
JavaScript), so that a page loads only its own language's stemmer.

    npm install snowball-stemmers@0.6.0 terser@5.51.4
    python3 vendor.py node_modules/snowball-stemmers/snowball-stemmers.js

Each file is one JavaScript expression whose value is a function word -> stem; cairn embeds
it in `search/<lang>/stem.js`, which a reader's first query loads. The shared runtime
(Among, SnowballProgram) is repeated in each file, so each is minified with terser (from
the same node_modules): 43 KB of English becomes 29 KB. ALGORITHMS must match
`src/search/stem.rs`.
"""
import re
import subprocess
import sys
from pathlib import Path

# terser minifies programs, not expressions: the expression is assigned to this name for it,
# and the assignment taken off again (the result wrapped in parentheses, so that it is also
# a valid program on its own: `function(){}()` is an expression only after `=`).
HOLDER = "cairnStemmer="


def minified(code, node_modules):
    terser = node_modules / ".bin" / "terser"
    out = subprocess.run([str(terser), "--compress", "--mangle"], input=HOLDER + code, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out.startswith(HOLDER) and out.endswith(";"), out[:80]
    return "(" + out[len(HOLDER):-1] + ")"

ALGORITHMS = ["arabic", "danish", "dutch", "english", "finnish", "french", "german", "hungarian", "italian",
              "norwegian", "portuguese", "romanian", "russian", "spanish", "swedish", "tamil", "turkish"]


def main(bundle):
    lines = Path(bundle).read_text().split("\n")
    typeof = lines[0]
    start = next(i for i, l in enumerate(lines) if "exports.algorithms = algorithms;" in l) + 1
    blocks = [i for i, l in enumerate(lines) if re.match(r"    var [a-z]\w*Stemmer = function \(_SnowballStemmer", l)]
    end = next(i for i, l in enumerate(lines) if l.startswith("    function newStemmer("))
    prelude = lines[start:blocks[0]]
    bounds = dict(zip(blocks, blocks[1:] + [end]))
    here = Path(__file__).parent
    for algorithm in ALGORITHMS:
        first = next(i for i in blocks if lines[i].startswith(f"    var {algorithm}Stemmer = "))
        body = [typeof] + prelude + lines[first:bounds[first]]
        code = "\n".join(l.strip() for l in body if l.strip())
        expression = ("(function () {\n\"use strict\";\n" + code + "\n"
                      f"var stemmer = new {algorithm}Stemmer();\n"
                      "return function (word) { stemmer.setCurrent(word); stemmer.stem(); return stemmer.getCurrent(); };\n"
                      "})()")
        (here / f"{algorithm}.js").write_text(
            f"// Snowball's {algorithm} stemmer (BSD-3-Clause: Martin Porter, Richard Boulton), from npm\n"
            "// snowball-stemmers 0.6.0 (ISC, BSD-3-Clause: Oleg Mazko); cairn's src/search/stemmers/LICENSE.\n"
            + minified(expression, Path(bundle).resolve().parents[1]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
