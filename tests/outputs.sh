#!/usr/bin/env bash
# Writes everything the native tool says about the corpus into one folder, so that two builds can be
# compared byte for byte (a change meant to keep outputs identical: run it before and after, then diff -r):
#   extract --format json and summarize --format json of every extraction page, summarize --jsonl of the
#   four summary sets, and segment --jsonl of the segmentation set.
#   bash tests/outputs.sh OUT_DIR [SIFT_BINARY]      (default binary: target/release/sift)
set -uo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
OUT=${1:?usage: tests/outputs.sh OUT_DIR [SIFT_BINARY]}
SIFT=${2:-$REPO/target/release/sift}
CORPUS=${SIFT_CORPUS:-$(cd "$REPO/.." && pwd)/shared/corpus}
[[ -x "$SIFT" ]] || { echo "no $SIFT: run bash .ci/build first" >&2; exit 1; }
[[ -d "$CORPUS" ]] || { echo "no corpus at $CORPUS (set SIFT_CORPUS): nothing written"; exit 0; }
rm -rf "$OUT" && mkdir -p "$OUT/extract" "$OUT/summarize"
pages=0
for page in "$CORPUS"/extraction/*/*/page.html; do
  id=$(basename "$(dirname "$(dirname "$page")")")_$(basename "$(dirname "$page")")
  "$SIFT" extract --format json "$page" > "$OUT/extract/$id.json" 2>&1
  echo "exit $?" >> "$OUT/extract/$id.json"
  "$SIFT" summarize --format json "$page" > "$OUT/summarize/$id.json" 2>&1
  echo "exit $?" >> "$OUT/summarize/$id.json"
  pages=$((pages + 1))
done
for set in cnndm easc tes bbc; do
  "$SIFT" summarize --jsonl "$CORPUS/summaries/$set.jsonl" > "$OUT/$set.jsonl" 2>&1
done
python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    case = json.loads(line)
    print(json.dumps({k: case[k] for k in ("id", "text", "lang")}, ensure_ascii=False))' \
  "$CORPUS/segmentation/golden.jsonl" > "$OUT/segment.in.jsonl"
"$SIFT" segment --jsonl "$OUT/segment.in.jsonl" > "$OUT/segment.jsonl" 2>&1
echo "$pages pages, 4 summary sets and the segmentation set written to $OUT"
