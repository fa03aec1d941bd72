import { Migration } from '@mikro-orm/migrations';

export class Migration20261123033153 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "board_assignment" ("id" varchar(255) not null, "plan_id" varchar(255) not null, "number" int not null, "text" text not null, "parts" jsonb not null, "assignee" varchar(255) not null, "perspective_ids" jsonb not null, "committee_ids" jsonb not null, "joint_plan_id" varchar(255) null, "status" varchar(255) not null, "last_change_at" timestamptz null, "version" int not null default 1, constraint "board_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "board_assignment_plan_id_index" on "board_assignment" ("plan_id");`);
    this.addSql(`alter table "board_assignment" add constraint "board_assignment_plan_id_number_unique" unique ("plan_id", "number");`);

    this.addSql(`create table "board_assignment_status_change" ("id" serial primary key, "assignment_id" varchar(255) not null, "recorded_at" timestamptz not null, "from_status" varchar(255) not null, "to_status" varchar(255) not null, "note" text not null);`);
    this.addSql(`create index "board_assignment_status_change_assignment_id_index" on "board_assignment_status_change" ("assignment_id");`);

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

    this.addSql(`create table "indicator_value" ("id" serial primary key, "indicator_id" varchar(255) not null, "period" varchar(255) not null, "gender" varchar(255) not null, "value" double precision null, "status" varchar(255) null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "indicator_value_indicator_id_index" on "indicator_value" ("indicator_id");`);
    this.addSql(`alter table "indicator_value" add constraint "indicator_value_indicator_id_period_gender_unique" unique ("indicator_id", "period", "gender");`);

    this.addSql(`create table "operational_goal" ("id" varchar(255) not null, "plan_id" varchar(255) not null, "perspective_id" varchar(255) not null, "position" int not null, "kind" varchar(255) not null, "number" int null, "text" text not null, constraint "operational_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "operational_goal_plan_id_index" on "operational_goal" ("plan_id");`);
    this.addSql(`create index "operational_goal_perspective_id_index" on "operational_goal" ("perspective_id");`);

    this.addSql(`create table "operational_indicator" ("id" varchar(255) not null, "goal_id" varchar(255) not null, "position" int not null, "text" text not null, "target_comparison" varchar(255) null, "target_low" int null, "target_high" int null, "target_unit" varchar(255) null, constraint "operational_indicator_pkey" primary key ("id"));`);
    this.addSql(`create index "operational_indicator_goal_id_index" on "operational_indicator" ("goal_id");`);

    this.addSql(`create table "operational_perspective" ("id" varchar(255) not null, "plan_id" varchar(255) not null, "position" int not null, "name" varchar(255) not null, constraint "operational_perspective_pkey" primary key ("id"));`);
    this.addSql(`create index "operational_perspective_plan_id_index" on "operational_perspective" ("plan_id");`);

    this.addSql(`create table "operational_plan" ("id" varchar(255) not null, "year" int not null, "name" varchar(255) not null, "owner" varchar(255) not null, "source" text not null, constraint "operational_plan_pkey" primary key ("id"));`);
    this.addSql(`alter table "operational_plan" add constraint "operational_plan_year_unique" unique ("year");`);

    this.addSql(`create table "preparatory_committee" ("id" varchar(255) not null, "position" int not null, "name" varchar(255) not null, "note" text null, constraint "preparatory_committee_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "board_assignment" cascade;`);

    this.addSql(`drop table if exists "board_assignment_status_change" cascade;`);

    this.addSql(`drop table if exists "contribution_activity" cascade;`);

    this.addSql(`drop table if exists "contribution_cost" cascade;`);

    this.addSql(`drop table if exists "contribution_staff" cascade;`);

    this.addSql(`drop table if exists "grant_use" cascade;`);

    this.addSql(`drop table if exists "indicator_value" cascade;`);

    this.addSql(`drop table if exists "operational_goal" cascade;`);

    this.addSql(`drop table if exists "operational_indicator" cascade;`);

    this.addSql(`drop table if exists "operational_perspective" cascade;`);

    this.addSql(`drop table if exists "operational_plan" cascade;`);

    this.addSql(`drop table if exists "preparatory_committee" cascade;`);
  }

}
