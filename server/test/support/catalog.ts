// The shape of a database's public schema as Postgres reports it: columns, constraints and indexes.
// Two databases with equal catalogs have the same schema, whatever made them.

import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';

export async function catalog(db: Database): Promise<string[]> {
  const columns = await db.rows<{ line: string }>(sql`
    select format('column %s.%s %s%s%s', c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod),
                  case when c.is_nullable = 'NO' then ' not null' else '' end,
                  coalesce(' generated ' || c.generation_expression, '')) as line
    from information_schema.columns c
    join pg_attribute a on a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass and a.attname = c.column_name
    where c.table_schema = 'public'`);
  const constraints = await db.rows<{ line: string }>(sql`
    select format('constraint %s.%s %s', t.relname, k.conname, pg_get_constraintdef(k.oid)) as line
    from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public'`);
  const indexes = await db.rows<{ line: string }>(sql`select 'index ' || indexdef as line from pg_indexes where schemaname = 'public'`);
  const tables = await db.rows<{ line: string }>(sql`select 'table ' || tablename as line from pg_tables where schemaname = 'public'`);
  return [...tables, ...columns, ...constraints, ...indexes].map((r) => r.line).sort();
}
