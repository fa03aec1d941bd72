import { Migration } from '@mikro-orm/migrations';

export class Migration20261130210347 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "agenda_item" alter column "title" type varchar(300) using ("title"::varchar(300));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agenda_item" alter column "title" type varchar(255) using ("title"::varchar(255));`);
  }

}
