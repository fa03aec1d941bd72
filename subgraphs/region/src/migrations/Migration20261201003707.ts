import { Migration } from '@mikro-orm/migrations';

export class Migration20261201003707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "deviation" ("id" varchar(255) not null, "reporter_id" varchar(255) not null, "occurred_on" varchar(255) not null, "process_code" varchar(255) not null, "process_version" int not null, "description" text not null, "concerned_huvudman_ids" jsonb not null, "severity" varchar(255) not null, "status" varchar(255) not null, "response_due_on" varchar(255) not null, "reported_at" timestamptz not null, "updated_at" timestamptz not null, "source" text not null, "is_example" boolean not null, "version" int not null default 1, constraint "deviation_pkey" primary key ("id"));`);
    this.addSql(`create index "deviation_occurred_on_index" on "deviation" ("occurred_on");`);
    this.addSql(`create index "deviation_status_index" on "deviation" ("status");`);

    this.addSql(`create table "deviation_response" ("id" serial primary key, "deviation_id" varchar(255) not null, "responder_id" varchar(255) not null, "status" varchar(255) not null, "investigation" text not null, "measures" text null, "closed_on" varchar(255) null, "recorded_at" timestamptz not null, "updated_at" timestamptz not null, "source" text not null, "is_example" boolean not null, "version" int not null default 1);`);
    this.addSql(`alter table "deviation_response" add constraint "deviation_response_deviation_id_unique" unique ("deviation_id");`);

    this.addSql(`create table "deviation_status_change" ("id" serial primary key, "deviation_id" varchar(255) not null, "recorded_at" timestamptz not null, "from_status" varchar(255) not null, "to_status" varchar(255) not null, "note" text not null);`);
    this.addSql(`create index "deviation_status_change_deviation_id_index" on "deviation_status_change" ("deviation_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "deviation" cascade;`);

    this.addSql(`drop table if exists "deviation_response" cascade;`);

    this.addSql(`drop table if exists "deviation_status_change" cascade;`);
  }

}
