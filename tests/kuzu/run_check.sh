#!/bin/sh
# Optional check that Kuzu loads what `stancegraph export --format kuzu` writes: the example
# corpus' graph and a graph of hostile names (quotes, commas, line breaks, brackets, the list
# delimiter). Needs Node.js and the npm package kuzu where node finds it (NODE_PATH, or
# build/kuzu-check/node_modules, which scripts/kuzu-check fills); without them it exits 77,
# which ctest reports as skipped. It never downloads anything.
# Usage: run_check.sh STANCEGRAPH SOURCE_DIR WORK_DIR
set -eu
bin=$1 src=$2 work=$3
command -v node >/dev/null 2>&1 || { echo "node not installed: skipped"; exit 77; }
NODE_PATH=${NODE_PATH:-$(dirname "$bin")/kuzu-check/node_modules}
export NODE_PATH
node -e "require('kuzu')" >/dev/null 2>&1 || { echo "npm package kuzu not in $NODE_PATH (scripts/kuzu-check installs it): skipped"; exit 77; }
rm -rf "$work"
mkdir -p "$work"
example=$src/examples/nhs-cocommissioning
"$bin" build -q --codebook "$example/codebook.json" --annotations "$example/annotations.json" \
  -o "$work/example.json" "$example/articles"
"$bin" export -g "$work/example.json" --format kuzu -o "$work/example-kuzu"
node "$src/tests/kuzu/load_export.js" "$work/example-kuzu" "$work/example.kuzu" "$src/tests/kuzu/example-expected.json"
"$bin" export -g "$src/tests/kuzu/hostile.json" --format kuzu -o "$work/hostile-kuzu"
node "$src/tests/kuzu/load_export.js" "$work/hostile-kuzu" "$work/hostile.kuzu" "$src/tests/kuzu/hostile-expected.json"
