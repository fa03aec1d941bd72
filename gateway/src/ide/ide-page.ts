export interface IdePageOptions {
  /** Same-origin path the IDE sends queries to, e.g. `/graphql`. */
  graphqlPath: string;
  /** Same-origin path the assets are served under, ending in `/`, e.g. `/ide/`. */
  assetPrefix: string;
  title: string;
}

/** Every file the page loads, in load order; the assets route serves exactly these names. */
export const IDE_STYLESHEETS = ['graphiql.min.css'] as const;
export const IDE_SCRIPTS = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'boot.js'] as const;

/**
 * Only same-origin files, so the page works with no network and under this policy.
 * GraphiQL's CSS embeds its fonts as data: URIs and its JS injects inline styles; nothing else is loosened.
 */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const IDE_DEFAULT_QUERY = `# Paste {"Authorization": "Bearer <token>"} into the Headers tab below, then run.
query Huvudmen {
  huvudmen {
    id
    name
    kind
    lansdel {
      name
    }
    municipality {
      population(year: 2024)
    }
  }
}
`;

/**
 * Served as a file rather than inlined, so `script-src 'self'` needs no 'unsafe-inline'.
 * It reads its settings from the page's JSON block, so one static file serves any mount path.
 */
export const IDE_BOOT_SCRIPT = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('ide-config').textContent);
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: GraphiQL.createFetcher({ url: config.graphqlPath }),
      defaultQuery: config.defaultQuery,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      // A pasted token stays in this tab; it is never written to localStorage.
      shouldPersistHeaders: false,
    }),
  );
})();
`;

export function renderIdePage(options: IdePageOptions): string {
  const graphqlPath = sameOriginPath('graphqlPath', options.graphqlPath);
  const prefix = sameOriginPath('assetPrefix', options.assetPrefix);
  if (!prefix.endsWith('/')) throw new Error(`assetPrefix must end in "/", got "${prefix}".`);
  // `<` escaped so no value can close the script element early.
  const config = JSON.stringify({ graphqlPath, defaultQuery: IDE_DEFAULT_QUERY }).replace(/</g, '\\u003c');
  const links = IDE_STYLESHEETS.map((name) => `    <link rel="stylesheet" href="${escapeHtml(prefix + name)}">`);
  const scripts = IDE_SCRIPTS.map((name) => `    <script src="${escapeHtml(prefix + name)}"></script>`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(options.title)}</title>
${links.join('\n')}
    <style>
      body { margin: 0; }
      #graphiql { height: 100vh; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script id="ide-config" type="application/json">${config}</script>
${scripts.join('\n')}
  </body>
</html>
`;
}

/** A path on this origin: starts with one `/`, so never a scheme or a protocol-relative `//host`. */
function sameOriginPath(name: string, value: string): string {
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    throw new Error(`${name} must be a same-origin path starting with "/", got "${value}".`);
  }
  return value;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
