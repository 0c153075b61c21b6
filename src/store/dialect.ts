import type { ColumnDefinitionBuilder } from 'kysely';

// What the migrations share: the two SQL dialects the store runs on, and the few column types and
// key forms that differ between them. Imported by migrations.ts (the list) and the migration
// modules alike, so that neither imports the other.

export type Dialect = 'sqlite' | 'postgres';

/** Column types that differ between the dialects. */
export function columnTypes(dialect: Dialect): { bytes: 'bytea' | 'blob'; bigint: 'bigint' | 'integer'; float: 'double precision' | 'real'; serial: 'bigserial' | 'integer' } {
  const postgres = dialect === 'postgres';
  return {
    bytes: postgres ? 'bytea' : 'blob',
    bigint: postgres ? 'bigint' : 'integer',
    float: postgres ? 'double precision' : 'real',
    serial: postgres ? 'bigserial' : 'integer',
  };
}

/** The primary key of a `serial` id column: bigserial on PostgreSQL, AUTOINCREMENT on SQLite. */
export function serialPrimaryKey(dialect: Dialect): (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
}
