import { Migration } from '@mikro-orm/migrations';

export class Migration20261201003701 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "joint_process" ("id" varchar(255) not null, "code" varchar(255) not null, "version" int not null, "name" varchar(255) not null, "description" text not null, "valid_from" varchar(255) not null, "valid_to" varchar(255) null, "source" text not null, "is_example" boolean not null, constraint "joint_process_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_process_code_index" on "joint_process" ("code");`);
    this.addSql(`alter table "joint_process" add constraint "joint_process_code_version_unique" unique ("code", "version");`);

    this.addSql(`create table "joint_risk_analysis" ("id" varchar(255) not null, "process_code" varchar(255) not null, "process_version" int not null, "title" varchar(255) not null, "analysed_on" varchar(255) not null, "participant_ids" jsonb not null, "steps" jsonb not null, "risks" jsonb not null, "status" varchar(255) not null, "recorded_at" timestamptz not null, "updated_at" timestamptz not null, "source" text not null, "is_example" boolean not null, "version" int not null default 1, constraint "joint_risk_analysis_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_risk_analysis_process_code_index" on "joint_risk_analysis" ("process_code");`);
    this.addSql(`create index "joint_risk_analysis_status_index" on "joint_risk_analysis" ("status");`);

    this.addSql(`create table "joint_risk_analysis_status_change" ("id" serial primary key, "analysis_id" varchar(255) not null, "recorded_at" timestamptz not null, "from_status" varchar(255) not null, "to_status" varchar(255) not null, "note" text not null);`);
    this.addSql(`create index "joint_risk_analysis_status_change_analysis_id_index" on "joint_risk_analysis_status_change" ("analysis_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "joint_process" cascade;`);

    this.addSql(`drop table if exists "joint_risk_analysis" cascade;`);

    this.addSql(`drop table if exists "joint_risk_analysis_status_change" cascade;`);
  }

}
