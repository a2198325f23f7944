# One image for every Samvirke service (the default, last stage), the portal's (`--target portal`)
# and Keycloak's with the login theme (`--target keycloak`).
# docker-compose.yml picks the service with SAMVIRKE_SERVICE; Kubernetes (deploy/) by the command.
# The services and libraries are npm workspaces: each builds into its own dist/ (tsc -b, project
# references), and node finds @samvirke/<lib> through node_modules like any package.
# tools/deploy/image.spec.ts checks this file's layout against the code and the manifests.
FROM node:20.20.2-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY libs ./libs
COPY apps ./apps
RUN npm ci --no-audit --no-fund --ignore-scripts
RUN npx tsc -b apps/partners/tsconfig.build.json apps/measurement/tsconfig.build.json \
      apps/grants/tsconfig.build.json apps/notifications/tsconfig.build.json \
      apps/feed/tsconfig.build.json apps/gateway/tsconfig.build.json

# The portal: the single-page app built with Vite (dev dependencies), served as static files.
FROM build AS portal-build
RUN npx vite build --config apps/portal/vite.config.ts

FROM build AS runtime-modules
RUN npm prune --omit=dev --ignore-scripts

FROM nginxinc/nginx-unprivileged:1.29-alpine AS portal
COPY infra/docker/portal-nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=portal-build /app/apps/portal/dist /usr/share/nginx/html
USER 101
EXPOSE 8080

# Keycloak with Samvirke's login theme (the "Log ind med din kommune" page), built once with the
# options the Keycloak operator starts it with (`startOptimized`, deploy/): PostgreSQL, health and
# metrics. The version is the one infra/bin fetches for `npm start` (KEYCLOAK_VERSION).
FROM quay.io/keycloak/keycloak:26.5.6 AS keycloak-build
ENV KC_DB=postgres KC_HEALTH_ENABLED=true KC_METRICS_ENABLED=true
COPY infra/keycloak/themes /opt/keycloak/themes
RUN /opt/keycloak/bin/kc.sh build

FROM quay.io/keycloak/keycloak:26.5.6 AS keycloak
COPY --from=keycloak-build /opt/keycloak/ /opt/keycloak/
USER 1000

FROM node:20.20.2-slim AS services
WORKDIR /app
# A 4 MiB young generation (V8's default is 16 MiB semi-spaces): some 20-25 MiB less per service.
ENV NODE_ENV=production NODE_OPTIONS=--max-semi-space-size=4
COPY --from=runtime-modules /app/package.json ./
COPY --from=runtime-modules /app/node_modules ./node_modules
# Each workspace's package.json and dist/ (node_modules/@samvirke/* link to them); the notification
# templates are read from files at run time.
COPY --from=runtime-modules /app/libs ./libs
COPY --from=runtime-modules /app/apps ./apps
USER node
# Migrations run as their own step before the service starts (the gateway has no database).
CMD ["sh", "-c", "if [ \"$SAMVIRKE_SERVICE\" != gateway ]; then node apps/$SAMVIRKE_SERVICE/dist/main.js migrate || exit 1; fi && exec node apps/$SAMVIRKE_SERVICE/dist/main.js"]
