import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { closeServer, createHttpServer, listen, sendJson } from '@orebro/http';
import { IDE_CONTENT_SECURITY_POLICY } from './ide-page';
import { ideAssetsRoute, idePageRoute, wantsIdePage } from './ide-routes';

const CHROMIUM = '/usr/bin/chromium';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let server: Server;
let base: string;

beforeAll(async () => {
  const page = idePageRoute({ graphqlPath: '/graphql', assetPrefix: '/ide/', title: 'Örebro län graph' });
  server = createHttpServer({
    logger: pino({ level: 'silent' }),
    routes: {
      '/graphql': (req, res, search) => (wantsIdePage(req, search) ? page(req, res, search) : sendJson(res, 400, { errors: [{ message: 'no GraphQL here' }] })),
    },
    prefixRoutes: { '/ide/': ideAssetsRoute('/ide/') },
  });
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});

afterAll(async () => {
  await closeServer(server);
});

async function getPage(): Promise<{ response: Response; html: string }> {
  const response = await fetch(`${base}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
  return { response, html: await response.text() };
}

/** Status of a GET sent with the path exactly as written; fetch() would normalise away the `..`. */
function rawStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    get({ hostname, port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

/** Every URL the page itself asks the browser to load. */
function pageUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1] ?? '');
}

describe('IDE page', () => {
  it('is HTML sent with the strict content security policy', async () => {
    const { response, html } = await getPage();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(IDE_CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    // Scripts fall under default-src 'self', so no inline script could run: the only inline <script> is data.
    expect(csp).not.toContain('script-src');
    for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) expect(tag).toMatch(/\bsrc=|type="application\/json"/);
  });

  it('loads only same-origin assets, each served with its content type', async () => {
    const { html } = await getPage();
    const urls = pageUrls(html);
    expect(urls).toEqual(['/ide/graphiql.min.css', '/ide/react.production.min.js', '/ide/react-dom.production.min.js', '/ide/graphiql.min.js', '/ide/boot.js']);
    for (const url of urls) {
      expect(url).toMatch(/^\/[^/\\]/);
      const response = await fetch(new URL(url, base));
      const body = await response.text();
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect(body.length).toBeGreaterThan(0);
      const contentType = url.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
      expect(response.headers.get('content-type')).toBe(contentType);
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    }
  });

  it('names no absolute URL at all, so the browser has nothing remote to load from it', async () => {
    const { html } = await getPage();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?\s*\/\//i);
    expect(html).not.toMatch(/(?:url|import)\(\s*["']?\s*(?:https?:)?\/\//i);
  });

  it('shows the huvudmen query and the headers editor', async () => {
    const boot = await (await fetch(`${base}/ide/boot.js`)).text();
    expect(boot).toContain('GraphiQL.createFetcher({ url: config.graphqlPath })');
    expect(boot).toContain('isHeadersEditorEnabled: true');
    expect(boot).toContain("defaultEditorToolsVisibility: 'headers'");
    const { html } = await getPage();
    const config = JSON.parse(/<script id="ide-config" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}');
    expect(config.graphqlPath).toBe('/graphql');
    expect(config.defaultQuery.replace(/\s+/g, ' ')).toContain('huvudmen { id name kind lansdel { name } municipality { population(year: 2024) } }');
  });

  it('answers 404 for anything outside the allow-list, path tricks included', async () => {
    const paths = ['/ide/', '/ide/nope.js', '/ide/../package.json', '/ide/%2e%2e/package.json', '/ide/graphiql.min.js.map', '/ide/__proto__'];
    for (const path of paths) {
      expect({ path, status: await rawStatus(path) }).toEqual({ path, status: 404 });
    }
  });
});

describe('wantsIdePage', () => {
  function req(method: string, accept?: string): IncomingMessage {
    return { method, headers: accept === undefined ? {} : { accept } } as IncomingMessage;
  }

  it.each([
    ['GET', BROWSER_ACCEPT, '', true],
    ['GET', 'text/html', '?operationName=x', true],
    ['GET', BROWSER_ACCEPT, '?query=%7B__typename%7D', false],
    ['GET', BROWSER_ACCEPT, '?variables=%7B%7D&query=', false],
    ['POST', BROWSER_ACCEPT, '', false],
    ['HEAD', BROWSER_ACCEPT, '', false],
    ['GET', undefined, '', false],
    ['GET', '*/*', '', false],
    ['GET', 'application/json', '', false],
    ['GET', 'application/graphql-response+json, application/json;q=0.9', '', false],
    ['GET', 'text/html, application/json', '', false],
    ['GET', 'text/html;q=0.5, application/json', '', false],
    ['GET', 'application/json;q=0.5, text/html', '', true],
    ['GET', 'text/html;q=0', '', false],
  ] as const)('%s accept=%s search=%s → %s', (method, accept, search, expected) => {
    expect(wantsIdePage(req(method, accept), search)).toBe(expected);
  });
});

interface BrowserRun {
  dom: string;
  /** Chromium's own log, which carries the page's console: CSP refusals and uncaught errors land here. */
  log: string;
  /** Every request the network stack started, from Chromium's net-log. */
  requests: { url: string; initiator?: string }[];
}

/** Runs headless Chromium, cut off from the network, against a URL and returns the DOM after scripts ran. */
function runChromium(url: string): Promise<BrowserRun> {
  const profile = mkdtempSync(join(tmpdir(), 'ide-chromium-'));
  const netLog = join(profile, 'net-log.json');
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    // No name resolves except loopback, and the proxy everything else must use is a closed port.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    '--proxy-server=http://127.0.0.1:9',
    '--proxy-bypass-list=127.0.0.1',
    '--enable-logging=stderr',
    '--v=0',
    `--log-net-log=${netLog}`,
    '--virtual-time-budget=10000',
    '--dump-dom',
    url,
  ];
  return new Promise((resolve, reject) => {
    // Own process group, so a hung browser and all its helpers can be killed together.
    const child = spawn(CHROMIUM, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let dom = '';
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (dom += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, 25_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`chromium exited with ${code ?? signal}:\n${log.slice(-4000)}`);
        resolve({ dom, log, requests: startedRequests(readFileSync(netLog, 'utf8')) });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    });
  });
}

function startedRequests(netLogText: string): BrowserRun['requests'] {
  const netLog = JSON.parse(netLogText) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const startJob = netLog.constants.logEventTypes.URL_REQUEST_START_JOB;
  return netLog.events.flatMap((event) =>
    event.type === startJob && event.params?.url !== undefined ? [{ url: event.params.url, initiator: event.params.initiator }] : [],
  );
}

const hasChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
if (!hasChromium && !inCi) console.warn(`Skipping the IDE browser test: ${CHROMIUM} not found (apt-get install -y chromium).`);
const browserIt = hasChromium || inCi ? it : it.skip;

describe('IDE in a real browser with no network', () => {
  browserIt(
    'renders GraphiQL with the headers editor open and loads nothing from off this machine',
    async () => {
      if (!hasChromium) {
        throw new Error(`Chromium is required in CI for the IDE browser test: apt-get install -y chromium (${CHROMIUM} not found).`);
      }
      const { dom, log, requests } = await runChromium(`${base}/graphql`);

      expect(dom).toContain('graphiql-container');
      expect(dom).toMatch(/<button[^>]*class="[^"]*\bactive\b[^"]*"[^>]*data-name="headers"[^>]*>Headers<\/button>/);
      expect(dom).toContain('population');

      // Chromium's own services (time sync, updater, autofill) start requests too, with no page as initiator;
      // what the page started carries its origin, and all of it must stay on that origin.
      const fromPage = requests.filter((request) => request.initiator !== undefined && request.initiator !== 'not an origin');
      expect(fromPage.filter((request) => !request.url.startsWith(`${base}/`))).toEqual([]);
      expect(fromPage.map((request) => request.url)).toEqual(
        expect.arrayContaining([`${base}/ide/graphiql.min.css`, `${base}/ide/graphiql.min.js`, `${base}/ide/boot.js`, `${base}/graphql`]),
      );
      // A load the policy blocked never reaches the network, so it is caught on the console instead.
      const consoleProblems = log
        .split('\n')
        .filter((line) => /CONSOLE/.test(line) && /Content Security Policy|Uncaught/.test(line))
        .map((line) => line.slice(0, 300));
      expect(consoleProblems).toEqual([]);
    },
    30_000,
  );
});
