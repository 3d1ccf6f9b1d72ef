// Usage: node stem.mjs STEMMER_JS WORD... — runs one of cairn's vendored Snowball stemmers
// (src/search/stemmers/<name>.js, as search/<lang>/stem.js ships it) on each word and prints
// the stems as a JSON array.
import { readFileSync } from "node:fs";
import vm from "node:vm";

const [file, ...words] = process.argv.slice(2);
const stem = vm.runInNewContext(readFileSync(file, "utf8"));
process.stdout.write(JSON.stringify(words.map(stem)) + "\n");
