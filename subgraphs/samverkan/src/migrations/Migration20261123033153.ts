import { Migration } from '@mikro-orm/migrations';

export class Migration20261123033153 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "joint_plan_area" ("id" varchar(255) not null, "plan_id" varchar(255) not null, "position" int not null, "name" varchar(255) not null, "heading" varchar(255) null, "note" text null, constraint "joint_plan_area_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_plan_area_plan_id_index" on "joint_plan_area" ("plan_id");`);

    this.addSql(`create table "joint_plan_activity_follow_up" ("id" serial primary key, "activity_id" varchar(255) not null, "recorded_at" timestamptz not null, "from_status" varchar(255) not null, "to_status" varchar(255) not null, "note" text not null, "recorded_by_huvudman_id" varchar(255) null);`);
    this.addSql(`create index "joint_plan_activity_follow_up_activity_id_index" on "joint_plan_activity_follow_up" ("activity_id");`);

    this.addSql(`create table "agenda_item" ("id" serial primary key, "meeting_id" varchar(255) not null, "parent_id" int null, "number" varchar(255) null, "position" int not null, "title" varchar(255) not null, "summary" text null, "decision_wording" text null, "reporting_body_id" varchar(255) null);`);
    this.addSql(`create index "agenda_item_meeting_id_index" on "agenda_item" ("meeting_id");`);
    this.addSql(`create index "agenda_item_parent_id_index" on "agenda_item" ("parent_id");`);

    this.addSql(`create table "agreement" ("id" varchar(255) not null, "name" varchar(255) not null, "description" text not null, "stage" varchar(255) not null, "stage_basis" text not null, "valid_from" varchar(255) null, "valid_to" varchar(255) null, "legal_basis" varchar(255) null, "legal_basis_in_force_from" varchar(255) null, "adopted_by_decision_id" varchar(255) null, "adopted_by_body_id" varchar(255) null, "parties_unverified" boolean not null, "source" text not null, constraint "agreement_pkey" primary key ("id"));`);

    this.addSql(`create table "agreement_item" ("id" serial primary key, "agreement_id" varchar(255) not null, "agenda_item_id" int not null);`);
    this.addSql(`create index "agreement_item_agreement_id_index" on "agreement_item" ("agreement_id");`);
    this.addSql(`create index "agreement_item_agenda_item_id_index" on "agreement_item" ("agenda_item_id");`);
    this.addSql(`alter table "agreement_item" add constraint "agreement_item_agreement_id_agenda_item_id_unique" unique ("agreement_id", "agenda_item_id");`);

    this.addSql(`create table "agreement_party" ("id" serial primary key, "agreement_id" varchar(255) not null, "huvudman_id" varchar(255) not null);`);
    this.addSql(`create index "agreement_party_agreement_id_index" on "agreement_party" ("agreement_id");`);
    this.addSql(`create index "agreement_party_huvudman_id_index" on "agreement_party" ("huvudman_id");`);
    this.addSql(`alter table "agreement_party" add constraint "agreement_party_agreement_id_huvudman_id_unique" unique ("agreement_id", "huvudman_id");`);

    this.addSql(`create table "attendance" ("id" serial primary key, "meeting_id" varchar(255) not null, "person_id" varchar(255) not null, "membership_id" int null, "huvudman_id" varchar(255) not null, "representing" varchar(255) not null, "role" varchar(255) not null, "present" boolean not null, "note" varchar(255) null, "position" int not null);`);
    this.addSql(`create index "attendance_meeting_id_index" on "attendance" ("meeting_id");`);
    this.addSql(`create index "attendance_person_id_index" on "attendance" ("person_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_meeting_id_person_id_unique" unique ("meeting_id", "person_id");`);

    this.addSql(`create table "body" ("id" varchar(255) not null, "name" varchar(255) not null, "short_name" varchar(255) not null, "kind" varchar(255) not null, "political" boolean null, "description" text not null, "lansdel_id" varchar(255) null, "source" text not null, constraint "body_pkey" primary key ("id"));`);
    this.addSql(`create index "body_lansdel_id_index" on "body" ("lansdel_id");`);

    this.addSql(`create table "body_relation" ("id" serial primary key, "from_body_id" varchar(255) not null, "kind" varchar(255) not null, "to_body_id" varchar(255) not null, "basis" text not null, "source" text not null);`);
    this.addSql(`create index "body_relation_from_body_id_index" on "body_relation" ("from_body_id");`);
    this.addSql(`create index "body_relation_to_body_id_index" on "body_relation" ("to_body_id");`);
    this.addSql(`alter table "body_relation" add constraint "body_relation_from_body_id_kind_to_body_id_unique" unique ("from_body_id", "kind", "to_body_id");`);

    this.addSql(`create table "co_owned_service" ("id" varchar(255) not null, "name" varchar(255) not null, "kind" varchar(255) not null, "form" varchar(255) null, "purpose" text not null, "starts_on" varchar(255) null, "ends_on" varchar(255) null, "period_note" text null, "employer_id" varchar(255) null, "governing_body" varchar(255) null, "agreement" varchar(255) null, "source" text not null, constraint "co_owned_service_pkey" primary key ("id"));`);

    this.addSql(`create table "decision" ("id" varchar(255) not null, "body_id" varchar(255) not null, "meeting_id" varchar(255) not null, "item_id" int not null, "proposal_id" int null, "text" text not null, "status" varchar(255) not null, "raised_on" varchar(255) not null, "decided_on" varchar(255) null, "owner_body_id" varchar(255) null, "owner_huvudman_id" varchar(255) null, "owner_person_id" varchar(255) null, "owner_description" text null, "due_date" varchar(255) null, "timeframe" varchar(255) null, "condition" text null, "condition_body_id" varchar(255) null, "addition" text null, "last_note_on" varchar(255) null, "note_count" int not null, "version" int not null default 1, constraint "decision_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_body_id_index" on "decision" ("body_id");`);
    this.addSql(`create index "decision_meeting_id_index" on "decision" ("meeting_id");`);
    this.addSql(`create index "decision_item_id_index" on "decision" ("item_id");`);
    this.addSql(`create index "decision_proposal_id_index" on "decision" ("proposal_id");`);
    this.addSql(`create index "decision_status_index" on "decision" ("status");`);
    this.addSql(`create index "decision_owner_huvudman_id_index" on "decision" ("owner_huvudman_id");`);
    this.addSql(`create index "decision_owner_person_id_index" on "decision" ("owner_person_id");`);

    this.addSql(`create table "decision_note" ("id" serial primary key, "decision_id" varchar(255) not null, "date" varchar(255) not null, "text" text not null, "author_huvudman_id" varchar(255) not null, "status_from" varchar(255) null, "status_to" varchar(255) null, "recorded_by" varchar(255) null);`);
    this.addSql(`create index "decision_note_decision_id_index" on "decision_note" ("decision_id");`);

    this.addSql(`create table "grant_decision" ("id" varchar(255) not null, "title" text not null, "area" varchar(255) not null, "programme_id" varchar(255) null, "pot_id" varchar(255) null, "service_id" varchar(255) null, "amount_sek" bigint null, "decided_on" varchar(255) not null, "decided_by" varchar(255) not null, "reference" text null, "condition" text null, "source" text not null, "is_example" boolean not null, constraint "grant_decision_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_decision_programme_id_index" on "grant_decision" ("programme_id");`);
    this.addSql(`create index "grant_decision_pot_id_index" on "grant_decision" ("pot_id");`);
    this.addSql(`create index "grant_decision_service_id_index" on "grant_decision" ("service_id");`);

    this.addSql(`create table "grant_national_part" ("id" serial primary key, "programme_id" varchar(255) not null, "recipients" varchar(255) not null, "amount_sek" bigint not null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "grant_national_part_programme_id_index" on "grant_national_part" ("programme_id");`);
    this.addSql(`alter table "grant_national_part" add constraint "grant_national_part_programme_id_recipients_unique" unique ("programme_id", "recipients");`);

    this.addSql(`create table "grant_pot" ("id" varchar(255) not null, "programme_id" varchar(255) not null, "name" varchar(255) not null, "amount_sek" bigint null, "administered_by_id" varchar(255) null, "note" text null, "source" text not null, "is_example" boolean not null, constraint "grant_pot_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_pot_programme_id_index" on "grant_pot" ("programme_id");`);

    this.addSql(`create table "grant_programme" ("id" varchar(255) not null, "name" varchar(255) not null, "area" varchar(255) not null, "year" int not null, "agreement" varchar(255) null, "national_total_sek" bigint null, "distribution" text null, "source" text not null, "is_example" boolean not null, constraint "grant_programme_pkey" primary key ("id"));`);

    this.addSql(`create table "indicator" ("id" varchar(255) not null, "name" varchar(255) not null, "description" text not null, "unit" varchar(255) not null, "unit_label" varchar(255) not null, "direction" varchar(255) not null, "level" varchar(255) not null, "period_type" varchar(255) not null, "aggregation" varchar(255) not null, "aggregation_note" text null, "kolada_kpi" varchar(255) null, "source" text not null, constraint "indicator_pkey" primary key ("id"));`);

    this.addSql(`create table "indicator_goal" ("id" serial primary key, "indicator_id" varchar(255) not null, "goal_id" varchar(255) not null, "plan" varchar(255) not null, "name" text not null);`);
    this.addSql(`create index "indicator_goal_indicator_id_index" on "indicator_goal" ("indicator_id");`);
    this.addSql(`create index "indicator_goal_goal_id_index" on "indicator_goal" ("goal_id");`);
    this.addSql(`alter table "indicator_goal" add constraint "indicator_goal_indicator_id_goal_id_unique" unique ("indicator_id", "goal_id");`);

    this.addSql(`create table "indicator_target" ("id" serial primary key, "indicator_id" varchar(255) not null, "year" int not null, "kind" varchar(255) not null, "min" double precision null, "min_inclusive" boolean not null, "max" double precision null, "max_inclusive" boolean not null, "text" text not null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "indicator_target_indicator_id_index" on "indicator_target" ("indicator_id");`);
    this.addSql(`alter table "indicator_target" add constraint "indicator_target_indicator_id_year_unique" unique ("indicator_id", "year");`);

    this.addSql(`create table "agenda_item_question" ("id" serial primary key, "item_id" int not null, "position" int not null, "text" text not null);`);
    this.addSql(`create index "agenda_item_question_item_id_index" on "agenda_item_question" ("item_id");`);

    this.addSql(`create table "joint_plan" ("id" varchar(255) not null, "kind" varchar(255) not null, "name" varchar(255) not null, "valid_from" int not null, "valid_to" int not null, "summary" text not null, "adopted_by" varchar(255) null, "adopted_on" varchar(255) null, "diarienummer" varchar(255) null, "approved_by" jsonb not null, "presented_to" jsonb not null, "follow_up" text null, "replaces_plan_id" varchar(255) null, "source" text not null, constraint "joint_plan_pkey" primary key ("id"));`);

    this.addSql(`create table "joint_plan_goal" ("id" varchar(255) not null, "plan_id" varchar(255) not null, "kind" varchar(255) not null, "position" int not null, "number" int null, "title" text not null, "description" text null, "parent_id" varchar(255) null, "area_id" varchar(255) null, constraint "joint_plan_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_plan_goal_plan_id_index" on "joint_plan_goal" ("plan_id");`);
    this.addSql(`create index "joint_plan_goal_parent_id_index" on "joint_plan_goal" ("parent_id");`);
    this.addSql(`create index "joint_plan_goal_area_id_index" on "joint_plan_goal" ("area_id");`);

    this.addSql(`create table "meeting" ("id" varchar(255) not null, "body_id" varchar(255) not null, "status" varchar(255) not null, "date" varchar(255) not null, "end_date" varchar(255) null, "start_time" varchar(255) null, "end_time" varchar(255) null, "place" varchar(255) null, "secretary_person_id" varchar(255) null, "organiser" varchar(255) null, "announced_in_meeting_id" varchar(255) null, "source" text not null, constraint "meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_body_id_index" on "meeting" ("body_id");`);
    this.addSql(`create index "meeting_announced_in_meeting_id_index" on "meeting" ("announced_in_meeting_id");`);

    this.addSql(`create table "membership" ("id" serial primary key, "body_id" varchar(255) not null, "huvudman_id" varchar(255) not null, "person_id" varchar(255) null, "role" varchar(255) not null, "representing" varchar(255) null, "deputy_for_person_id" varchar(255) null, "period_from" varchar(255) null, "period_to" varchar(255) null, "period_note" text null, "source" text not null);`);
    this.addSql(`create index "membership_body_id_index" on "membership" ("body_id");`);
    this.addSql(`create index "membership_huvudman_id_index" on "membership" ("huvudman_id");`);
    this.addSql(`create index "membership_person_id_index" on "membership" ("person_id");`);

    this.addSql(`create table "person" ("id" varchar(255) not null, "name" varchar(255) not null, "huvudman_id" varchar(255) not null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_huvudman_id_index" on "person" ("huvudman_id");`);

    this.addSql(`create table "joint_plan_activity" ("id" varchar(255) not null, "plan_id" varchar(255) not null, "area_id" varchar(255) null, "prerequisite_id" varchar(255) null, "goal_ids" jsonb not null, "position" int not null, "title" text not null, "status" varchar(255) not null, "timeline" text null, "assignment" text null, "execution" text null, "financing" text null, "follow_up" text null, "handled_in" varchar(255) null, "responsibility_kind" varchar(255) not null, "responsible_huvudman_ids" jsonb not null, "responsible_body_name" varchar(255) null, "responsibility_basis" text null, "last_follow_up_at" timestamptz null, "version" int not null default 1, constraint "joint_plan_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_plan_activity_plan_id_index" on "joint_plan_activity" ("plan_id");`);
    this.addSql(`create index "joint_plan_activity_area_id_index" on "joint_plan_activity" ("area_id");`);
    this.addSql(`create index "joint_plan_activity_prerequisite_id_index" on "joint_plan_activity" ("prerequisite_id");`);
    this.addSql(`create index "joint_plan_activity_responsibility_kind_index" on "joint_plan_activity" ("responsibility_kind");`);

    this.addSql(`create table "joint_plan_statement" ("id" varchar(255) not null, "plan_id" varchar(255) not null, "kind" varchar(255) not null, "number" int not null, "title" text null, "text" text not null, constraint "joint_plan_statement_pkey" primary key ("id"));`);
    this.addSql(`create index "joint_plan_statement_plan_id_index" on "joint_plan_statement" ("plan_id");`);

    this.addSql(`create table "agenda_item_presenter" ("id" serial primary key, "item_id" int not null, "person_id" varchar(255) not null, "huvudman_id" varchar(255) not null, "position" int not null);`);
    this.addSql(`create index "agenda_item_presenter_item_id_index" on "agenda_item_presenter" ("item_id");`);

    this.addSql(`create table "proposal" ("id" serial primary key, "item_id" int not null, "position" int not null, "text" text not null);`);
    this.addSql(`create index "proposal_item_id_index" on "proposal" ("item_id");`);

    this.addSql(`create table "service_budget" ("id" serial primary key, "service_id" varchar(255) not null, "year" int not null, "amount_sek" bigint not null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "service_budget_service_id_index" on "service_budget" ("service_id");`);
    this.addSql(`alter table "service_budget" add constraint "service_budget_service_id_year_unique" unique ("service_id", "year");`);

    this.addSql(`create table "service_lansdel" ("id" serial primary key, "service_id" varchar(255) not null, "lansdel_id" varchar(255) not null);`);
    this.addSql(`create index "service_lansdel_service_id_index" on "service_lansdel" ("service_id");`);
    this.addSql(`create index "service_lansdel_lansdel_id_index" on "service_lansdel" ("lansdel_id");`);
    this.addSql(`alter table "service_lansdel" add constraint "service_lansdel_service_id_lansdel_id_unique" unique ("service_id", "lansdel_id");`);

    this.addSql(`create table "service_ownership" ("id" serial primary key, "service_id" varchar(255) not null, "huvudman_id" varchar(255) not null, "share_basis_points" int not null, "source" text not null, "is_example" boolean not null);`);
    this.addSql(`create index "service_ownership_service_id_index" on "service_ownership" ("service_id");`);
    this.addSql(`create index "service_ownership_huvudman_id_index" on "service_ownership" ("huvudman_id");`);
    this.addSql(`alter table "service_ownership" add constraint "service_ownership_service_id_huvudman_id_unique" unique ("service_id", "huvudman_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "joint_plan_area" cascade;`);

    this.addSql(`drop table if exists "joint_plan_activity_follow_up" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "agreement_item" cascade;`);

    this.addSql(`drop table if exists "agreement_party" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "body" cascade;`);

    this.addSql(`drop table if exists "body_relation" cascade;`);

    this.addSql(`drop table if exists "co_owned_service" cascade;`);

    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop table if exists "decision_note" cascade;`);

    this.addSql(`drop table if exists "grant_decision" cascade;`);

    this.addSql(`drop table if exists "grant_national_part" cascade;`);

    this.addSql(`drop table if exists "grant_pot" cascade;`);

    this.addSql(`drop table if exists "grant_programme" cascade;`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "indicator_goal" cascade;`);

    this.addSql(`drop table if exists "indicator_target" cascade;`);

    this.addSql(`drop table if exists "agenda_item_question" cascade;`);

    this.addSql(`drop table if exists "joint_plan" cascade;`);

    this.addSql(`drop table if exists "joint_plan_goal" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "joint_plan_activity" cascade;`);

    this.addSql(`drop table if exists "joint_plan_statement" cascade;`);

    this.addSql(`drop table if exists "agenda_item_presenter" cascade;`);

    this.addSql(`drop table if exists "proposal" cascade;`);

    this.addSql(`drop table if exists "service_budget" cascade;`);

    this.addSql(`drop table if exists "service_lansdel" cascade;`);

    this.addSql(`drop table if exists "service_ownership" cascade;`);
  }

}
