import { hostedInstanceEnvs } from './hosted-instances';

describe('hostedInstanceEnvs', () => {
  it('is the process environment itself when HOSTED_INSTANCES is unset', () => {
    const env = { PORT: '4880', KOMMUN_CODE: '1880' };
    expect(hostedInstanceEnvs(env)).toEqual([env]);
  });

  it("gives each instance the process's variables with its own over them", () => {
    const env = {
      LOG_LEVEL: 'warn',
      PORT: '1',
      HOSTED_INSTANCES: JSON.stringify([
        { PORT: '4880', KOMMUN_CODE: '1880', DATA_DIR: '/d' },
        { PORT: '4881', KOMMUN_CODE: '1881', DATA_DIR: '/d' },
      ]),
    };
    expect(hostedInstanceEnvs(env)).toEqual([
      { LOG_LEVEL: 'warn', PORT: '4880', KOMMUN_CODE: '1880', DATA_DIR: '/d' },
      { LOG_LEVEL: 'warn', PORT: '4881', KOMMUN_CODE: '1881', DATA_DIR: '/d' },
    ]);
  });

  it.each([
    ['not JSON', '[{', /not JSON/],
    ['an object', '{"PORT":"1"}', /not a non-empty array/],
    ['empty', '[]', /not a non-empty array/],
    ['an entry that is not an object', '["PORT=1"]', /entry 0 is not an object/],
    ['a value that is not a string', '[{"PORT":4880}]', /entry 0's PORT is not a string/],
    ['an entry without a port', '[{"PORT":"4880"},{"KOMMUN_CODE":"1881"}]', /entry 1 has no PORT/],
    ['two entries on one port', '[{"PORT":"4880"},{"PORT":"4880"}]', /entry 1's PORT 4880 is another entry's too/],
  ])('refuses HOSTED_INSTANCES that is %s, naming the variable', (_case, value, message) => {
    expect(() => hostedInstanceEnvs({ HOSTED_INSTANCES: value })).toThrow(/^HOSTED_INSTANCES must be a JSON array/);
    expect(() => hostedInstanceEnvs({ HOSTED_INSTANCES: value })).toThrow(message);
  });
});
