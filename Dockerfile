# One image for every Samvirke service; docker-compose.yml picks the service with SAMVIRKE_SERVICE.
# The services and libraries are npm workspaces: each builds into its own dist/ (tsc -b, project
# references), and node finds @samvirke/<lib> through node_modules like any package.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY libs ./libs
COPY apps ./apps
RUN npm ci --no-audit --no-fund --ignore-scripts
RUN npx tsc -b apps/partners/tsconfig.build.json apps/measurement/tsconfig.build.json \
      apps/grants/tsconfig.build.json apps/notifications/tsconfig.build.json \
      apps/feed/tsconfig.build.json apps/gateway/tsconfig.build.json \
  && npm prune --omit=dev --ignore-scripts

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
# Each workspace's package.json and dist/ (node_modules/@samvirke/* link to them); the notification
# templates are read from files at run time.
COPY --from=build /app/libs ./libs
COPY --from=build /app/apps ./apps
USER node
# Migrations run as their own step before the service starts (the gateway has no database).
CMD ["sh", "-c", "if [ \"$SAMVIRKE_SERVICE\" != gateway ]; then node apps/$SAMVIRKE_SERVICE/dist/main.js migrate || exit 1; fi && exec node apps/$SAMVIRKE_SERVICE/dist/main.js"]
