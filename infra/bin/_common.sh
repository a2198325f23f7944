# shellcheck shell=bash disable=SC2034 # the variables are used by the scripts that source this file
# Shared settings and helpers for infra-up, infra-down and infra-status (sourced, not executed).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
INFRA="$ROOT/infra"
CACHE="$ROOT/.cache"
RUN="$ROOT/.run"

: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=postgres}"
: "${KAFKA_PORT:=9092}" "${KAFKA_CONTROLLER_PORT:=9093}"
# The integration listener (SASL_PLAINTEXT + OAUTHBEARER with Keycloak client tokens, ACLs).
: "${KAFKA_INTEGRATION_PORT:=9094}"
: "${KEYCLOAK_PORT:=8080}" "${KEYCLOAK_MGMT_PORT:=9000}"
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
SAMVIRKE_DATABASES=(samvirke_partners samvirke_measurement samvirke_grants samvirke_notifications samvirke_feed keycloak)

KAFKA_LIBS="$CACHE/kafka/libs"
KAFKA_RUN="$RUN/kafka"
KAFKA_PID="$KAFKA_RUN/kafka.pid"
KAFKA_LOG="$KAFKA_RUN/server.log"

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
