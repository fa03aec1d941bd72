import { Migration } from '@mikro-orm/migrations';

export class Migration20261123022242 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "hospital" ("id" serial primary key, "name" varchar(255) not null, "short_name" varchar(255) null, "approx_beds" int null, "narsjukvardsomrade_id" varchar(255) null, "source" varchar(255) not null);`);
    this.addSql(`alter table "hospital" add constraint "hospital_name_unique" unique ("name");`);

    this.addSql(`create table "narsjukvardsomrade" ("id" varchar(255) not null, "name" varchar(255) not null, "lansdel_ids" jsonb not null, "source" varchar(255) not null, constraint "narsjukvardsomrade_pkey" primary key ("id"));`);

    this.addSql(`create table "region_profile" ("id" varchar(255) not null, "name" varchar(255) not null, "org_number" varchar(255) null, "vardcentraler" int not null, "private_vardcentraler" int not null, "primary_care_note" varchar(255) null, "primary_care_source" varchar(255) not null, constraint "region_profile_pkey" primary key ("id"));`);
  }

}
