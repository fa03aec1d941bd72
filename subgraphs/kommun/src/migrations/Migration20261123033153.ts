import { Migration } from '@mikro-orm/migrations';

export class Migration20261123033153 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "contribution_activity" ("id" serial primary key, "service_id" varchar(255) not null, "huvudman_id" varchar(255) not null, "month" varchar(255) not null, "measure" varchar(255) not null, "patient_home_kommun_code" varchar(255) not null, "count" int not null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "contribution_activity_service_id_index" on "contribution_activity" ("service_id");`);
    this.addSql(`alter table "contribution_activity" add constraint "contribution_activity_service_id_huvudman_id_mont_3c6e2_unique" unique ("service_id", "huvudman_id", "month", "measure", "patient_home_kommun_code");`);

    this.addSql(`create table "contribution_cost" ("id" serial primary key, "service_id" varchar(255) not null, "huvudman_id" varchar(255) not null, "year" int not null, "amount_sek" bigint not null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "contribution_cost_service_id_index" on "contribution_cost" ("service_id");`);
    this.addSql(`alter table "contribution_cost" add constraint "contribution_cost_service_id_huvudman_id_year_unique" unique ("service_id", "huvudman_id", "year");`);

    this.addSql(`create table "contribution_staff" ("id" serial primary key, "service_id" varchar(255) not null, "huvudman_id" varchar(255) not null, "role" varchar(255) not null, "fte_hundredths" int not null, "starts_on" varchar(255) not null, "ends_on" varchar(255) null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "contribution_staff_service_id_index" on "contribution_staff" ("service_id");`);
    this.addSql(`alter table "contribution_staff" add constraint "contribution_staff_service_id_huvudman_id_role_starts_on_unique" unique ("service_id", "huvudman_id", "role", "starts_on");`);

    this.addSql(`create table "grant_use" ("id" serial primary key, "programme_id" varchar(255) not null, "huvudman_id" varchar(255) not null, "year" int not null, "purpose" text not null, "amount_sek" bigint not null, "service_id" varchar(255) null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "grant_use_programme_id_index" on "grant_use" ("programme_id");`);

    this.addSql(`create table "indicator_value" ("id" serial primary key, "kommun_code" varchar(255) not null, "indicator_id" varchar(255) not null, "period" varchar(255) not null, "gender" varchar(255) not null, "value" double precision null, "status" varchar(255) null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "indicator_value_indicator_id_index" on "indicator_value" ("indicator_id");`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_kommun_code_indicator_id_period_gender_unique" unique ("kommun_code", "indicator_id", "period", "gender");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contribution_activity" cascade;`);

    this.addSql(`drop table if exists "contribution_cost" cascade;`);

    this.addSql(`drop table if exists "contribution_staff" cascade;`);

    this.addSql(`drop table if exists "grant_use" cascade;`);

    this.addSql(`drop table if exists "indicator_value" cascade;`);
  }

}
