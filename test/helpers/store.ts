import { join } from 'node:path';
import type { SessionRecord } from '../../src/progress/records.js';
import { Store } from '../../src/store/store.js';

/** Every session recorded in a data folder, latest first, whoever played them. */
export async function recordedSessions(home: string): Promise<SessionRecord[]> {
  const store = await Store.open(join(home, 'kefu.db'), { create: false });
  if (!store) return [];
  try {
    return store.trainees().flatMap((t) => store.sessions(t)).sort((a, b) => b.id - a.id);
  } finally {
    store.close();
  }
}
