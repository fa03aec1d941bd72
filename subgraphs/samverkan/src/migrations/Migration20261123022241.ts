import { Migration } from '@mikro-orm/migrations';

export class Migration20261123022241 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "huvudman" ("id" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('REGION', 'MUNICIPALITY')) not null, "org_number" varchar(255) null, "lansdel_id" varchar(255) null, constraint "huvudman_pkey" primary key ("id"));`);
    this.addSql(`create index "huvudman_lansdel_id_index" on "huvudman" ("lansdel_id");`);

    this.addSql(`create table "lansdel" ("id" varchar(255) not null, "name" varchar(255) not null, "membership_unverified" boolean not null, constraint "lansdel_pkey" primary key ("id"));`);
  }

}
