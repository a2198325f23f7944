#!/usr/bin/env bash
# npm run bench: builds, brings up the infrastructure, runs every benchmark under bench/ and prints
# each figure beside its baseline measured in the same run (results in bench/results/*.json).
set -euo pipefail
source "$(dirname "$0")/../platform/_services.sh"
cd "$ROOT"
ensure_built
infra/bin/infra-up >/dev/null
# 3 partitions per topic, as the benchmarks' earlier figures had (the declaration says 12).
export KAFKA_TOPIC_PARTITIONS="${KAFKA_TOPIC_PARTITIONS:-3}"
export PGHOST="${PGHOST:-127.0.0.1}" KAFKA_BROKERS="127.0.0.1:${KAFKA_PORT:-9092}" LOG_LEVEL="${LOG_LEVEL:-warn}"
for bench in dist/bench/*.bench.js; do
  node "$bench"
done
