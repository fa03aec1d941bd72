import { Migration } from '@mikro-orm/migrations';

export class Migration20261123052128 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "search_entry" ("id" varchar(255) not null, "kind" varchar(255) not null, "record_id" varchar(255) not null, "title" text not null, "body" text not null, constraint "search_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "search_entry_kind_index" on "search_entry" ("kind");`);

    this.addSql(`create table "search_term" ("id" serial primary key, "entry_id" varchar(255) not null, "term" varchar(255) not null, "in_title" boolean not null);`);
    this.addSql(`create index "search_term_entry_id_index" on "search_term" ("entry_id");`);
    this.addSql(`create index "search_term_term_entry_id_index" on "search_term" ("term", "entry_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_entry" cascade;`);

    this.addSql(`drop table if exists "search_term" cascade;`);
  }

}
