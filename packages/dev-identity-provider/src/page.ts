import { createHash } from 'node:crypto';

/**
 * The provider's own pages (login, logout, errors): Swedish, self-contained (no fonts, scripts or
 * styles from anywhere else), one inline style sheet allowed by its hash in the Content-Security-Policy.
 */
const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f4f4;color:#1a1a1a;line-height:1.5}
main{max-width:40rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border:1px solid #bbb;border-radius:4px}
h1{font-size:1.5rem;margin-top:0}
fieldset{border:1px solid #767676;margin:0 0 1.25rem;padding:.75rem 1rem}
legend{font-weight:600;padding:0 .25rem}
label{display:block;padding:.2rem 0}
select{font-size:1rem;padding:.3rem;max-width:100%}
.hint{color:#4a4a4a;font-size:.95rem}
.warning{background:#fff4d6;border-left:4px solid #8a5a00;padding:.5rem .75rem}
button{font-size:1rem;padding:.5rem 1.25rem;margin:0 .5rem .5rem 0;border:2px solid #0b4f8a;border-radius:4px;background:#0b4f8a;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4f8a}
button:focus-visible,select:focus-visible,input:focus-visible{outline:3px solid #c25400;outline-offset:2px}
pre{white-space:pre-wrap;word-break:break-word}
`;

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** No script, no framing, styles only from this page's own style element. */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; frame-ancestors 'none'; base-uri 'none'`;

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A whole page; `body` is trusted HTML the caller has escaped. */
export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – utvecklingsinloggning</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}
