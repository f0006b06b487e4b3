#!/usr/bin/env bash
# Scores a review file with the model of a classes directory: every message (CATEGORY<TAB>text or
# CATEGORY<TAB>FAMILY<TAB>text, one a line) with its label, mark (E alarm, t told what to do, - neither), decided
# category, emergency probability, family and text, then a SUM line — Lines.java's output without the file column.
#
#   tools/heldout/score.sh CLASSES FILE.tsv
#
# CLASSES is a copy of bot-core/target/classes (the landed model's, a candidate's), so that a reviewer can compare two
# models while the build changes under them. LINES (default /tmp/lines) holds the compiled Lines.java and CP_FILE
# (default cp.txt) the bot-core classpath, as README.md's "score lines" row makes them. The model trains first (about
# half a minute): score whole files, not single lines.
set -euo pipefail
classes=$(readlink -f "$1")
file=$(readlink -f "$2")
lines=${LINES:-/tmp/lines}
cp_file=${CP_FILE:-cp.txt}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="review-$$-$(basename "$file")"
mkdir -p "$work/classify"
cp "$file" "$work/classify/$name"
echo "classify/$name" > "$work/list"
java -cp "$lines:$work:$classes:$(cat "$cp_file")" cn.gridbot.classify.Lines "$work/list" \
    | grep -v ' INFO ' | cut -f2-
