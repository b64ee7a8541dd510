import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The state every process of a deployment shares, so that any API process or brief worker sees the same:
 * - `rate_limits`: the counters of the rate limits (rate-limiter-flexible's PostgreSQL store; its columns);
 * - `brief_jobs`, `brief_requesters`, `brief_pdfs`: brief jobs, who asked for each, and the rendered PDFs
 *   (the queue itself is pg-boss's, in its own schema).
 * Self-contained on purpose: a migration imports nothing from the application.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Code-point order for every comparison and sort (SQLite BINARY = PostgreSQL "C").
  const text = postgres ? sql`text collate "C"` : sql`text`;
  const bytes = postgres ? sql`bytea` : sql`blob`;

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'varchar(255)', (col) => col.primaryKey().notNull())
    .addColumn('points', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('expire', 'bigint')
    .execute();

  await db.schema
    .createTable('brief_jobs')
    .addColumn('id', text, (col) => col.primaryKey().notNull())
    .addColumn('key', text, (col) => col.notNull())
    .addColumn('status', text, (col) => col.notNull())
    // The job's record as JSON: request, step, progress, timings, problem.
    .addColumn('record', text, (col) => col.notNull())
    .addColumn('created_at', text, (col) => col.notNull())
    .addColumn('finished_at', text)
    .execute();
  await db.schema.createIndex('brief_jobs_key_idx').on('brief_jobs').columns(['key', 'status']).execute();
  await db.schema.createIndex('brief_jobs_finished_at_idx').on('brief_jobs').column('finished_at').execute();

  await db.schema
    .createTable('brief_requesters')
    .addColumn('job_id', text, (col) => col.notNull().references('brief_jobs.id').onDelete('cascade'))
    .addColumn('key_id', text, (col) => col.notNull())
    .addColumn('asked_at', text, (col) => col.notNull())
    .addPrimaryKeyConstraint('brief_requesters_pk', ['job_id', 'key_id'])
    .execute();
  await db.schema
    .createIndex('brief_requesters_key_idx')
    .on('brief_requesters')
    .columns(['key_id', 'asked_at'])
    .execute();

  await db.schema
    .createTable('brief_pdfs')
    .addColumn('job_id', text, (col) =>
      col.primaryKey().notNull().references('brief_jobs.id').onDelete('cascade'),
    )
    .addColumn('pdf', bytes, (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('brief_pdfs').execute();
  await db.schema.dropTable('brief_requesters').execute();
  await db.schema.dropTable('brief_jobs').execute();
  await db.schema.dropTable('rate_limits').execute();
}
