#!/usr/bin/env bash
# npm run soak: brings the platform up as `npm start` does (the notifications service allowed to
# call the soak's local webhook receiver), then runs bench/soak.ts through the gateway for
# SOAK_MINUTES (10). Results: bench/results/soak.json and soak.svg.
set -euo pipefail
source "$(dirname "$0")/../platform/_services.sh"
cd "$ROOT"
WEBHOOK_ALLOWED_HOSTS="${WEBHOOK_ALLOWED_HOSTS:-127.0.0.1}" LOG_LEVEL="${LOG_LEVEL:-warn}" bash tools/platform/start.sh >/dev/null
GATEWAY_URL="http://127.0.0.1:$(service_port gateway)" KEYCLOAK_URL="http://127.0.0.1:${KEYCLOAK_PORT:-8080}" \
  node dist/bench/soak.js
