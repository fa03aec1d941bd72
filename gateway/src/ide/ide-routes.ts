import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import type { Route } from '@orebro/http';
import { IDE_BOOT_SCRIPT, IDE_CONTENT_SECURITY_POLICY, renderIdePage, type IdePageOptions } from './ide-page';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

interface Asset {
  contentType: string;
  load: () => Promise<Buffer>;
}

/** Serves the IDE's files from a fixed allow-list; a URL is only ever a key into it, never a filesystem path. */
export function ideAssetsRoute(prefix: string): Route {
  const assets = new Map<string, Asset>([
    ['react.production.min.js', fileAsset(JS, 'react', 'umd/react.production.min.js')],
    ['react-dom.production.min.js', fileAsset(JS, 'react-dom', 'umd/react-dom.production.min.js')],
    ['graphiql.min.js', fileAsset(JS, 'graphiql', 'graphiql.min.js')],
    ['graphiql.min.css', fileAsset(CSS, 'graphiql', 'graphiql.min.css')],
    ['boot.js', { contentType: JS, load: async () => Buffer.from(IDE_BOOT_SCRIPT) }],
  ]);
  // Read once, on first request: the GraphiQL bundle is megabytes and most gateway runs never open the IDE.
  const bodies = new Map<string, Promise<Buffer>>();

  return async (req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    const asset = assets.get(name);
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body = bodies.get(name);
    if (!body) {
      body = asset.load();
      bodies.set(name, body);
      // A failed read is retried on the next request rather than cached.
      body.catch(() => bodies.delete(name));
    }
    const bytes = await body;
    res.writeHead(200, {
      'content-type': asset.contentType,
      'content-length': bytes.length,
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
}

/** The IDE page itself; rendered once, since its options do not change while the gateway runs. */
export function idePageRoute(options: IdePageOptions): Route {
  const html = Buffer.from(renderIdePage(options));
  return (_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': html.length,
      'content-security-policy': IDE_CONTENT_SECURITY_POLICY,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(html);
  };
}

/** A browser opening the endpoint gets the IDE; GET /graphql?query=… and every API client still get GraphQL. */
export function wantsIdePage(req: IncomingMessage, search: string): boolean {
  if (req.method !== 'GET') return false;
  if (new URLSearchParams(search).has('query')) return false;
  const ranges = parseAccept(req.headers.accept ?? '');
  const html = quality(ranges, 'text/html');
  const json = Math.max(quality(ranges, 'application/json'), quality(ranges, 'application/graphql-response+json'));
  // Strictly greater: `*/*` (curl, fetch) ties, and a tie goes to the API.
  return html > 0 && html > json;
}

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [mediaType = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const [type, subtype] = mediaType.split('/');
    if (!type || !subtype) continue;
    const qParam = params.find((param) => param.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    ranges.push({ type, subtype, q: Number.isFinite(q) ? q : 0 });
  }
  return ranges;
}

/** The q of the most specific range that matches, as HTTP content negotiation defines it; 0 if none does. */
function quality(ranges: MediaRange[], mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  let best: { specificity: number; q: number } | undefined;
  for (const range of ranges) {
    const specificity = specificityOf(range, type, subtype);
    if (specificity >= 0 && (!best || specificity > best.specificity)) best = { specificity, q: range.q };
  }
  return best?.q ?? 0;
}

// 2 for an exact type, 1 for a `type/*` range, 0 for the any-type range; -1 when the range does not match.
function specificityOf(range: MediaRange, type: string | undefined, subtype: string | undefined): number {
  if (range.type === '*') return range.subtype === '*' ? 0 : -1;
  if (range.type !== type) return -1;
  if (range.subtype === subtype) return 2;
  return range.subtype === '*' ? 1 : -1;
}

/**
 * A file inside an installed package. React 18 does not export its `umd/` files, so when a subpath is
 * not in the package's exports map it is taken relative to the package's own `package.json`.
 */
function fileAsset(contentType: string, pkg: string, subpath: string): Asset {
  let path: string;
  try {
    path = require.resolve(`${pkg}/${subpath}`);
  } catch {
    path = join(dirname(require.resolve(`${pkg}/package.json`)), subpath);
  }
  // Fail at start-up, not on a developer's first page load.
  if (!existsSync(path)) throw new Error(`IDE asset ${pkg}/${subpath} is missing at ${path}; is ${pkg} installed?`);
  return { contentType, load: () => readFile(path) };
}
