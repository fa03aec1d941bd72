import { defineEntity, p, type MikroORM } from '@mikro-orm/core';
import { createTestDatabase, type TestDatabase } from './test-database';
import { initORM } from './orm';
import { onCommittedChanges, type CommittedChange } from './committed-changes';

const Note = defineEntity({
  name: 'CommittedChangesNote',
  properties: { id: p.string().primary(), title: p.string() },
});

describe('committed changes are announced after the commit, never before and never for a rollback', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let seen: CommittedChange[][];
  let unsubscribe: () => void;

  beforeAll(async () => {
    database = createTestDatabase('committed_changes');
    orm = await initORM({ name: 'kommun', shardKey: '1880', entities: [Note], migrations: () => [] }, database.config);
    await orm.schema.updateSchema();
  });
  afterAll(async () => {
    await orm.close();
    await database.drop();
  });
  beforeEach(() => {
    seen = [];
    unsubscribe = onCommittedChanges((changes) => seen.push(changes));
  });
  afterEach(() => unsubscribe());

  const ours = () => seen.map((changes) => changes.filter((c) => c.entity === 'CommittedChangesNote'));

  it('announces a plain flush once, grouped by entity and kind, with its origin', async () => {
    const em = orm.em.fork();
    em.create(Note, { id: 'a', title: 'A' });
    em.create(Note, { id: 'b', title: 'B' });
    await em.flush();
    expect(ours()).toEqual([
      [{ entity: 'CommittedChangesNote', ids: ['a', 'b'], kind: 'created', subgraph: 'kommun', shardKey: '1880', at: expect.any(Date) }],
    ]);

    seen = [];
    const editing = orm.em.fork();
    const [a, b] = [await editing.findOneOrFail(Note, 'a'), await editing.findOneOrFail(Note, 'b')];
    a.title = 'A2';
    editing.remove(b);
    await editing.flush();
    const [changes] = ours();
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ ids: ['a'], kind: 'updated' }), expect.objectContaining({ ids: ['b'], kind: 'deleted' })]),
    );
  });

  it('announces the flushes of a transaction only when it commits, and the data is readable then', async () => {
    let seenBeforeCommit = -1;
    const reads: Promise<string | undefined>[] = [];
    const stop = onCommittedChanges(() => {
      // A listener may read at once: the commit is done (another EntityManager sees the row).
      reads.push(
        orm.em
          .fork()
          .findOne(Note, 'c')
          .then((note) => note?.title),
      );
    });
    try {
      await orm.em.fork().transactional(async (em) => {
        em.create(Note, { id: 'c', title: 'C' });
        await em.flush();
        em.create(Note, { id: 'd', title: 'D' });
        await em.flush();
        seenBeforeCommit = ours().length;
      });
      expect(seenBeforeCommit).toBe(0);
      expect(ours()).toEqual([[expect.objectContaining({ ids: ['c', 'd'], kind: 'created' })]]);
      expect(await Promise.all(reads)).toEqual(['C']);
    } finally {
      stop();
    }
  });

  it('announces nested transactions with their root transaction', async () => {
    await orm.em.fork().transactional(async (em) => {
      em.create(Note, { id: 'e', title: 'E' });
      await em.transactional(async (inner) => {
        inner.create(Note, { id: 'f', title: 'F' });
      });
      expect(ours()).toEqual([]);
    });
    expect(
      ours()
        .flat()
        .flatMap((c) => c.ids),
    ).toEqual(expect.arrayContaining(['e', 'f']));
    expect(
      ours()
        .flat()
        .flatMap((c) => c.ids),
    ).toHaveLength(2);
  });

  it('announces nothing for a rolled-back transaction', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        em.create(Note, { id: 'g', title: 'G' });
        await em.flush();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(ours()).toEqual([]);
    expect(await orm.em.fork().findOne(Note, 'g')).toBeNull();
  });

  it('keeps announcing to others when a listener throws, and stops after unsubscribe', async () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const stop = onCommittedChanges(() => {
      throw new Error('listener broke');
    });
    try {
      const em = orm.em.fork();
      em.create(Note, { id: 'h', title: 'H' });
      await em.flush();
      expect(ours()).toEqual([[expect.objectContaining({ ids: ['h'] })]]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('listener broke'), 'CommittedChangesListener');
    } finally {
      stop();
      warn.mockRestore();
    }
    unsubscribe();
    const em = orm.em.fork();
    em.create(Note, { id: 'i', title: 'I' });
    await em.flush();
    expect(
      ours()
        .flat()
        .flatMap((c) => c.ids),
    ).toEqual(['h']);
  });
});
