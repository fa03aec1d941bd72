import { Lexer, Source, TokenKind } from 'graphql';
import { HttpError } from './body';

/**
 * How deep lists and objects may nest inside one variable (or any other part of a GraphQL request's
 * parameters). No input of this graph nests more than a few levels; a request nested thousands deep
 * made recursive walks (cost estimation, free-text checks, audit) overflow the stack, and the engine's
 * "Maximum call stack size exceeded" reached the client. Checked right after the body is parsed,
 * before anything else walks it, at the gateway and at every subgraph.
 */
export const MAX_INPUT_DEPTH = 32;

/**
 * How deep `{ } [ ] ( )` may nest in a GraphQL document: the selection depth limit (12) plus input
 * literals as deep as a variable may be, with room. graphql-js parses recursively: a document nested a
 * few thousand deep (still under the token limit) overflowed the stack in parsing or validation.
 */
export const MAX_DOCUMENT_NESTING = 64;

/**
 * Refuses GraphQL request parameters (a POST's JSON body, or a GET's `variables`/`extensions`) that
 * nest deeper than `MAX_INPUT_DEPTH`: HTTP 400 `BAD_USER_INPUT` naming the variable. Iterative, so it
 * cannot itself overflow.
 */
export function requireShallowParams(params: unknown, search: string): void {
  if (params !== null && typeof params === 'object' && !Array.isArray(params)) {
    const { variables, ...rest } = params as Record<string, unknown>;
    requireShallowVariables(variables);
    requireShallowDocument(rest.query);
    if (depthOf(rest) > MAX_INPUT_DEPTH) throw tooDeep('The request body');
  } else if (Array.isArray(params)) {
    if (depthOf(params) > MAX_INPUT_DEPTH) throw tooDeep('The request body');
  }
  if (!search) return;
  const query = new URLSearchParams(search);
  requireShallowDocument(query.get('query'));
  for (const name of ['variables', 'extensions']) {
    const text = query.get(name);
    if (!text) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue; // Apollo Server reports malformed JSON in the query string itself
    }
    if (name === 'variables') requireShallowVariables(parsed);
    else if (depthOf(parsed) > MAX_INPUT_DEPTH) throw tooDeep('The extensions parameter');
  }
}

function requireShallowVariables(variables: unknown): void {
  if (variables === null || typeof variables !== 'object') return;
  for (const [name, value] of Object.entries(variables)) {
    if (depthOf(value) > MAX_INPUT_DEPTH) throw tooDeep(`Variable "$${name}"`);
  }
}

function tooDeep(what: string): HttpError {
  return new HttpError(
    400,
    'BAD_USER_INPUT',
    `${what} nests lists or objects more than ${MAX_INPUT_DEPTH} levels deep; no input of this graph is that deep. Send a flatter value.`,
  );
}

/** Levels of arrays and objects inside `value` (a scalar is 0), stopping once past the limit. */
export function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > MAX_INPUT_DEPTH) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, level]);
  }
  return deepest;
}

/**
 * Query texts already found shallow enough. Every request (and every fetch the gateway makes to a
 * subgraph) carries one of a few operations; lexing each again would add a pass over the text to the
 * hot path. Bounded in count and in the length of a text kept, so unique queries cannot grow it.
 */
const shallowDocuments = new Set<string>();
const REMEMBERED_DOCUMENTS = 200;
const REMEMBERED_DOCUMENT_LENGTH = 20_000;

/** Counts nesting with graphql-js's lexer (iterative, unlike its parser); a syntax error is left to the parser. */
function requireShallowDocument(query: unknown): void {
  if (typeof query !== 'string' || !/[{[(]/.test(query) || shallowDocuments.has(query)) return;
  const lexer = new Lexer(new Source(query));
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) depth++;
      else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.BRACKET_R || token.kind === TokenKind.PAREN_R) depth--;
      if (depth > MAX_DOCUMENT_NESTING)
        throw new HttpError(
          400,
          'GRAPHQL_VALIDATION_FAILED',
          `The query nests selections, lists or objects ({ [ ( inside each other) more than ${MAX_DOCUMENT_NESTING} levels deep; no query of this graph needs that. Send a flatter query.`,
        );
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    return; // a syntax error: the parser reports it, nothing to remember
  }
  if (query.length > REMEMBERED_DOCUMENT_LENGTH) return;
  if (shallowDocuments.size >= REMEMBERED_DOCUMENTS) shallowDocuments.clear();
  shallowDocuments.add(query);
}
