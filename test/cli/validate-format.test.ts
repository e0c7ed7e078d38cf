import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/checks/validate.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { formatDiagnosticText, formatGithub, formatGithubStats, formatJson, formatStats, formatSummary } from '../../src/ui/diagnostics.js';

const plain = new Chalk({ level: 0 });
const d = (over: Partial<Diagnostic> = {}): Diagnostic => ({ code: 'missing-node', severity: 'error', message: 'm', file: 'a.yaml', line: 3, column: 7, ...over });

describe('diagnostic formats', () => {
  it('github escapes % and LF in the message (CR is made visible first), and also : and , in properties', () => {
    expect(formatGithub(d({ file: 'dir,x/a:b.yaml', message: '50% done\r\nnext line' }))).toBe(
      '::error file=dir%2Cx/a%3Ab.yaml,line=3,col=7,title=missing-node::50%25 done\\x0d%0Anext line',
    );
    expect(formatGithub(d({ severity: 'warning' }))).toMatch(/^::warning /);
  });

  it('github, text and json never pass terminal controls through', () => {
    const evil = d({ file: 'x\u001b]0;owned\u0007.yaml', message: 'node \u202eevil' });
    for (const line of [formatGithub(evil), formatDiagnosticText(evil, plain), formatJson([{ file: evil.file, kind: 'scenario', diagnostics: [evil] }], false)]) {
      expect(line).not.toMatch(/[\u001b\u0007\u202e]/);
    }
    // JSON stays JSON with the same values.
    const parsed = JSON.parse(formatJson([{ file: evil.file, kind: 'scenario', diagnostics: [evil] }], false)) as { files: { diagnostics: Diagnostic[] }[] };
    expect(parsed.files[0]?.diagnostics[0]?.message).toBe(evil.message);
  });

  it('the summary counts files, errors and warnings', () => {
    expect(formatSummary({ files: 3, errors: 0, warnings: 0 }, plain)).toBe('✓ 3 files checked: no problems');
    expect(formatSummary({ files: 1, errors: 1, warnings: 2 }, plain)).toBe('✗ 1 file checked: 1 error, 2 warnings');
    expect(formatSummary({ files: 2, errors: 0, warnings: 1 }, plain)).toBe('! 2 files checked: 0 errors, 1 warning');
  });

  it('stats in words, as text and as a GitHub notice; json keeps them only when asked', () => {
    const stats = { nodes: 5, decisions: 2, endings: { satisfied: 1, neutral: 0, lost: 2, escalated: 0 }, paths: 'infinite', best: 100, worst: 0 };
    expect(formatStats('a.yaml', stats, plain)).toBe('a.yaml  5 nodes · 2 decisions · endings: 1 satisfied, 2 lost · infinite paths · score 0–100');
    expect(formatGithubStats('a.yaml', stats)).toBe('::notice file=a.yaml,title=stats::5 nodes · 2 decisions · endings: 1 satisfied, 2 lost · infinite paths · score 0–100');
    const result: FileResult = { file: 'a.yaml', kind: 'scenario', diagnostics: [], stats };
    expect(JSON.parse(formatJson([result], false))).toEqual({ files: [{ file: 'a.yaml', diagnostics: [] }], errors: 0, warnings: 0 });
    expect(JSON.parse(formatJson([result], true))).toMatchObject({ files: [{ stats: { paths: 'infinite' } }] });
    const one = { ...stats, paths: '1' };
    expect(formatStats('a.yaml', one, plain)).toContain(' · 1 path · ');
  });
});
