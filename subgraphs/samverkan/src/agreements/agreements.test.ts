import { useTestSubgraph } from '@orebro/subgraph-kit';
import { Agreement, AgreementParty } from './agreement.entity';
import { registerAgreement, type AgreementInput } from './agreements.service';
import { samverkanSubgraph } from '../subgraph';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

interface AgreementView {
  id: string;
  stage: string;
  validFrom: string | null;
  inForce: boolean | null;
  legalBasis: string | null;
  legalBasisInForceFrom: string | null;
  partiesUnverified: boolean;
  parties: { id: string }[];
  adoptedBy: { text: string; meeting: { date: string } } | null;
  adoptedByBody: { shortName: string } | null;
  discussedIn: { title: string }[];
}

const AGREEMENTS = `{ agreements { id stage validFrom inForce(asOf: "2025-06-01") legalBasis legalBasisInForceFrom partiesUnverified
  parties { id } adoptedBy { text meeting { date } } adoptedByBody { shortName } discussedIn { title } } }`;

describe('the agreements the documents name', () => {
  let agreements: AgreementView[];
  const byId = (id: string) => agreements.find((a) => a.id === id)!;

  beforeAll(async () => {
    const result = await samverkan.query<{ agreements: AgreementView[] }>(AGREEMENTS);
    expect(result.errors).toBeUndefined();
    agreements = result.data!.agreements;
  });

  it('are the five named: utskrivning, hälso- och sjukvård i hemmet, nutritionsvårdsprocessen, familjecentraler, egenvård', () => {
    expect(agreements.map((a) => a.id).sort()).toEqual([
      'egenvard',
      'familjecentraler',
      'halso-och-sjukvard-i-hemmet-2025',
      'nutritionsvardsprocessen',
      'utskrivning',
    ]);
  });

  it('nutritionsvårdsprocessen: in force from 2022-01-01, adopted by the Chefsgrupp on 2021-05-28', () => {
    expect(byId('nutritionsvardsprocessen')).toMatchObject({
      stage: 'IN_FORCE',
      validFrom: '2022-01-01',
      inForce: true,
      partiesUnverified: false,
      adoptedBy: { text: 'att chefsgruppen fattar beslut om att överenskommelsen gäller från 1 januari 2022', meeting: { date: '2021-05-28' } },
      adoptedByBody: { shortName: 'Chefsgruppen' },
      discussedIn: [{ title: 'Gemensam överenskommelse för nutritionsvårdsprocessen' }],
    });
  });

  it('hälso- och sjukvård i hemmet: the new one from 2025-01-01, with no adopting decision invented', () => {
    expect(byId('halso-och-sjukvard-i-hemmet-2025')).toMatchObject({
      stage: 'IN_FORCE',
      validFrom: '2025-01-01',
      inForce: true,
      adoptedBy: null,
      adoptedByBody: null,
    });
    expect(byId('halso-och-sjukvard-i-hemmet-2025').discussedIn).toHaveLength(2);
  });

  it('samverkan vid utskrivning rests on lag 2017:612, in force 2018-01-01; its own start is not in the documents', () => {
    expect(byId('utskrivning')).toMatchObject({
      legalBasis: 'Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård',
      legalBasisInForceFrom: '2018-01-01',
      stage: 'UNDER_REVIEW',
      validFrom: null,
      inForce: null,
      adoptedBy: null,
    });
  });

  it('familjecentraler is under review and egenvård being drawn up, neither with a date or decision', () => {
    expect([byId('familjecentraler'), byId('egenvard')].map((a) => [a.stage, a.validFrom, a.adoptedBy])).toEqual([
      ['UNDER_REVIEW', null, null],
      ['IN_PREPARATION', null, null],
    ]);
  });

  it('binds the region and all twelve kommuner, and says where the parties are not named in the documents', () => {
    for (const agreement of agreements) expect(agreement.parties).toHaveLength(13);
    expect(agreements.filter((a) => !a.partiesUnverified).map((a) => a.id)).toEqual(['nutritionsvardsprocessen']);
  });

  it('is not yet in force before its start', async () => {
    const result = await samverkan.query<{ agreement: { inForce: boolean } }>(
      '{ agreement(id: "halso-och-sjukvard-i-hemmet-2025") { inForce(asOf: "2024-12-31") } }',
    );
    expect(result.data!.agreement.inForce).toBe(false);
  });

  it("lists a huvudman's agreements and costs one query per table for all thirteen", async () => {
    samverkan.takeQueries();
    const result = await samverkan.query<{ huvudmen: { agreements: { id: string; adoptedBy: { id: string } | null }[] }[] }>(
      '{ huvudmen { agreements { id adoptedBy { id } } } }',
    );
    expect(result.data!.huvudmen.every((h) => h.agreements.length === 5)).toBe(true);
    const tables = samverkan.takeQueries().map((q) => /from [`"](\w+)[`"]/.exec(q)?.[1]);
    expect(tables.sort()).toEqual(['agreement', 'agreement_party', 'decision', 'huvudman']);
  });
});

describe('registerAgreement', () => {
  const valid: AgreementInput = {
    id: 'test',
    name: 'Test',
    description: 'Test',
    stage: 'IN_FORCE',
    stageBasis: 'Test',
    validFrom: '2024-01-01',
    validTo: null,
    legalBasis: null,
    legalBasisInForceFrom: null,
    adoptedByDecisionId: null,
    partiesUnverified: false,
    partyIds: ['18', '1880'],
    agendaItemIds: [],
    source: 'Test',
  };

  it.each([
    ['an unknown party', { partyIds: ['18', '9999'] }, /Unknown huvudman "9999"/],
    ['a single party', { partyIds: ['18'] }, /at least two parties/],
    ['an adopting decision that does not exist', { adoptedByDecisionId: 'chefsgrupp-2021-05-28-b99' }, /Unknown decision/],
    ['an end before its start', { validTo: '2023-12-31' }, /validTo is before validFrom/],
    ['an unknown stage', { stage: 'SIGNED' as never }, /Unknown agreement stage/],
    ['a date that is not a calendar date', { validFrom: '2024-13-01' }, /calendar date/],
  ])('refuses %s and stores nothing', async (_label, change, message) => {
    const fork = samverkan.orm.em.fork();
    await expect(registerAgreement(fork, { ...valid, ...change })).rejects.toThrow(message);
    expect([await samverkan.orm.em.fork().count(Agreement), await samverkan.orm.em.fork().count(AgreementParty)]).toEqual([5, 65]);
  });
});
