# One image for every Samvirke service; docker-compose.yml picks the service with SAMVIRKE_SERVICE.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY tools ./tools
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/tools/runtime ./tools/runtime
# Notification templates are read from files at run time.
COPY --from=build /app/apps/notifications/templates ./apps/notifications/templates
USER node
# Migrations run as their own step before the service starts (the gateway has no database).
CMD ["sh", "-c", "if [ \"$SAMVIRKE_SERVICE\" != gateway ]; then node --import ./tools/runtime/register.mjs dist/apps/$SAMVIRKE_SERVICE/src/main.js migrate || exit 1; fi && exec node --import ./tools/runtime/register.mjs dist/apps/$SAMVIRKE_SERVICE/src/main.js"]
