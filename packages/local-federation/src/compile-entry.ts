import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const repoRoot = join(__dirname, '../../..');
const cacheDir = join(repoRoot, 'node_modules/.cache/orebro-federation');
const builds = new Map<string, Promise<string>>();

/** The compiled file's name for an entry: "subgraphs/kommun/src/main.ts" → "subgraphs_kommun_src_main.js". */
export function bundleFileName(entry: string): string {
  return `${entry.replace(/\.ts$/, '').replace(/[^\w-]+/g, '_')}.js`;
}

/**
 * Compiles a service's TypeScript entry, with our own workspace packages, into one JavaScript file
 * that plain `node` runs. Each process then carries no TypeScript loader: `node --import tsx` costs
 * every one of the fifteen processes about 35–40 MB more resident memory (measured by `npm run
 * bench`). npm packages stay external, each loaded from where its importer would find it (see
 * externalPath); `__dirname` keeps meaning each source file's own folder, where schema files and keys
 * are read from. Built once per entry
 * per parent process (twelve kommun instances share one build), written atomically.
 */
export function compileEntry(entry: string, outDir = cacheDir): Promise<string> {
  const key = `${outDir}:${entry}`;
  let built = builds.get(key);
  if (!built) {
    built = bundle(entry, outDir);
    builds.set(key, built);
  }
  return built;
}

async function bundle(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, bundleFileName(entry));
  const result = await build({
    entryPoints: [join(repoRoot, entry)],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    plugins: [
      {
        name: 'workspace-only',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@orebro/') ? undefined : { path: externalPath(args.path, args.resolveDir), external: true },
          );
          b.onLoad({ filter: /\.ts$/ }, (args) => ({
            loader: 'ts',
            contents: readFileSync(args.path, 'utf8').replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path))),
          }));
        },
      },
    ],
  });
  mkdirSync(outDir, { recursive: true });
  // Another test worker may be building the same entry: write aside, then rename over (atomic).
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  renameSync(temporary, outfile);
  return outfile;
}

/**
 * An npm package as the file that imports it resolves it: its absolute path from the importer's folder.
 * Why not the bare name: the bundle lives in node_modules/.cache, so a bare `require` there finds the
 * root's copy, while npm nests a workspace's own version under the workspace when another version is
 * hoisted (huvudman-auth's lru-cache 11 beside the root's 5; the gateway's @apollo/utils.keyvaluecache
 * 4 beside 2): the bundle would run with the wrong version. Node's built-ins, and a package that
 * cannot be resolved this way (ESM only), stay bare.
 */
function externalPath(request: string, importerDir: string): string {
  if (isBuiltin(request)) return request;
  try {
    return require.resolve(request, { paths: [importerDir] });
  } catch {
    return request;
  }
}
