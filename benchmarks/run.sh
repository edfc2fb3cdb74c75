#!/bin/sh
# Builds the benchmarks jar and runs every measurement once: the JMH benchmarks with -prof gc, the
# standard catalog's retained size (JOL) and the start-up time. Results (JSON, and a Markdown table
# of ratios against the baselines of the same run) go to benchmarks/target/results.
# Takes about five minutes on a 2-core machine. Run from anywhere; see docs/performance.md.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests
java -version
java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar \
  org.hipkit.benchmarks.RunAll benchmarks/target/results "$@"
