import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { Decision } from '../governance/decision.entity';
import { samverkanSubgraph } from '../subgraph';
import { rebuildSearchIndex } from './search-index';
import { SearchEntry, SearchTerm } from './search-entry.entity';
import { searchableRecords } from './searchable-records';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

const em = () => samverkan.orm.em.fork();

type Hit = { kind: string; title: string; excerpt: string | null; matchedWords: string[]; score: number; record: { __typename: string; id: string } };
const SEARCH = `query($text: String!, $kinds: [SearchKind!], $limit: Int) { search(text: $text, kinds: $kinds, limit: $limit) {
  kind title excerpt matchedWords score
  record { __typename ... on Decision { id } ... on JointPlan { id } ... on JointPlanGoal { id } ... on PlanActivity { id } ... on Agreement { id } } } }`;
const search = async (text: string, extra: { kinds?: string[]; limit?: number } = {}) => {
  const result = await samverkan.query<{ search: Hit[] }>(SEARCH, { text, ...extra });
  expect(result.errors).toBeUndefined();
  return result.data!.search;
};
const ids = (hits: Hit[]) => hits.map((h) => `${h.kind}:${h.record.id}`);

describe('search over the seeded records', () => {
  it('finds the stored "utskrivning" when searching for "utskrivningen" or "utskrivningar", the same as for the word itself', async () => {
    const exact = await search('utskrivning');
    expect(ids(exact)).toEqual(
      expect.arrayContaining([
        'AGREEMENT:utskrivning',
        'PLAN_ACTIVITY:fardplan-nara-vard-2023-2026/2023-samordning-och-partnerskap-11',
        'PLAN_GOAL:fardplan-nara-vard-2023-2026/forbattra-in-och-utskrivning',
      ]),
    );
    expect(await search('utskrivningen')).toEqual(exact);
    expect(await search('Utskrivningar')).toEqual(exact);
    const agreement = exact.find((h) => h.kind === 'AGREEMENT')!;
    expect(agreement).toMatchObject({ title: 'Överenskommelse Samverkan vid utskrivning', matchedWords: ['utskrivning'], record: { __typename: 'Agreement' } });
    expect(agreement.excerpt).toContain('utskrivning');
  });

  it('finds decisions of the 2021-05-28 protocol by a word in another inflection', async () => {
    const hits = await search('riskanalyserna', { kinds: ['DECISION'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.record.__typename === 'Decision' && h.record.id.startsWith('chefsgrupp-2021-05-28-'))).toBe(true);
    expect(hits[0].matchedWords.some((w) => w.toLowerCase().startsWith('riskanalys'))).toBe(true);
  });

  it('needs every word, ranks words of the heading first, and keeps to the kinds and limit asked for', async () => {
    const both = await search('samverkan utskrivning');
    const one = await search('utskrivning');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(one.length);
    expect(both.every((h) => h.matchedWords.some((w) => /^samverkan/i.test(w)) && h.matchedWords.some((w) => /^utskrivning/i.test(w)))).toBe(true);
    expect([...both].sort((a, b) => b.score - a.score)).toEqual(both);
    expect(both[0]).toMatchObject({ kind: 'AGREEMENT', title: 'Överenskommelse Samverkan vid utskrivning', score: 8 });
    expect((await search('utskrivning', { kinds: ['PLAN_ACTIVITY'] })).every((h) => h.kind === 'PLAN_ACTIVITY')).toBe(true);
    expect(await search('utskrivning', { limit: 2 })).toEqual(one.slice(0, 2));
  });

  it('finds a compound by the word it begins with', async () => {
    const hits = await search('nutrition');
    expect(hits.flatMap((h) => h.matchedWords).some((w) => /^nutritions?[a-zåäö]+/i.test(w))).toBe(true);
  });

  // Issue 11.7: composed and decomposed letters are one word (NFC), in the query and in what is indexed.
  it.each([
    ['decomposed ä', 'a\u0308ldre', 'äldre'],
    ['decomposed Ö', 'O\u0308rebro', 'Örebro'],
    ['decomposed ö inside a word', 'uppfo\u0308ljning', 'uppföljning'],
    ['decomposed ä and å', 'na\u0308rsjukva\u030ard', 'närsjukvård'],
    ['mixed forms in one word', 'na\u0308rsjukvård', 'närsjukvård'],
    ['decomposed capitals', 'A\u0308LDRE', 'äldre'],
    ['two words, one decomposed', 'sko\u0308ra äldre', 'sköra äldre'],
  ])('finds with %s (%j) exactly what the composed spelling finds', async (_label, decomposed, composed) => {
    const expected = await search(composed);
    expect(expected.length).toBeGreaterThan(0);
    const hits = await search(decomposed);
    expect(hits).toEqual(expected);
    expect(hits.flatMap((h) => h.matchedWords).every((w) => w === w.normalize('NFC'))).toBe(true);
  });

  it('finds the three records about "äldre" with the decomposed query of the issue', async () => {
    expect(ids(await search('a\u0308ldre'))).toEqual(ids(await search('äldre')));
    expect(await search('a\u0308ldre')).toHaveLength((await search('äldre')).length);
  });

  it('finds nothing, without error, for a word in no record', async () => {
    expect(await search('kvantdator')).toEqual([]);
  });

  it.each([
    ['only stop words', { text: 'och att' }, 'text', /no word to search for/],
    ['no letters at all', { text: '!!! ---' }, 'text', /no word to search for/],
    ['too long a text', { text: 'vård '.repeat(50) }, 'text', /at most 200 characters/],
    ['too many words', { text: 'ett två tre fyra fem sex sju åtta nio tio' }, 'text', /at most 8 words/],
    ['a limit of 0', { text: 'vård', limit: 0 }, 'limit', /limit must be 1–100/],
  ])('refuses %s with a clear error', async (_label, variables, field, message) => {
    const result = await samverkan.query(SEARCH, variables);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(result.errors?.[0].message).toMatch(message);
  });
});

describe('the index follows the records', () => {
  it('indexes every property it names (a renamed property would silently stop being found)', () => {
    for (const { entity, title, body } of searchableRecords) {
      for (const field of [title, ...body])
        expect([entity.meta.className, field, field in entity.meta.properties]).toEqual([entity.meta.className, field, true]);
    }
  });

  it('makes a decision recorded by the secretariat findable in the same write, and the rebuilt index equals the kept one', async () => {
    const token = await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'] });
    const item = await em().findOneOrFail(Decision, 'chefsgrupp-2021-05-28-b03');
    const recorded = await samverkan.query<{ recordDecision: { id: string } }>(
      'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
      { input: { itemId: String(item.itemId), text: 'Chefsgruppen ger länsdelsgrupperna i uppdrag att kartlägga trygghetsboendena.', status: 'DECIDED' } },
      { token },
    );
    expect(recorded.errors).toBeUndefined();
    const hits = await search('trygghetsboende');
    expect(ids(hits)).toEqual([`DECISION:${recorded.data!.recordDecision.id}`]);
    expect(hits[0].matchedWords).toEqual(['trygghetsboendena']);

    const kept = await indexSnapshot();
    const fork = em();
    await fork.transactional((tx) => rebuildSearchIndex(tx));
    expect(await indexSnapshot()).toEqual(kept);
  });

  it('stores and indexes a decision written with decomposed letters in NFC, findable by either spelling', async () => {
    const token = await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'] });
    const item = await em().findOneOrFail(Decision, 'chefsgrupp-2021-05-28-b03');
    const text = 'Chefsgruppen ger na\u0308rsjukva\u030ardsteamen i uppdrag att fo\u0308lja upp hemsjukva\u030ardsko\u0308rningarna.';
    const recorded = await samverkan.query<{ recordDecision: { id: string } }>(
      'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
      { input: { itemId: String(item.itemId), text, status: 'DECIDED' } },
      { token },
    );
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordDecision.id;
    expect((await em().findOneOrFail(Decision, id)).text).toBe(text.normalize('NFC'));
    expect((await em().findOneOrFail(SearchEntry, `DECISION:${id}`)).title).toBe(text.normalize('NFC'));
    for (const query of ['hemsjukvårdskörningarna', 'hemsjukva\u030ardsko\u0308rning', 'na\u0308rsjukvårdsteam']) {
      expect(ids(await search(query, { kinds: ['DECISION'] }))).toContain(`DECISION:${id}`);
    }
    const [hit] = (await search('hemsjukvårdskörningar', { kinds: ['DECISION'] })).filter((h) => h.record.id === id);
    expect(hit.matchedWords).toEqual(['hemsjukvårdskörningarna']);
    // Nothing indexed is in another form: every stored term is NFC.
    const terms = await em().find(SearchTerm, { entryId: `DECISION:${id}` });
    expect(terms.every((t) => t.term === t.term.normalize('NFC'))).toBe(true);
    expect(terms.map((t) => t.term)).not.toContain('a');
  });

  it('leaves no index rows behind when a write is refused', async () => {
    const before = await em().count(SearchEntry);
    const token = await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'] });
    const refused = await samverkan.query(
      'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }',
      { input: { itemId: '1', text: 'Gäller 19121212-1212.', status: 'DECIDED' } },
      { token },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await em().count(SearchEntry)).toBe(before);
  });
});

async function indexSnapshot() {
  const fork = em();
  const entries = await fork.find(SearchEntry, {}, { orderBy: { id: 'asc' } });
  const terms = await fork.find(SearchTerm, {}, { orderBy: { entryId: 'asc', term: 'asc' } });
  return { entries: entries.map((e) => ({ ...e })), terms: terms.map(({ entryId, term, inTitle }) => [entryId, term, inTitle]) };
}
