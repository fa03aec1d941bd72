import { Migration } from '@mikro-orm/migrations';

export class Migration20261123024633 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_record" ("id" serial primary key, "at" timestamptz not null, "subject" varchar(255) null, "huvudman" varchar(255) null, "roles" jsonb not null, "action" varchar(255) not null, "operation" varchar(255) not null, "entity" varchar(255) not null, "entity_ids" jsonb not null, "outcome" varchar(255) not null, "detail" varchar(255) null);`);
    this.addSql(`create index "audit_record_at_index" on "audit_record" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_record" cascade;`);
  }

}
