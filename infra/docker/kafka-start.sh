#!/usr/bin/env bash
# The Kafka container of docker-compose.yml, configured as infra/bin/infra-up configures the single
# development broker: the same templates (infra/kafka/*.template: SASL/SCRAM-SHA-512 on the internal
# listener, no ANONYMOUS, only the admin a super user, ACLs on; the integrations' OAUTHBEARER
# listener), the storage formatted with the same SCRAM users (the admin and one per service
# principal, infra/bin/_common.sh), then the broker. The topics and the services' ACLs come after,
# from libs/contracts kafka-topology.ts (the kafka-provision service of docker-compose.yml).
# Settings: KAFKA_PORT, KAFKA_CONTROLLER_PORT, KAFKA_INTEGRATION_PORT, KAFKA_ADMIN_PASSWORD (as in
# infra-up), KEYCLOAK_URL, KAFKA_HOME (/opt/kafka in the apache/kafka image), KAFKA_DATA.
set -euo pipefail
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=../bin/_common.sh
source "$INFRA_DIR/bin/_common.sh"
KAFKA_HOME="${KAFKA_HOME:-/opt/kafka}"
DATA="${KAFKA_DATA:-/var/lib/kafka}"
KC_ISSUER="${KEYCLOAK_URL:-http://127.0.0.1:$KEYCLOAK_PORT}/realms/$KEYCLOAK_REALM"
KC_JWKS_URL="$KC_ISSUER/protocol/openid-connect/certs"
mkdir -p "$DATA"

cat "$INFRA_DIR/kafka/server.properties.template" "$INFRA_DIR/kafka/integration-listener.properties.template" |
  sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@KAFKA_INTEGRATION_PORT@|$KAFKA_INTEGRATION_PORT|g" -e "s|@NODE_ID@|1|g" \
    -e "s|@KAFKA_QUORUM@|127.0.0.1:$KAFKA_CONTROLLER_PORT|g" -e "s|@REPLICATION@|1|g" -e "s|@MIN_INSYNC@|1|g" \
    -e "s|@KAFKA_ADMIN_PASSWORD@|$KAFKA_ADMIN_PASSWORD|g" -e "s|@KEYCLOAK_JWKS_URL@|$KC_JWKS_URL|g" \
    -e "s|@KEYCLOAK_ISSUER@|$KC_ISSUER|g" -e "s|@DATA_DIR@|$DATA/data|g" >"$DATA/server.properties"

# The admin's client settings, for the health check and an operator's kafka-*.sh --command-config.
cat >"$DATA/admin.properties" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="$KAFKA_ADMIN_USER" password="$KAFKA_ADMIN_PASSWORD";
EOF

if [[ ! -f $DATA/data/meta.properties ]]; then
  scram_args=()
  for user in "$KAFKA_ADMIN_USER" "${KAFKA_SERVICE_USERS[@]}"; do
    if [[ $user == "$KAFKA_ADMIN_USER" ]]; then password=$KAFKA_ADMIN_PASSWORD; else password=$(kafka_dev_password "$user"); fi
    scram_args+=(--add-scram "SCRAM-SHA-512=[name=$user,iterations=4096,password=$password]")
  done
  "$KAFKA_HOME/bin/kafka-storage.sh" format -t "$("$KAFKA_HOME/bin/kafka-storage.sh" random-uuid)" \
    -c "$DATA/server.properties" --standalone "${scram_args[@]}"
fi

# The integration listener's token validator may fetch the realm's keys from Keycloak only.
export KAFKA_OPTS="${KAFKA_OPTS:-} -Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=$KC_JWKS_URL"
exec "$KAFKA_HOME/bin/kafka-server-start.sh" "$DATA/server.properties"
