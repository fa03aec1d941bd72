import { defineEntity, p } from '@mikro-orm/core';
import { createTestDatabase } from './test-database';
import { initORM } from './orm';

const Note = defineEntity({
  name: 'NfcTestNote',
  properties: { id: p.string().primary(), title: p.string(), text: p.text().nullable(), count: p.integer() },
});

describe('text is stored in NFC by every write, whatever path it came by', () => {
  it('stores decomposed letters composed on create and on update, and leaves keys and other values alone', async () => {
    const database = createTestDatabase('nfc_storage');
    const orm = await initORM({ entities: [Note], migrations: () => [] }, database.config);
    await orm.schema.updateSchema();
    try {
      const em = orm.em.fork();
      em.create(Note, { id: 'o\u0308-note', title: 'O\u0308rebro na\u0308rsjukva\u030ard', text: 'a\u0308ldre och uppfo\u0308ljning', count: 3 });
      await em.flush();
      const stored = await orm.em.fork().findOneOrFail(Note, 'o\u0308-note');
      expect(stored).toMatchObject({ title: 'Örebro närsjukvård', text: 'äldre och uppföljning', count: 3 });
      expect(stored.title).toBe(stored.title.normalize('NFC'));

      const editing = orm.em.fork();
      const note = await editing.findOneOrFail(Note, 'o\u0308-note');
      note.text = 'Tullhuset, Örebro: mellanva\u030ardsformer';
      await editing.flush();
      expect((await orm.em.fork().findOneOrFail(Note, 'o\u0308-note')).text).toBe('Tullhuset, Örebro: mellanvårdsformer');
    } finally {
      await orm.close();
      await database.drop();
    }
  });
});
