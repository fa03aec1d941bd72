import { Migration } from '@mikro-orm/migrations';

export class Migration20261130213943 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotent_write" ("id" serial primary key, "operation" varchar(100) not null, "key" varchar(100) not null, "input_hash" varchar(64) not null, "result_id" varchar(255) not null, "at" timestamptz not null);`);
    this.addSql(`alter table "idempotent_write" add constraint "idempotent_write_operation_key_unique" unique ("operation", "key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotent_write" cascade;`);
  }

}
