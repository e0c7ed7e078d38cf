import { describe, expect, it } from 'vitest';
import { byStart } from '../../src/progress/records.js';

describe('byStart', () => {
  const s = (id: number, startedAt: string): { id: number; startedAt: string } => ({ id, startedAt });
  const sessions = [s(3, '2025-03-02T09:00:00.000Z'), s(1, '2025-03-01T09:00:00.000Z'), s(4, '2025-03-02T09:00:00.000Z'), s(2, '2025-03-01T10:00:00.000Z')];

  it('puts sessions oldest first, those started in the same millisecond by id', () => {
    expect([...sessions].sort(byStart).map((x) => x.id)).toEqual([1, 2, 3, 4]);
  });

  it('reversed, latest first', () => {
    expect([...sessions].sort((a, b) => byStart(b, a)).map((x) => x.id)).toEqual([4, 3, 2, 1]);
  });
});
