import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PORTAL, SERVICES } from './catalogue.js';
import { repoRoot } from './model.js';
import { POD_SECURITY, serviceContainer } from './pods.js';
import { keycloakObjects, readRealm } from './keycloak.js';
import { EXAMPLE_SITE, SIZES } from './sizes.js';

/**
 * The Dockerfile cannot be built here (no Docker engine), so this lints it and follows its steps
 * over the repository: what it copies exists and is not ignored, what it compiles is every service,
 * and what the images then hold is what docker-compose and the Kubernetes manifests run.
 */
interface Stage {
  readonly name: string;
  readonly from: string;
  readonly lines: string[];
}

const root = repoRoot();
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

function stages(text: string): Stage[] {
  const joined = text.replace(/\\\n\s*/g, ' ');
  const result: Stage[] = [];
  for (const line of joined.split('\n').map((entry) => entry.trim())) {
    if (!line || line.startsWith('#')) continue;
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) result.push({ from: from[1], name: from[2] ?? String(result.length), lines: [] });
    else result.at(-1)?.lines.push(line);
  }
  return result;
}

const all = stages(dockerfile);
const stage = (name: string): Stage => all.find((entry) => entry.name === name)!;
const instruction = (of: Stage, keyword: string): string[] =>
  of.lines
    .filter((line) => line.toUpperCase().startsWith(`${keyword} `))
    .map((line) => line.slice(keyword.length + 1).trim());

describe('the Dockerfile', () => {
  it('starts every stage from a base image pinned to a version (no latest, at least major.minor)', () => {
    const external = all.filter((entry) => !all.some((other) => other.name === entry.from));
    expect(external.length).toBeGreaterThanOrEqual(2);
    for (const { from } of external) expect(from).toMatch(/:\d+\.\d+[^:]*$/);
  });

  it('runs no install scripts of dependencies', () => {
    const npm = all
      .flatMap((entry) => instruction(entry, 'RUN'))
      .filter((run) => /npm (ci|install|prune)/.test(run));
    expect(npm.length).toBeGreaterThan(0);
    for (const run of npm) expect(run).toContain('--ignore-scripts');
  });

  it('copies only what exists and is not in .dockerignore', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').filter(Boolean);
    const sources = all
      .flatMap((entry) => instruction(entry, 'COPY'))
      .filter((copy) => !copy.startsWith('--from'))
      .flatMap((copy) => copy.split(/\s+/).slice(0, -1));
    for (const source of sources) {
      expect(existsSync(join(root, source))).toBe(true);
      expect(ignored).not.toContain(source.split('/')[0]);
    }
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', '.git']));
  });

  it('compiles every service into apps/<service>/dist, where the manifests run it from', () => {
    const compile = instruction(stage('build'), 'RUN').find((run) => run.includes('tsc -b'))!;
    for (const service of SERVICES) {
      const project = `apps/${service.name}/tsconfig.build.json`;
      expect(compile).toContain(project);
      const options = (
        JSON.parse(readFileSync(join(root, project), 'utf8')) as { compilerOptions: Record<string, string> }
      ).compilerOptions;
      expect([options['rootDir'], options['outDir']]).toEqual(['src', 'dist']);
      expect(existsSync(join(root, 'apps', service.name, 'src', 'main.ts'))).toBe(true);
      const { command } = serviceContainer(service, SIZES[0], EXAMPLE_SITE);
      expect(command).toEqual(['node', `apps/${service.name}/dist/main.js`]);
    }
    expect(instruction(stage('services'), 'WORKDIR')).toEqual(['/app']);
  });

  it('ends with the services image (what docker compose builds), as the non-root node user (uid 1000 in the node images)', () => {
    expect(all.at(-1)?.name).toBe('services');
    expect(instruction(stage('services'), 'USER')).toEqual(['node']);
    expect(POD_SECURITY.runAsUser).toBe(1000);
    expect(readFileSync(join(root, 'docker-compose.yml'), 'utf8')).not.toMatch(/^\s+target:/m);
  });

  it("builds Keycloak with the realm's login theme, at the version npm start runs, as the operator starts it", () => {
    const common = readFileSync(join(root, 'infra', 'bin', '_common.sh'), 'utf8');
    const version = /^KEYCLOAK_VERSION=(\S+)$/m.exec(common)?.[1];
    for (const name of ['keycloak-build', 'keycloak'])
      expect(stage(name).from).toBe(`quay.io/keycloak/keycloak:${version}`);
    const build = stage('keycloak-build');
    expect(instruction(build, 'COPY')).toEqual(['infra/keycloak/themes /opt/keycloak/themes']);
    const theme = readRealm()['loginTheme'] as string;
    expect(existsSync(join(root, 'infra', 'keycloak', 'themes', theme, 'login', 'theme.properties'))).toBe(
      true,
    );
    expect(instruction(build, 'RUN')).toEqual(['/opt/keycloak/bin/kc.sh build']);
    // Build-time options: an optimized start refuses to run with others than it was built with.
    expect(instruction(build, 'ENV').join(' ')).toMatch(/KC_DB=postgres/);
    expect(instruction(stage('keycloak'), 'USER')).toEqual(['1000']);
    const [keycloak] = keycloakObjects(SIZES[0], EXAMPLE_SITE);
    const spec = keycloak.spec as Record<string, unknown>;
    expect(spec['image']).toBe(EXAMPLE_SITE.keycloakImage);
    expect(spec['startOptimized']).toBe(true);
    expect((spec['db'] as { vendor: string }).vendor).toBe('postgres');
  });

  it('serves the portal build as a non-root user on the port the portal Deployment uses', () => {
    const portal = stage('portal');
    expect(instruction(stage('portal-build'), 'RUN')).toEqual([
      'npx vite build --config apps/portal/vite.config.ts',
    ]);
    expect(instruction(portal, 'COPY')).toContain(
      '--from=portal-build /app/apps/portal/dist /usr/share/nginx/html',
    );
    expect(instruction(portal, 'USER')).toEqual(['101']);
    expect(instruction(portal, 'EXPOSE')).toEqual([String(PORTAL.port)]);
    const nginx = readFileSync(join(root, 'infra', 'docker', 'portal-nginx.conf'), 'utf8');
    expect(nginx).toContain(`listen ${PORTAL.port};`);
    expect(nginx).toMatch(/try_files \$uri \/index\.html;/);
    expect(readFileSync(join(root, 'apps', 'portal', 'vite.config.ts'), 'utf8')).toContain(
      "new URL('dist', import.meta.url)",
    );
  });
});
