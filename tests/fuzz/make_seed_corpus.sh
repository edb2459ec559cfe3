#!/usr/bin/env bash
# Fills DIR with the parse fuzzer's seed corpus: every Python file of the syntax test corpora
# (tests/syntax/**/*.py, valid and invalid programs alike) and the example scripts, flattened
# into one folder under names that keep them distinct.
#   tests/fuzz/make_seed_corpus.sh DIR
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 DIR" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$1"
mkdir -p "$out"
count=0
while IFS= read -r -d '' file; do
  relative="${file#"$root"/}"
  cp "$file" "$out/${relative//\//__}"
  count=$((count + 1))
done < <(find "$root/tests/syntax" "$root/examples/scripts" -type f -name '*.py' -print0)
echo "seed corpus: $count files in $out"
