import { Migration } from '@mikro-orm/migrations';

export class Migration20261123022242 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "kommun_profile" ("code" varchar(255) not null, "name" varchar(255) not null, constraint "kommun_profile_pkey" primary key ("code"));`);

    this.addSql(`create table "population_figure" ("id" serial primary key, "kommun_code" varchar(255) not null, "year" int not null, "value" int not null, "source" varchar(255) not null, "is_example" boolean not null);`);
    this.addSql(`create index "population_figure_kommun_code_index" on "population_figure" ("kommun_code");`);
    this.addSql(`alter table "population_figure" add constraint "population_figure_kommun_code_year_unique" unique ("kommun_code", "year");`);
  }

}
