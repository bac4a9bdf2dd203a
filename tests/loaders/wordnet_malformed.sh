#!/bin/sh
# A malformed or empty WordNet data file stops the build-time word list (loaders/tools/
# wordnet_common_words.cpp) with the file, the line and what is wrong, exit 2; a good one passes.
# Usage: wordnet_malformed.sh TOOL WORDNET_DICT_DIR WORK_DIR
set -u
tool=$1 dict=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
for pos in noun verb adj adv; do cp "$dict/data.$pos" "$work/"; done
"$tool" "$work" "$work/out.txt" >/dev/null 2>&1 || { echo "the real WordNet files were refused"; exit 1; }
printf '00001740 03 n zz entity 0 000 | broken\n' >> "$work/data.verb"
"$tool" "$work" "$work/out.txt" 2>"$work/err.txt"
rc=$?
[ $rc -eq 2 ] || { echo "a malformed line gave exit $rc, not 2"; exit 1; }
grep -q "data.verb:[0-9][0-9]*: the word count" "$work/err.txt" || { echo "no file:line in: $(cat "$work/err.txt")"; exit 1; }
cp "$dict/data.verb" "$work/" && : > "$work/data.adv"
"$tool" "$work" "$work/out.txt" 2>"$work/err.txt"
rc=$?
[ $rc -eq 2 ] || { echo "an empty file gave exit $rc, not 2"; exit 1; }
grep -q "data.adv: no synsets" "$work/err.txt" || { echo "no file named in: $(cat "$work/err.txt")"; exit 1; }
rm -rf "$work"
echo "ok"
