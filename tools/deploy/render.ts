import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { repoRoot, type K8sObject } from './model.js';
import { renderSize } from './manifests.js';
import { EXAMPLE_SITE, SIZES } from './sizes.js';

/**
 * Writes deploy/<size>/*.yaml from the declarations in code (npm run deploy:render). The files are
 * committed so that a review shows what a change does to the cluster; a unit test fails when they
 * are not what the renderer writes now.
 */
export const deployDir = (): string => join(repoRoot(), 'deploy');

const HEADER = '# Rendered by tools/deploy (npm run deploy:render); edit the renderer, not this file.\n';

export function toYaml(objects: readonly K8sObject[]): string {
  return (
    HEADER +
    objects.map((item) => `---\n${stringify(item, { lineWidth: 0, aliasDuplicateObjects: false })}`).join('')
  );
}

/** Every size's files, by their path under deploy/. */
export function renderAll(): Map<string, string> {
  const files = new Map<string, string>();
  for (const size of SIZES) {
    for (const [file, objects] of Object.entries(renderSize(size, EXAMPLE_SITE))) {
      files.set(join(size.name, file), toYaml(objects));
    }
  }
  return files;
}

if (process.argv[1]?.endsWith(join('deploy', 'render.js'))) {
  const dir = deployDir();
  for (const size of SIZES) rmSync(join(dir, size.name), { recursive: true, force: true });
  for (const [path, text] of renderAll()) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  console.log(
    `rendered ${SIZES.map((size) => `${size.name} (${readdirSync(join(dir, size.name)).length} files)`).join(', ')} into ${dir}`,
  );
}
