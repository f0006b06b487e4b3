#!/usr/bin/env bash
# JMH benchmark of the classifier (offline, in-process, well under a millisecond per message: category model and
# emergency scorer). Installs bot-core, builds bench/classifier-jmh into a benchmarks jar, and measures
# Classifier.classify() over the held-out messages of each corpus in turn, the county one and the hard one (one fork
# each; warm-up and measurement kept short: about two minutes in all). Prints the JMH table and the average time per
# classification for each corpus.
#
#   bash bench/classifier-bench.sh      # WARMUP=3 MEASURE=5 SECONDS_PER_ITERATION=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${WARMUP:-3}
MEASURE=${MEASURE:-5}
SECONDS_PER_ITERATION=${SECONDS_PER_ITERATION:-5}
OUT=bench/out
mkdir -p "$OUT"

# bot-core (and its parent pom) is installed into a repository of this checkout's own, with ~/.m2 as a read-only
# tail for everything else: ~/.m2 may be shared with another checkout that installs its own bot-core meanwhile.
M2=(-Dmaven.repo.local="$PWD/$OUT/m2" -Dmaven.repo.local.tail="$HOME/.m2/repository")
./mvnw -q "${M2[@]}" -N -DskipTests install
./mvnw -q "${M2[@]}" -DskipTests install -pl bot-core
./mvnw -q "${M2[@]}" -f bench/classifier-jmh/pom.xml -DskipTests clean package

for corpus in corpus-train.tsv hard-train.tsv emergency-cues.tsv; do
  unzip -p bench/classifier-jmh/target/benchmarks.jar "classify/$corpus" \
    | cmp -s - "bot-core/src/main/resources/classify/$corpus" \
    || { echo "benchmarks.jar holds another bot-core than this checkout's (a concurrent install?): run again"; exit 1; }
done

# Two values of heldOut, comma-separated: JMH runs the benchmark once for each.
java -jar bench/classifier-jmh/target/benchmarks.jar ClassifierBenchmark \
  -f 1 -wi "$WARMUP" -w "${SECONDS_PER_ITERATION}s" -i "$MEASURE" -r "${SECONDS_PER_ITERATION}s" \
  -p heldOut="$PWD/bot-core/src/test/resources/classify/corpus-heldout.tsv,$PWD/bot-core/src/main/resources/classify/scored/hard-heldout-43.tsv" \
  -rf json -rff "$OUT/classifier-jmh.json" | tee "$OUT/classifier-jmh.txt"

# The result row: Benchmark (heldOut) Mode Cnt Score ± Error Units
awk '/^ClassifierBenchmark.classify/ { n = split($2, path, "/"); printf "\nClassifier.classify() over %s: %s ± %s µs per message (JMH average time, %s iterations)\n", path[n], $(NF-3), $(NF-1), $(NF-4) }' \
  "$OUT/classifier-jmh.txt"
