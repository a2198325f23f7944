#!/usr/bin/env bash
# npm test: the whole suite against real servers. Installs and builds when needed, brings up the
# infrastructure (and stops it again afterwards if this run started it), then runs type checks,
# lint and the three Jest tiers: unit, integration (real PostgreSQL/Kafka), end-to-end (whole stack
# with real Keycloak tokens). Extra arguments go to Jest (e.g. npm test -- --selectProjects unit).
set -euo pipefail
source "$(dirname "$0")/../platform/_services.sh"
cd "$ROOT"

ensure_built
# The portal's browser tests drive Debian's chromium (browsers cannot be downloaded here).
if ! command -v chromium >/dev/null; then
  as_root=()
  ((EUID == 0)) || as_root=(sudo)
  "${as_root[@]}" apt-get install -y chromium ||
    { "${as_root[@]}" apt-get update && "${as_root[@]}" apt-get install -y chromium; }
fi
mkdir -p .run
started_infra=1
infra/bin/infra-status >/dev/null 2>&1 && started_infra=0
cleanup() {
  status=$?
  # Kill any service process a failed suite left behind, then the infrastructure this run started.
  pkill -KILL -f '^samvirke-test:' 2>/dev/null || true
  if ((started_infra)); then infra/bin/infra-down >/dev/null || true; fi
  exit $status
}
trap cleanup EXIT
infra/bin/infra-up

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
source infra/bin/_common.sh
export KAFKA_BROKERS="$(kafka_bootstrap)" KEYCLOAK_URL="http://127.0.0.1:${KEYCLOAK_PORT:-8080}"
export S3_ENDPOINT="http://127.0.0.1:${S3_PORT:-9090}" S3_BUCKET="${S3_BUCKET:-samvirke-attachments}"

echo "== type check"
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/portal/tsconfig.json --noEmit
echo "== lint (type-aware ESLint with Nx module boundaries)"
NX_DAEMON=false npx nx show projects >/dev/null # the boundary rule reads Nx's project graph
npx eslint --max-warnings=0 apps libs tools bench
echo "== format"
npx prettier --check --log-level=warn .

echo "== tests (unit, integration, end-to-end)"
results=.run/jest-results.json
rm -f "$results"
set +e
node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js \
  --maxWorkers=2 --json --outputFile="$results" "$@"
code=$?
set -e
if [[ -f $results ]]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
    // The slowest suites, to keep the whole run inside its time budget.
    const slow = r.testResults
      .map((t) => ({ file: t.name.slice(process.cwd().length + 1), s: (t.endTime - t.startTime) / 1000 }))
      .sort((a, b) => b.s - a.s).slice(0, 15);
    console.log("slowest suites:\n" + slow.map(({ file, s }) => `  ${s.toFixed(0).padStart(5)} s  ${file}`).join("\n"));
  ' "$results"
fi
exit $code
