import { describe, expect, it } from 'vitest';
import { memorySource } from '../../src/library/memory-source.js';

describe('the in-memory source', () => {
  const source = memorySource({
    '/lib/a.yaml': 'id: a',
    '/lib/sub/b.yaml': new TextEncoder().encode('id: b'),
    '/lib/pipe.yaml': { kind: 'fifo' },
    '/lib/in.yaml': { link: 'a.yaml' },
    '/lib/out.yaml': { link: '/elsewhere/secret.yaml' },
    '/elsewhere/secret.yaml': 'root:x',
    '/lib/notes.txt': '',
  });

  it('holds the same policy as the file system', () => {
    expect(source.read('/lib/a.yaml', '/lib', 100)).toEqual({ ok: true, bytes: new TextEncoder().encode('id: a') });
    expect(source.read('/lib/in.yaml', '/lib', 100).ok).toBe(true);
    expect(source.read('/lib/out.yaml', '/lib', 100)).toEqual({ ok: false, problem: { reason: 'link-outside', folder: '/lib' } });
    expect(source.read('/lib/pipe.yaml', '/lib', 100)).toEqual({ ok: false, problem: { reason: 'not-a-file', what: 'fifo' } });
    expect(source.read('/lib/sub', '/lib', 100)).toEqual({ ok: false, problem: { reason: 'not-a-file', what: 'folder' } });
    expect(source.read('/lib/a.yaml', '/lib', 2)).toEqual({ ok: false, problem: { reason: 'too-large', limit: 2 } });
    expect(source.read('/lib/none.yaml', '/lib', 100)).toEqual({ ok: false, problem: { reason: 'missing' } });
    expect(source.entry('/lib/sub')).toBe('folder');
    expect(source.entry('/lib/pipe.yaml')).toBe('fifo');
  });

  it('lists as the file system does', () => {
    expect(source.yamlFiles('/lib', { recursive: true })).toEqual([
      { path: '/lib/a.yaml' },
      { path: '/lib/in.yaml' },
      { path: '/lib/out.yaml', problem: { reason: 'link-outside', folder: '/lib' } },
      { path: '/lib/pipe.yaml', problem: { reason: 'not-a-file', what: 'fifo' } },
      { path: '/lib/sub/b.yaml' },
    ]);
  });
});
