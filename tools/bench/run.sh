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
source infra/bin/_common.sh
export PGHOST="${PGHOST:-127.0.0.1}" KAFKA_BROKERS="$(kafka_bootstrap)" LOG_LEVEL="${LOG_LEVEL:-warn}"
# The benchmarks' own clients are the Kafka admin; the services they start get their own users
# (libs/testing kafka-credentials.ts), as in the tests.
export KAFKA_SASL_MECHANISM="${KAFKA_SASL_MECHANISM:-scram-sha-512}" KAFKA_SASL_USERNAME="${KAFKA_SASL_USERNAME:-$KAFKA_ADMIN_USER}"
export KAFKA_SASL_PASSWORD="${KAFKA_SASL_PASSWORD:-$KAFKA_ADMIN_PASSWORD}"
for bench in dist/bench/*.bench.js; do
  node "$bench"
done
