// The house rules of CONVENTIONS.md that a machine can check: small files, short functions, SQL only
// in stores, and every feature folder of a service with its store, its rules (with a unit spec) and
// its module. `npm run structure` prints the report; tools/architecture/structure.spec.ts fails on it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const MAX_FILE_LINES = 250;
export const MAX_FUNCTION_LINES = 40;

/** Services that own a database: each folder under their src/ is a feature folder. */
const SERVICES_WITH_DATA = ['partners', 'measurement', 'grants', 'notifications', 'feed'];

/**
 * Folders under a service's src/ that are not features, and why.
 * migrations: schema history, immutable once landed (CONVENTIONS "Data").
 * mail-catcher: the development SMTP server behind `npm start`; no data of its own.
 */
const NOT_FEATURES = new Set(['migrations', 'mail-catcher']);

export interface Finding {
  readonly rule: 'file-size' | 'function-size' | 'sql-outside-store' | 'feature-folder';
  readonly where: string;
  readonly detail: string;
}

const isTest = (file: string): boolean =>
  /\.(spec|int-spec|e2e-spec)\.tsx?$/.test(file) || file.includes('/test/');
const isMigration = (file: string): boolean => /\/migrations\//.test(file) || file.endsWith('.migration.ts');

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Production TypeScript of apps/ and libs/: everything but tests. */
export function productionFiles(root: string): string[] {
  const projects = ['apps', 'libs'].flatMap((top) =>
    readdirSync(join(root, top)).map((name) => join(root, top, name, 'src')),
  );
  return projects.flatMap((src) => walk(src)).filter((file) => !isTest(relative(root, file)));
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(source);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(source);
  if (parent && ts.isPropertyDeclaration(parent)) return parent.name.getText(source);
  return '(anonymous)';
}

function longFunctions(file: string, text: string): Array<{ name: string; line: number; lines: number }> {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, kind);
  const found: Array<{ name: string; line: number; lines: number }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > MAX_FUNCTION_LINES)
        found.push({ name: functionName(node, source), line: start + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function featureFolderFindings(root: string): Finding[] {
  const findings: Finding[] = [];
  for (const service of SERVICES_WITH_DATA) {
    const src = join(root, 'apps', service, 'src');
    if (!existsSync(src)) continue;
    for (const folder of readdirSync(src)) {
      if (NOT_FEATURES.has(folder) || !statSync(join(src, folder)).isDirectory()) continue;
      const names = readdirSync(join(src, folder));
      const has = (suffix: string): boolean => names.some((name) => name.endsWith(suffix));
      const missing = [
        has('.store.ts') ? null : '*.store.ts',
        has('.rules.ts') ? null : '*.rules.ts',
        has('.rules.spec.ts') ? null : '*.rules.spec.ts',
        has('.module.ts') ? null : '*.module.ts',
      ].filter((name): name is string => name !== null);
      if (missing.length > 0) {
        findings.push({
          rule: 'feature-folder',
          where: `apps/${service}/src/${folder}`,
          detail: `lacks ${missing.join(', ')}`,
        });
      }
    }
  }
  return findings;
}

export function structureFindings(root: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of productionFiles(root)) {
    const where = relative(root, file);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES) findings.push({ rule: 'file-size', where, detail: `${lines} lines` });
    if (isMigration(where)) continue; // schema history: immutable once landed
    for (const fn of longFunctions(file, text)) {
      findings.push({
        rule: 'function-size',
        where: `${where}:${fn.line}`,
        detail: `${fn.name}: ${fn.lines} lines`,
      });
    }
    if (where.startsWith('apps/') && !where.endsWith('.store.ts') && /\.query\s*[<(]/.test(text)) {
      findings.push({ rule: 'sql-outside-store', where, detail: 'runs SQL; move it into the feature store' });
    }
  }
  return [...findings, ...featureFolderFindings(root)];
}

/** A finding without line numbers and sizes, which move as the code does (the baseline's key). */
export function findingKey(finding: Finding): string {
  return finding.rule === 'function-size'
    ? `${finding.rule} ${finding.where.replace(/:\d+$/, '')} ${finding.detail.split(':')[0]}`
    : `${finding.rule} ${finding.where}`;
}

function main(): void {
  const root = process.cwd();
  const findings = structureFindings(root);
  if (process.argv.includes('--baseline')) {
    for (const key of [...new Set(findings.map(findingKey))].sort()) console.log(key);
    return;
  }
  for (const f of findings) console.log(`${f.rule.padEnd(18)} ${f.where}  ${f.detail}`);
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  console.log(
    findings.length === 0
      ? 'structure: clean'
      : `structure: ${[...byRule].map(([r, n]) => `${n} ${r}`).join(', ')}`,
  );
  process.exitCode = findings.length === 0 ? 0 : 1;
}

if (process.argv[1]?.endsWith('structure.js') || process.argv[1]?.endsWith('structure.ts')) main();
