import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root folder, whether this library runs from its sources (Jest) or compiled
 * into its dist/ (benchmarks, Jest's global setup).
 */
export function repoRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'nx.json'))) {
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error('cannot find the repository root above ' + fileURLToPath(import.meta.url));
    folder = parent;
  }
  return folder;
}
