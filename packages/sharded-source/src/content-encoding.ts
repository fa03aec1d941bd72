import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** The encodings `decodeBody` can undo, in the form of an `accept-encoding` header. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * Undoes a response's `content-encoding` (RFC 9110 §8.4: a list, applied in order, so undone in
 * reverse). Throws with the encoding's name when it is one we cannot decode or the bytes are not
 * what it says. Answers are small (one GraphQL response), so the synchronous zlib calls are fine.
 */
export function decodeBody(body: Buffer, contentEncoding: string | undefined): Buffer {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  let decoded = body;
  for (const coding of codings.reverse()) {
    try {
      decoded = decodeOne(decoded, coding);
    } catch (error) {
      if ((error as Error).message.startsWith('unsupported')) throw error;
      throw new Error(`the ${coding} body could not be decoded (${(error as Error).message})`);
    }
  }
  return decoded;
}

function decodeOne(body: Buffer, coding: string): Buffer {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: accept both.
      try {
        return inflateSync(body);
      } catch {
        return inflateRawSync(body);
      }
    case 'br':
      return brotliDecompressSync(body);
    default:
      throw new Error(`unsupported content-encoding "${coding}"`);
  }
}
