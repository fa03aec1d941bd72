/**
 * ESLint rules that encode the repository's architecture (see README.md, "How it is built"):
 *
 * - `architecture/workspace-imports`: a workspace imports another workspace by its package name
 *   (`@orebro/gateway/src/...`), never by a relative path that climbs out of its own folder.
 * - `architecture/area-boundaries`: one area of a subgraph (`subgraphs/<name>/src/<area>/`) uses
 *   another area only through that area's public parts (AREA_PUBLIC_PARTS below), never its internals.
 *
 * Imports from a package's `dist` and the generic packages' domain imports are core
 * `no-restricted-imports` rules in eslint.config.mjs. Paths are resolved from the file's own folder,
 * so no resolver is needed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What another area may import from an area, by file name: its wiring (`<area>.area.ts`), its
 * entities (the data model that MikroORM relations cross), its per-request loaders (so a reference
 * resolves with one query per request), its services (its operations and their rules) and its seeds
 * (a later area's seed builds on an earlier area's records). Resolvers, checks, data files, helpers
 * and tests stay inside. Value rules every area uses live in `src/shared/`, which is no area.
 */
export const AREA_PUBLIC_PARTS = /(^index|\.area|\.entity|\.loaders|\.service|\.seed)(\.ts)?$/;

/** Folders under `subgraphs/<name>/src/` that are not areas: anyone in the subgraph may use them. */
const NOT_AREAS = new Set(['shared', 'migrations']);

/** The workspace folder a file belongs to (`packages/http`, `gateway`, ...), or '' for the root package. */
export function workspaceOf(file) {
  const parts = relative(repoRoot, file).split(sep);
  if ((parts[0] === 'packages' || parts[0] === 'subgraphs') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  if (['gateway', 'test', 'dashboard'].includes(parts[0]) && parts.length > 1) return parts[0];
  return '';
}

const names = new Map();
function packageName(workspace) {
  if (!names.has(workspace)) {
    const file = join(repoRoot, workspace, 'package.json');
    names.set(workspace, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).name : undefined);
  }
  return names.get(workspace) ?? (workspace || 'the root package');
}

/** `subgraphs/<name>/src/<area>/...` → { subgraph, area }; files directly in src/ are in no area. */
function areaOf(file) {
  const parts = relative(repoRoot, file).split(sep);
  if (parts[0] !== 'subgraphs' || parts[2] !== 'src' || parts.length < 5 || NOT_AREAS.has(parts[3])) return undefined;
  return { subgraph: parts[1], area: parts[3] };
}

/** Calls `check(sourceNode)` for every module specifier in a file: import, export from, import(), require(), import('x') types. */
function eachModuleSource(check) {
  const literal = (node) => node && node.type === 'Literal' && typeof node.value === 'string' && check(node);
  return {
    ImportDeclaration: (node) => literal(node.source),
    ExportNamedDeclaration: (node) => literal(node.source),
    ExportAllDeclaration: (node) => literal(node.source),
    ImportExpression: (node) => literal(node.source),
    TSImportType: (node) => literal(node.argument?.literal ?? node.argument),
    TSExternalModuleReference: (node) => literal(node.expression),
    CallExpression: (node) => node.callee.type === 'Identifier' && node.callee.name === 'require' && literal(node.arguments[0]),
  };
}

const isRelative = (source) => source === '.' || source === '..' || source.startsWith('./') || source.startsWith('../');

const workspaceImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A workspace imports another workspace by package name, not by a relative path.' },
    messages: {
      relative:
        "'{{source}}' reaches into {{target}} by a relative path: import it by package name ('{{suggestion}}') and list that package in this workspace's package.json.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = workspaceOf(file);
    return eachModuleSource((node) => {
      if (!isRelative(node.value)) return;
      const target = resolve(dirname(file), node.value);
      const theirs = workspaceOf(target);
      // The root package (scripts/) has no name to import it by; its scripts are tested from test/.
      if (theirs === own || (theirs === '' && own === 'test')) return;
      const inside = relative(join(repoRoot, theirs), target).split(sep).join('/');
      context.report({
        node,
        messageId: 'relative',
        data: { source: node.value, target: packageName(theirs), suggestion: `${packageName(theirs)}/${inside}` },
      });
    });
  },
};

const areaBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "One area of a subgraph uses another area only through that area's public parts." },
    messages: {
      internal:
        "'{{source}}' is internal to the {{area}} area: another area may import only its *.area, *.entity, *.loaders, *.service and *.seed files. Move what both need to src/shared/ or expose it through {{area}}'s service.",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const mine = areaOf(file);
    if (!mine) return {};
    return eachModuleSource((node) => {
      if (!isRelative(node.value)) return;
      const target = resolve(dirname(file), node.value);
      const theirs = areaOf(target);
      if (!theirs || theirs.subgraph !== mine.subgraph || theirs.area === mine.area) return;
      const isFolder = existsSync(target) && statSync(target).isDirectory();
      const name = isFolder ? 'index' : target.split(sep).pop();
      if (!AREA_PUBLIC_PARTS.test(name)) context.report({ node, messageId: 'internal', data: { source: node.value, area: theirs.area } });
    });
  },
};

export const architecture = { meta: { name: 'architecture' }, rules: { 'workspace-imports': workspaceImports, 'area-boundaries': areaBoundaries } };
