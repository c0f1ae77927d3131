import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { migrate, openDatabase } from './index.js';

// SQLite only (see vitest.config.ts): the embedded default's file settings.
describe('SQLite file', () => {
  test('a new file is created with WAL and foreign keys on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lad-'));
    try {
      const db = await openDatabase(`file:${join(dir, 'nested', 'lad.sqlite')}`);
      await migrate(db);
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db.kysely);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
