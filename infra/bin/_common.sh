# shellcheck shell=bash disable=SC2034 # the variables are used by the scripts that source this file
# Shared settings and helpers for infra-up, infra-down and infra-status (sourced, not executed).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
INFRA="$ROOT/infra"
CACHE="$ROOT/.cache"
# Runtime state (pid files, logs, Kafka data); SAMVIRKE_INFRA_RUN puts a second set beside it.
RUN="${SAMVIRKE_INFRA_RUN:-$ROOT/.run}"

: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=postgres}"
: "${KAFKA_PORT:=9092}" "${KAFKA_CONTROLLER_PORT:=9093}"
# The integration listener (SASL_PLAINTEXT + OAUTHBEARER with Keycloak client tokens, ACLs).
: "${KAFKA_INTEGRATION_PORT:=9094}"
# 1: one broker+controller (the default). 3: three KRaft broker+controller nodes on 127.0.0.1, node N
# on KAFKA_PORT+10*(N-1) (controller and integration ports likewise), replication factor 3, min.insync 2.
: "${SAMVIRKE_KAFKA_BROKERS:=1}"
[[ $SAMVIRKE_KAFKA_BROKERS == 1 || $SAMVIRKE_KAFKA_BROKERS == 3 ]] \
  || { echo "SAMVIRKE_KAFKA_BROKERS must be 1 or 3 (is '$SAMVIRKE_KAFKA_BROKERS')." >&2; exit 1; }
# Kafka's super user (brokers, controllers, scripts, test harnesses). Dev value only.
: "${KAFKA_ADMIN_PASSWORD:=samvirke-admin-dev-secret}"
# Keycloak run by someone else at KEYCLOAK_PORT (e.g. a second checkout's Kafka beside the main one's
# Keycloak): infra-up only waits for it, never starts, re-imports or stops it.
: "${KEYCLOAK_EXTERNAL:=0}"
: "${KEYCLOAK_PORT:=8080}" "${KEYCLOAK_MGMT_PORT:=9000}"
# Keycloak's database (another one lets a second checkout run its own Keycloak on the same PostgreSQL).
: "${KEYCLOAK_DATABASE:=keycloak}"
: "${KEYCLOAK_ADMIN_PASSWORD:=admin}" # dev value only
# S3Mock (S3-compatible object storage for report attachments): the S3 API over HTTP on S3_PORT; it
# always opens an HTTPS port too (S3_TLS_PORT), which nothing uses.
: "${S3_PORT:=9090}" "${S3_TLS_PORT:=9191}" "${S3_BUCKET:=samvirke-attachments}"
export PGHOST PGPORT PGUSER

KAFKA_VERSION=4.1.1
KEYCLOAK_VERSION=26.5.6
S3MOCK_VERSION=4.12.4
KEYCLOAK_REALM=samvirke
# The demo identity providers that the samvirke realm brokers: the municipal IdP (SAML 2.0, OIOSAML
# attributes, like KOMBIT's Context Handler) and one organisation's own Entra ID-style IdP (OIDC).
KEYCLOAK_IDP_REALMS=(kommune-idp aarhus-entra)
SAMVIRKE_DATABASES=(samvirke_partners samvirke_measurement samvirke_grants samvirke_notifications samvirke_feed "$KEYCLOAK_DATABASE")

KAFKA_LIBS="$CACHE/kafka/libs"
KAFKA_RUN="$RUN/kafka"
KAFKA_PID="$KAFKA_RUN/kafka.pid"
KAFKA_LOG="$KAFKA_RUN/server.log"

# SASL/SCRAM-SHA-512 users of the internal listener: the admin and one per service principal, as
# libs/contracts kafka-topology.ts declares them (KAFKA_PRINCIPALS; tools/kafka/users.spec.ts checks).
KAFKA_ADMIN_USER=samvirke-admin
KAFKA_SERVICE_USERS=(samvirke-partners samvirke-measurement samvirke-grants samvirke-notifications samvirke-feed)
# A service user's password. DEVELOPMENT VALUES ONLY (libs/messaging devKafkaPassword says the same).
kafka_dev_password() { printf '%s-dev-secret' "$1"; }

# Node <n> (1-based) of the cluster: its ports, directory (.run/kafka itself for the single broker,
# so an existing single-broker installation keeps its data) and pid.
kafka_node_port() { echo $((KAFKA_PORT + ($1 - 1) * 10)); }
kafka_node_controller_port() { echo $((KAFKA_CONTROLLER_PORT + ($1 - 1) * 10)); }
kafka_node_integration_port() { echo $((KAFKA_INTEGRATION_PORT + ($1 - 1) * 10)); }
kafka_node_dir() { if ((SAMVIRKE_KAFKA_BROKERS == 1)); then printf '%s' "$KAFKA_RUN"; else printf '%s' "$KAFKA_RUN/node-$1"; fi; }
kafka_node_pid() { pid_of "$(kafka_node_dir "$1")/kafka.pid" "$KAFKA_LIBS" kafka.Kafka "$(kafka_node_dir "$1")/server.properties"; }
# The bootstrap list clients use (KAFKA_BROKERS).
kafka_bootstrap() {
  local n out=()
  for ((n = 1; n <= SAMVIRKE_KAFKA_BROKERS; n++)); do out+=("127.0.0.1:$(kafka_node_port "$n")"); done
  (IFS=,; printf '%s' "${out[*]}")
}
# Every Kafka pid file infra-up may have written, whatever the mode it ran in.
kafka_pid_files() { ls "$KAFKA_RUN"/kafka.pid "$KAFKA_RUN"/node-*/kafka.pid 2>/dev/null || true; }
S3MOCK_JAR="$CACHE/s3mock/s3mock-$S3MOCK_VERSION-exec.jar"
S3_RUN="$RUN/s3mock"
S3_PID="$S3_RUN/s3mock.pid"
S3_LOG="$S3_RUN/s3mock.log"

KC_HOME="$CACHE/keycloak/keycloak-$KEYCLOAK_VERSION"
KC_RUN="$RUN/keycloak"
KC_PID="$KC_RUN/keycloak.pid"
KC_LOG="$KC_RUN/keycloak.log"
KC_URL="http://127.0.0.1:$KEYCLOAK_PORT"
KC_MGMT_URL="http://127.0.0.1:$KEYCLOAK_MGMT_PORT"

# Path relative to the repo root, for messages.
rel() { printf '%s' "${1#"$ROOT"/}"; }

# pid_of <pidfile> <cmdline-substring> [<cmdline-substring>...]
# Prints the pid recorded in <pidfile> when that process is alive and its command line contains every
# substring (so a recycled pid belonging to something else is never taken for ours).
pid_of() {
  local file=$1 pid cmd p
  shift
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  for p in "$@"; do
    [[ $cmd == *"$p"* ]] || return 1
  done
  printf '%s\n' "$pid"
}

kafka_pid() { pid_of "$KAFKA_PID" "$KAFKA_LIBS" kafka.Kafka; }
keycloak_pid() { pid_of "$KC_PID" "$KC_HOME"; }
s3mock_pid() { pid_of "$S3_PID" "$S3MOCK_JAR"; }

# port_open <port>: something accepts TCP connections on 127.0.0.1:<port>.
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# port_owner <port>: "name (pid N)" of the listener, when ss can tell.
port_owner() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -ltnpH "( sport = :$1 )" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n1
}

# kafka_ready <port>: the broker answers an ApiVersions v0 request with correlation id 1 and error 0.
kafka_ready() {
  # shellcheck disable=SC2016 # $hdr belongs to the inner bash
  timeout 5 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1
    printf "\x00\x00\x00\x12\x00\x12\x00\x00\x00\x00\x00\x01\x00\x08infra-up" >&3
    hdr=$(head -c 10 <&3 | od -An -tx1 | tr -d " \n")
    [[ ${hdr:8:12} == 000000010000 ]]
  ' 2>/dev/null
}

# s3mock_ready: the S3 API answers a ListBuckets with the attachments' bucket in it.
s3mock_ready() { curl -fsS --max-time 3 "http://127.0.0.1:$S3_PORT/" 2>/dev/null | grep -q "<Name>$S3_BUCKET</Name>"; }

keycloak_ready() { curl -fsS -o /dev/null --max-time 3 "$KC_MGMT_URL/health/ready" 2>/dev/null; }

pg_answers() { PGCONNECT_TIMEOUT=3 psql -d postgres -XAtqc 'select 1' >/dev/null 2>&1; }
