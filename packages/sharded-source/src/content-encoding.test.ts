import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { decodeBody } from './content-encoding';

const body = Buffer.from(JSON.stringify({ data: { places: [{ code: '1880' }] } }));

describe('decodeBody undoes a content-encoding', () => {
  it.each([
    ['gzip', gzipSync(body)],
    ['x-gzip', gzipSync(body)],
    ['GZIP', gzipSync(body)],
    ['deflate', deflateSync(body)],
    ['deflate (raw, as some servers send it)', deflateRawSync(body)],
    ['br', brotliCompressSync(body)],
    ['identity', body],
    ['none given', body],
  ])('%s', (label, encoded) => {
    const encoding = label === 'none given' ? undefined : label.split(' ')[0];
    expect(decodeBody(encoded, encoding).equals(body)).toBe(true);
  });

  it('undoes stacked encodings in reverse order of application', () => {
    expect(decodeBody(brotliCompressSync(gzipSync(body)), 'gzip, br').equals(body)).toBe(true);
  });

  it('names an encoding it cannot decode, and bytes that are not what the encoding says', () => {
    expect(() => decodeBody(body, 'zstd')).toThrow('unsupported content-encoding "zstd"');
    expect(() => decodeBody(body, 'gzip')).toThrow(/the gzip body could not be decoded/);
  });
});
