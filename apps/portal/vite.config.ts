// Builds the portal into apps/portal/dist and serves it (vite preview) on 127.0.0.1:5173.
// The same server answers /config.json from its environment, so one build runs against any
// Keycloak and gateway, and forwards /api to the gateway so the browser talks to one origin.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const env = process.env;
const gatewayUrl = env['GATEWAY_URL'] ?? `http://127.0.0.1:${env['GATEWAY_PORT'] ?? '3000'}`;

/** What the browser needs to know at run time; never a secret (the portal is a public client). */
function runtimeConfig(): Record<string, string> {
  return {
    keycloakUrl: env['PORTAL_KEYCLOAK_URL'] ?? env['KEYCLOAK_URL'] ?? 'http://127.0.0.1:8080',
    realm: env['KEYCLOAK_REALM'] ?? 'samvirke',
    clientId: env['PORTAL_CLIENT_ID'] ?? 'samvirke-portal',
    // Empty: same origin, through this server's /api proxy. Set PORTAL_API_URL to call the gateway directly (CORS).
    apiUrl: env['PORTAL_API_URL'] ?? '',
  };
}

function serveRuntimeConfig(): Plugin {
  const handler = (
    request: { url?: string },
    response: { setHeader(name: string, value: string): void; end(body: string): void },
    next: () => void,
  ): void => {
    if (request.url?.split('?')[0] !== '/config.json') return next();
    response.setHeader('content-type', 'application/json');
    response.setHeader('cache-control', 'no-store');
    response.end(JSON.stringify(runtimeConfig()));
  };
  return {
    name: 'samvirke-runtime-config',
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  };
}

const port = Number(env['PORTAL_PORT'] ?? 5173);
const host = env['PORTAL_HOST'] ?? '127.0.0.1';
const proxy = { '/api': { target: gatewayUrl, changeOrigin: false, xfwd: true } };

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), serveRuntimeConfig()],
  resolve: {
    // Workspace libraries (@samvirke/contracts, @samvirke/csv: the CSV rules the measurement service
    // applies, read by the same code in the browser) are bundled from their sources.
    conditions: ['@samvirke/source', 'module', 'browser', 'development|production'],
    alias: {
      // csv-parse's Node build uses Buffer; its browser build carries what it needs.
      'csv-parse/sync': 'csv-parse/browser/esm/sync',
    },
  },
  build: {
    outDir: fileURLToPath(new URL('dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { port, host, strictPort: true, proxy },
  preview: { port, host, strictPort: true, proxy },
  logLevel: env['LOG_LEVEL'] === 'error' ? 'error' : 'info',
});
