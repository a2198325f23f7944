#!/usr/bin/env bash
# npm run stop: stops the services and the infrastructure this project started (never PostgreSQL).
set -euo pipefail
source "$(dirname "$0")/_services.sh"
stop_service portal
# Extra instances (SAMVIRKE_INSTANCES), whatever their number was.
for file in "$SERVICES_RUN"/*@*.pid; do [[ -f $file ]] && stop_service "$(basename "$file" .pid)"; done
for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do stop_service "${SERVICES[i]}"; done
"$ROOT/infra/bin/infra-down"
