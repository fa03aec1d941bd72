import { Migration } from '@mikro-orm/migrations';

export class Migration20261123051555 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "meeting" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting" drop column "version";`);
  }

}
