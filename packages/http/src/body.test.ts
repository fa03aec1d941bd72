import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { HttpError, parseJsonBody, readBody } from './body';

function request(body: string, headers: Record<string, string> = {}): IncomingMessage {
  const stream = Readable.from([Buffer.from(body)]) as unknown as IncomingMessage;
  stream.headers = headers;
  return stream;
}

describe('readBody', () => {
  it('returns the body when it is within the limit', async () => {
    await expect(readBody(request('{"a":1}'), 100)).resolves.toBe('{"a":1}');
  });

  it('refuses a body larger than the limit with 413, even when no length is declared', async () => {
    await expect(readBody(request('x'.repeat(101)), 100)).rejects.toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses at once when the declared length is over the limit', async () => {
    await expect(readBody(request('', { 'content-length': '5000' }), 100)).rejects.toBeInstanceOf(HttpError);
  });
});

describe('parseJsonBody', () => {
  it('names malformed JSON as the problem', () => {
    expect(() => parseJsonBody('{"query":')).toThrow('Request body is not valid JSON.');
  });
});
