import { Migration } from '@mikro-orm/migrations';

export class Migration20261130211316 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service_leadership" ("id" serial primary key, "service_id" varchar(255) not null, "huvudman_id" varchar(255) not null, "role" varchar(255) not null, "basis" text not null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "service_leadership_service_id_index" on "service_leadership" ("service_id");`);
    this.addSql(`create index "service_leadership_huvudman_id_index" on "service_leadership" ("huvudman_id");`);
    this.addSql(`alter table "service_leadership" add constraint "service_leadership_service_id_huvudman_id_unique" unique ("service_id", "huvudman_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_leadership" cascade;`);
  }

}
