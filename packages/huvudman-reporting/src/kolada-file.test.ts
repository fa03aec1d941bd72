import { readKoladaFile } from './kolada-file';

describe('readKoladaFile', () => {
  it('reads Kolada API JSON: one value per gender, a bare list or wrapped in { values }', () => {
    const rows = [
      {
        kpi: 'N01951',
        municipality: '1881',
        period: 2024,
        values: [
          { gender: 'T', count: 1, status: '', value: 22681 },
          { gender: 'K', count: 1, status: 'X', value: null },
        ],
      },
    ];
    const expected = {
      values: [
        { row: 1, kpi: 'N01951', municipality: '1881', period: '2024', gender: 'T', value: 22681, status: null },
        { row: 1, kpi: 'N01951', municipality: '1881', period: '2024', gender: 'K', value: null, status: 'X' },
      ],
      problems: [],
    };
    expect(readKoladaFile('KOLADA_JSON', JSON.stringify(rows))).toEqual(expected);
    expect(readKoladaFile('KOLADA_JSON', JSON.stringify({ count: 1, values: rows }))).toEqual(expected);
  });

  it('reads decomposed letters (NFD) as the composed ones, in JSON and CSV alike', () => {
    const json = [{ kpi: 'fallskador-65', municipality: '1880', period: 2024, values: [{ gender: 'T', status: 'Ba\u0308ttre', value: 1 }] }];
    expect(readKoladaFile('KOLADA_JSON', JSON.stringify(json)).values[0].status).toBe('Bättre');
    const csv = readKoladaFile('CSV', 'kpi;municipality;period;gender;value;status\nN01951;1880;2024;T;160140;O\u0308vrigt');
    expect(csv.values[0].status).toBe('Övrigt');
  });

  it.each([
    ['text that is not JSON', '{"kpi":', /not valid JSON/],
    ['JSON that is not a list of rows', '{"kpi": "N01951"}', /expected a list of rows/],
    ['a row without a municipality', '[{"kpi": "N01951", "period": 2024, "values": [{"gender": "T", "value": 1}]}]', /needs kpi, municipality and period/],
    ['a row without values', '[{"kpi": "N01951", "municipality": "1881", "period": 2024, "values": []}]', /non-empty list of values/],
    [
      'a value that is not a number',
      '[{"kpi": "N01951", "municipality": "1881", "period": 2024, "values": [{"gender": "T", "value": "many"}]}]',
      /not a number/,
    ],
  ])('reports %s as a problem instead of throwing', (_label, content, reason) => {
    const { problems } = readKoladaFile('KOLADA_JSON', content);
    expect(problems).toHaveLength(1);
    expect(problems[0].reason).toMatch(reason);
  });

  it('reads CSV with a header, quotes and line numbers', () => {
    const csv = 'kpi,municipality,period,gender,value,status\nsip-antal,1881,2024,T,57,\n\n"sip-antal","1881","2024","K",,"saknas"\n';
    expect(readKoladaFile('CSV', csv)).toEqual({
      values: [
        { row: 2, kpi: 'sip-antal', municipality: '1881', period: '2024', gender: 'T', value: 57, status: null },
        { row: 4, kpi: 'sip-antal', municipality: '1881', period: '2024', gender: 'K', value: null, status: 'saknas' },
      ],
      problems: [],
    });
  });

  it('reads Swedish CSV: semicolons and a decimal comma', () => {
    const { values } = readKoladaFile('CSV', 'KPI;Municipality;Period;Gender;Value\r\naterinskrivning-30-dagar-65;1881;2024;T;14,5\r\n');
    expect(values.map((v) => v.value)).toEqual([14.5]);
  });

  it('names missing CSV columns and values that are not numbers', () => {
    expect(readKoladaFile('CSV', 'kpi,period,value\n').problems[0].reason).toMatch(/lacks municipality, gender/);
    expect(readKoladaFile('CSV', 'kpi,municipality,period,gender,value\nx,1881,2024,T,abc\n').problems).toEqual([
      { row: 2, kpi: 'x', municipality: '1881', period: '2024', gender: 'T', reason: 'Value "abc" is not a number.' },
    ]);
  });
});

describe('implausible values', () => {
  it.each([
    ['JSON', 'KOLADA_JSON', JSON.stringify([{ kpi: 'N01951', municipality: '1881', period: 2024, values: [{ gender: 'T', value: 9007199254740991 }] }])],
    ['CSV', 'CSV', 'kpi,municipality,period,gender,value\nN01951,1881,2024,T,1e300'],
  ] as const)('refuses an implausible value in %s, naming the row', (_label, format, content) => {
    const { values, problems } = readKoladaFile(format, content);
    expect(values).toEqual([]);
    expect(problems[0].reason).toMatch(/implausible: at most 1000000000000 in magnitude/);
  });
});
