import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { reusingStatements } from './sqlite-statements.js';

function numbers() {
  const database = new SqliteDatabase(':memory:');
  database.exec('create table n (v integer); insert into n values (1), (2), (3)');
  return database;
}

describe('reusingStatements', () => {
  it('prepares a SQL text once and hands out the same statement again', () => {
    const db = reusingStatements(numbers());
    const first = db.prepare('select v from n order by v');
    expect(db.prepare('select v from n order by v')).toBe(first);
    expect(first.all([])).toEqual([{ v: 1 }, { v: 2 }, { v: 3 }]);
    expect(db.prepare('select v from n where v > ?')).not.toBe(first);
    db.close();
  });

  it('gives a query its own statement while the kept one is still iterating', () => {
    const db = reusingStatements(numbers());
    const streaming = db.prepare('select v from n order by v');
    const rows = streaming.iterate([]);
    expect(rows.next().value).toEqual({ v: 1 });
    const other = db.prepare('select v from n order by v');
    expect(other).not.toBe(streaming);
    expect(other.all([])).toHaveLength(3);
    expect([...rows]).toEqual([{ v: 2 }, { v: 3 }]);
    db.close();
  });

  it('keeps at most its size of statements, dropping the least recently used', () => {
    const db = reusingStatements(numbers(), 2);
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a);
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
    db.close();
  });

  it('prepares a text longer than its bound for each use and keeps none of them', () => {
    const db = reusingStatements(numbers(), 2, 20);
    const short = 'select v from n';
    const long = 'select v from n where v > 1';
    const a = db.prepare(long);
    expect(db.prepare(long)).not.toBe(a);
    expect(a.all([])).toEqual([{ v: 2 }, { v: 3 }]);
    // The long texts took no room: the short one is still kept.
    const kept = db.prepare(short);
    db.prepare(long);
    db.prepare(long);
    db.prepare('select 1');
    expect(db.prepare(short)).toBe(kept);
    db.close();
  });
});
