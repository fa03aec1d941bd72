import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { accountIdOf, checkIdentity, type DevIdentity } from './accounts';
import type { DevIdentityProviderOptions } from './options';
import { escapeHtml, page, PAGE_CSP } from './page';

const MAX_FORM_BYTES = 10_000;

/**
 * The provider's interaction pages at `/interaction/<uid>`: the login page where a developer picks an
 * identity (organisation and roles), and consent, granted at once (every client here is first-party).
 */
export function interactionHandler(provider: Provider, options: DevIdentityProviderOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '').split('?')[0];
    const details = await provider.interactionDetails(req, res);
    const action = path.slice(`/interaction/${details.uid}`.length);

    if (req.method === 'GET' && action === '') {
      if (details.prompt.name === 'login') return sendPage(res, 200, loginPage(details.uid, options, clientName(details.params.client_id)));
      return grantConsent(provider, req, res, details);
    }
    if (req.method === 'POST' && action === '/login') {
      const form = new URLSearchParams(await readForm(req));
      if (form.has('abort')) {
        return void (await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'Inloggningen avbröts.' },
          { mergeWithLastSubmission: false },
        ));
      }
      const identity: DevIdentity = { organisation: form.get('organisation') ?? '', roles: form.getAll('roles') };
      const problem = loginProblem(identity, options);
      if (problem) return sendPage(res, 400, loginPage(details.uid, options, clientName(details.params.client_id), identity, problem));
      return void (await provider.interactionFinished(req, res, { login: { accountId: accountIdOf(identity) } }, { mergeWithLastSubmission: false }));
    }
    res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8' }).end('Metoden stöds inte här.');
  };

  function clientName(clientId: unknown): string {
    return options.publicClients.find((c) => c.clientId === clientId)?.clientName ?? String(clientId);
  }
}

async function grantConsent(provider: Provider, req: IncomingMessage, res: ServerResponse, details: Awaited<ReturnType<Provider['interactionDetails']>>) {
  const { prompt, params, session, grantId } = details;
  const grant = grantId ? await provider.Grant.find(grantId) : new provider.Grant({ accountId: session!.accountId, clientId: params.client_id as string });
  const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
  if (missing.missingOIDCScope) grant!.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant!.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant!.addResourceScope(indicator, scopes.join(' '));
  const saved = await grant!.save();
  await provider.interactionFinished(req, res, { consent: { grantId: saved } }, { mergeWithLastSubmission: true });
}

/** Why the login form's choice cannot be signed in, in Swedish for the page; undefined when it can. */
function loginProblem(identity: DevIdentity, options: DevIdentityProviderOptions): string | undefined {
  const { organisation, roles } = options.claims;
  if (!identity.organisation) return `välj ${organisation.label.toLowerCase()}`;
  if (!organisation.choices.some((c) => c.value === identity.organisation))
    return `${organisation.label.toLowerCase()} "${identity.organisation}" finns inte i listan`;
  const unknown = identity.roles.filter((r) => !roles.choices.some((c) => c.value === r));
  if (unknown.length > 0) return `okänd roll: ${unknown.join(', ')}`;
  return checkIdentity(identity, options, true);
}

function loginPage(uid: string, options: DevIdentityProviderOptions, client: string, chosen?: DevIdentity, problem?: string): string {
  const { organisation, roles } = options.claims;
  const error = problem ? `<p id="fel" class="warning" role="alert">Det gick inte att logga in: ${escapeHtml(problem)}.</p>` : '';
  const described = problem ? ' aria-describedby="fel" aria-invalid="true"' : '';
  const orgOptions = organisation.choices
    .map(
      (c) =>
        `<option value="${escapeHtml(c.value)}"${chosen?.organisation === c.value ? ' selected' : ''}>${escapeHtml(c.label)} (${escapeHtml(c.value)})</option>`,
    )
    .join('\n');
  const roleBoxes = roles.choices
    .map(
      (c) =>
        `<label><input type="checkbox" name="roles" value="${escapeHtml(c.value)}"${chosen?.roles.includes(c.value) ? ' checked' : ''}> ${escapeHtml(c.label)} <span class="hint">(${escapeHtml(c.value)})</span></label>`,
    )
    .join('\n');
  return page(
    'Logga in',
    `<h1>Logga in till ${escapeHtml(client)}</h1>
<p class="warning">Detta är en inloggning för utveckling. Välj vem du vill vara; i drift loggar du in hos din huvudmans egen identitetsleverantör.</p>
${error}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<p><label for="organisation">${escapeHtml(organisation.label)}</label>
<select id="organisation" name="organisation" required${described}>
<option value="">Välj ${escapeHtml(organisation.label.toLowerCase())}</option>
${orgOptions}
</select></p>
<fieldset>
<legend>${escapeHtml(roles.label)}</legend>
<p class="hint" id="roller-hjalp">Utan roll är du personal hos huvudmannen och kan läsa intern information.</p>
${roleBoxes}
</fieldset>
<button type="submit" name="login" value="yes">Logga in</button>
<button class="secondary" type="submit" name="abort" value="yes" formnovalidate>Avbryt</button>
</form>`,
  );
}

function sendPage(res: ServerResponse, status: number, html: string): void {
  res
    .writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': PAGE_CSP,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .end(html);
}

async function readForm(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error('The form is too large.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
