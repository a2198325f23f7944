#!/usr/bin/env bash
# npm start: installs, builds, brings up PostgreSQL databases, Kafka and Keycloak, migrates and
# starts every service in the background, loads the demo data, and prints where everything is.
set -euo pipefail
source "$(dirname "$0")/_services.sh"
cd "$ROOT"

ensure_built
infra/bin/infra-up
# Object storage for grants' report attachments: the S3Mock infra-up started (any access key).
export S3_ENDPOINT="${S3_ENDPOINT:-http://127.0.0.1:${S3_PORT:-9090}}" S3_BUCKET="${S3_BUCKET:-samvirke-attachments}"
mkdir -p "$SERVICES_RUN" "$SERVICE_LOGS"

# Stop what runs (a restart picks up the fresh build), then check every port is free.
for name in "${SERVICES[@]}" portal; do stop_service "$name" & done
for file in "$SERVICES_RUN"/*@*.pid; do [[ -f $file ]] && stop_service "$(basename "$file" .pid)" & done
wait
for name in "${SERVICES[@]}" portal; do
  port=$(service_port "$name")
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port for $name is taken by another program; stop it or set ${name^^}_PORT." >&2
    exit 1
  fi
done

# Each service migrates its own database, then starts; the services do this side by side. The
# gateway and the mail catcher have no database.
# Each service connects to Kafka as its own principal (SASL/SCRAM, development password; infra-up
# created the users and their ACLs). The gateway and the mail catcher do not use Kafka.
source infra/bin/_common.sh
export KAFKA_BROKERS="${KAFKA_BROKERS:-$(kafka_bootstrap)}"
# use_kafka_identity <service>: its own Kafka user; the feed also the admin, for the integrations' ACLs.
use_kafka_identity() {
  [[ " ${KAFKA_SERVICE_USERS[*]} " == *" samvirke-$1 "* ]] || return 0
  export KAFKA_SASL_MECHANISM=scram-sha-512 KAFKA_SASL_USERNAME="samvirke-$1"
  KAFKA_SASL_PASSWORD=$(kafka_dev_password "samvirke-$1")
  export KAFKA_SASL_PASSWORD
  if [[ $1 == feed ]]; then
    export FEED_KAFKA_ACL_USERNAME="$KAFKA_ADMIN_USER" FEED_KAFKA_ACL_PASSWORD="$KAFKA_ADMIN_PASSWORD"
  fi
}
launch() {
  local name=$1
  use_kafka_identity "$name"
  if [[ $name != gateway && $name != mail-catcher ]]; then
    node "$(service_main "$name")" migrate >>"$SERVICE_LOGS/$name.log" 2>&1 ||
      { echo "$name: migrations failed, see .run/logs/$name.log" >&2; return 1; }
  fi
  nohup node "${SERVICE_NODE_FLAGS[@]}" "$(service_main "$name")" >>"$SERVICE_LOGS/$name.log" 2>&1 &
  echo $! >"$SERVICES_RUN/$name.pid"
}
export_instance_urls
launched=()
for name in "${SERVICES[@]}"; do
  launch "$name" &
  launched+=($!)
done
for pid in "${launched[@]}"; do wait "$pid" || exit 1; done

# wait_ready <service or service@i> <port>: until its /health/ready answers (60 s at most).
wait_ready() {
  local name=$1 port=$2 i
  for i in $(seq 1 120); do
    if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready" 2>/dev/null; then
      echo "  $name ready on http://127.0.0.1:$port"
      return 0
    fi
    if ! service_pid "$name" >/dev/null; then
      echo "$name stopped while starting; the end of .run/logs/$name.log says:" >&2
      tail -n 5 "$SERVICE_LOGS/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "$name was not ready within 60 s; see .run/logs/$name.log" >&2
  exit 1
}
for name in "${SERVICES[@]}"; do wait_ready "$name" "$(service_port "$name")"; done

# Instances 2..N of each domain service, once the first has migrated its database. Each connects
# as its service's Kafka user and joins its consumer group; the gateway finds them by its health checks.
for ((i = 2; i <= SAMVIRKE_INSTANCES; i++)); do
  for name in "${SCALED_SERVICES[@]}"; do
    instance="$name@$i"
    port=$(instance_port "$instance")
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port for $instance is taken by another program; stop it or use fewer SAMVIRKE_INSTANCES." >&2
      exit 1
    fi
    (
      export "${name^^}_PORT=$port"
      use_kafka_identity "$name"
      nohup node "${SERVICE_NODE_FLAGS[@]}" "$(service_main "$name")" >>"$SERVICE_LOGS/$instance.log" 2>&1 &
      echo $! >"$SERVICES_RUN/$instance.pid"
    )
  done
done
for ((i = 2; i <= SAMVIRKE_INSTANCES; i++)); do
  for name in "${SCALED_SERVICES[@]}"; do wait_ready "$name@$i" "$(instance_port "$name@$i")"; done
done

GATEWAY_URL="http://127.0.0.1:$(service_port gateway)" KEYCLOAK_URL="http://127.0.0.1:${KEYCLOAK_PORT:-8080}" \
  node dist/tools/platform/load-demo-data.js

start_portal
for i in $(seq 1 60); do
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$(service_port portal)/config.json" 2>/dev/null && break
  if ((i == 60)); then echo "the portal did not start within 30 s; see .run/logs/portal.log" >&2; exit 1; fi
  sleep 0.5
done
echo "  portal ready on http://127.0.0.1:$(service_port portal)"

cat <<INFO

Samvirke is running.
  Portal (browser)       http://127.0.0.1:$(service_port portal)      log in with a demo user below
  Gateway (public API)   http://127.0.0.1:$(service_port gateway)      e.g. GET /api/partners/organisations
  Keycloak               http://127.0.0.1:${KEYCLOAK_PORT:-8080}      admin console: admin / ${KEYCLOAK_ADMIN_PASSWORD:-admin} (development only)
  Kafka                  127.0.0.1:${KAFKA_PORT:-9092}
  Mail catcher           http://127.0.0.1:$(service_port mail-catcher)      the demo's e-mails (SMTP on 127.0.0.1:${MAIL_CATCHER_SMTP_PORT:-1025})
  PostgreSQL             ${PGHOST:-127.0.0.1}:${PGPORT:-5432}
  Logs                   .run/logs/

Demo logins (password samvirke-dev for all):
  platform.admin         platform-admin          Samvirke
  officer.helsefonden    foundation-officer      Helsefonden
  officer.bikubenfonden  foundation-officer      Bikubenfonden
  officer.realdania      foundation-officer      Realdania
  coordinator.backbone   backbone-coordinator    Bryd Arven Sekretariatet
  reporter.kobenhavn     reporter                Københavns Kommune
  reporter.aarhus        reporter                Aarhus Kommune
  member.ngo             partner-member          Netværket for Unge uden Hjem
Through "Log ind med din kommune" (demo municipal IdP, SAML; see docs/identity.md):
  anne.kbh               reporter                Københavns Kommune
  jens.aarhus            reporter                Aarhus Kommune
  mette.frb              refused                 Frederiksberg Kommune (not connected)

Try it:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=samvirke-gateway -d client_secret=samvirke-gateway-dev-secret \\
    -d username=platform.admin -d password=samvirke-dev \\
    http://127.0.0.1:${KEYCLOAK_PORT:-8080}/realms/samvirke/protocol/openid-connect/token | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')
  curl -H "Authorization: Bearer \$TOKEN" 'http://127.0.0.1:$(service_port gateway)/api/partners/organisations?type=foundation'

Stop everything with: npm run stop
INFO
