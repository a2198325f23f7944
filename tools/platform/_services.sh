# shellcheck shell=bash disable=SC2034
# Which Samvirke services exist, their ports, and how to tell whether one of ours is running.
# Sourced by start.sh, stop.sh and the test runner.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
SERVICES_RUN="$ROOT/.run/services"
SERVICE_LOGS="$ROOT/.run/logs"
# Domain services first (the event feed among them), the gateway last (it forwards to them). The
# mail catcher is the demo's SMTP server (1025) with a web page of the mails (MAIL_CATCHER_WEB_PORT,
# 8025). Neither it nor the gateway has a database.
SERVICES=(mail-catcher partners measurement grants notifications feed gateway)
# SAMVIRKE_INSTANCES=N runs N instances of each domain service (instance i of a service on its port
# + 100·(i-1), named <service>@<i>); the gateway balances over them (apps/gateway proxy/upstream-pool.ts).
: "${SAMVIRKE_INSTANCES:=1}"
[[ $SAMVIRKE_INSTANCES =~ ^[1-9]$ ]] || { echo "SAMVIRKE_INSTANCES must be 1-9 (is '$SAMVIRKE_INSTANCES')." >&2; exit 1; }
SCALED_SERVICES=(partners measurement grants notifications feed)
# V8 flags of every service process. A young generation of 4 MiB semi-spaces instead of V8's 16 MiB
# keeps each service some 20-25 MiB smaller (issue 26: RSS <= 150 MiB); our requests allocate
# little, so scavenges stay cheap. The image sets the same in NODE_OPTIONS (Dockerfile).
SERVICE_NODE_FLAGS=(--max-semi-space-size=4)

# instance_port <service>@<i>
instance_port() { echo $(($(service_port "${1%@*}") + 100 * (${1#*@} - 1))); }

# The gateway's <SERVICE>_URL variables, one URL per instance (only with more than one).
export_instance_urls() {
  local name i urls
  ((SAMVIRKE_INSTANCES > 1)) || return 0
  for name in "${SCALED_SERVICES[@]}"; do
    urls=""
    for ((i = 1; i <= SAMVIRKE_INSTANCES; i++)); do urls+="http://127.0.0.1:$(instance_port "$name@$i"),"; done
    export "${name^^}_URL=${urls%,}"
  done
}

service_port() {
  case $1 in
    gateway) echo "${GATEWAY_PORT:-3000}" ;;
    partners) echo "${PARTNERS_PORT:-3001}" ;;
    measurement) echo "${MEASUREMENT_PORT:-3002}" ;;
    grants) echo "${GRANTS_PORT:-3003}" ;;
    notifications) echo "${NOTIFICATIONS_PORT:-3004}" ;;
    feed) echo "${FEED_PORT:-3005}" ;;
    mail-catcher) echo "${MAIL_CATCHER_WEB_PORT:-8025}" ;;
    portal) echo "${PORTAL_PORT:-5173}" ;;
    *) return 1 ;;
  esac
}

service_main() {
  # The portal is the built single-page app (apps/portal/dist) served by vite preview.
  case $1 in
    portal) echo "node_modules/vite/bin/vite.js" ;;
    mail-catcher) echo "apps/notifications/dist/mail-catcher/mail-catcher.main.js" ;;
    *) echo "apps/$1/dist/main.js" ;;
  esac
}

# Serves the built portal on 127.0.0.1:$PORTAL_PORT; it forwards /api to the gateway.
start_portal() {
  GATEWAY_URL="http://127.0.0.1:$(service_port gateway)" PORTAL_PORT="$(service_port portal)" \
    nohup node "$(service_main portal)" preview --config apps/portal/vite.config.ts >>"$SERVICE_LOGS/portal.log" 2>&1 &
  echo $! >"$SERVICES_RUN/portal.pid"
}

# Prints the pid of our running service $1, if any (checked against its command line).
service_pid() {
  local file="$SERVICES_RUN/$1.pid" pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$(service_main "${1%@*}")" || return 1
  echo "$pid"
}

stop_service() {
  local name=$1 pid
  pid=$(service_pid "$name") || { rm -f "$SERVICES_RUN/$name.pid"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$SERVICES_RUN/$name.pid"
}

# Installs dependencies when node_modules is missing or older than the lock file, then builds.
ensure_built() {
  local major minor
  IFS=. read -r major minor _ <<<"$(node -p 'process.versions.node' 2>/dev/null || echo 0.0.0)"
  if ((major < 20 || (major == 20 && minor < 19))); then
    echo "Samvirke needs Node.js 20.19 or newer (found $(node --version 2>/dev/null || echo none)); install it and try again." >&2
    return 1
  fi
  if [[ ! -f $ROOT/node_modules/.package-lock.json || $ROOT/package-lock.json -nt $ROOT/node_modules/.package-lock.json ]]; then
    echo "installing dependencies (npm ci) ..."
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || {
      echo "npm ci failed: check that the npm registry is reachable, then run npm start again." >&2
      return 1
    }
  fi
  echo "compiling TypeScript ..."
  (cd "$ROOT" && npx tsc -b tsconfig.build.json) || { echo "the TypeScript build failed (see above)." >&2; return 1; }
  echo "building the portal ..."
  (cd "$ROOT" && npx vite build --config apps/portal/vite.config.ts --logLevel warn) ||
    { echo "the portal build failed (see above)." >&2; return 1; }
}
