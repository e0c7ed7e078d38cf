import fc from 'fast-check';

/** Pieces of YAML, good and hostile, that the fuzzer strings together and splices into documents. */
const PIECES = [
  'id', 'title', 'nodes', 'a', 'b-c', 'x.y', 'k/1', ': ', ':', '- ', '-', ' ', '  ', '    ', '\n', '\n  ', '\n    ', '#', ' # note', '"', "'", "''",
  '[', ']', '{', '}', ', ', ',', '&a ', '*a', '!t ', '!!str ', '!!binary ', '? ', '|', '|-', '>', '>-', '---', '---\n', '...', '%YAML 1.2\n', '%YAML 1.1\n',
  '%TAG ! tag:x,2000:\n', '\t', '\\', '\\n', '\\e', '\\u202e', '\\x41', '\\t', '1', '-1', '+1', '0o17', '0x1F', '.5', '-.5', '1e3', '1_000', '.inf', '.NaN',
  'null', 'Null', '~', 'true', 'False', 'no', 'yes', '__proto__', 'constructor', '<<', '中文', '：', '“引号”', '\u2028', '\u00a0', '\r\n', '\r', 'é', '\u202e',
  '\u0085', '\ufeff', '@', '`', '%', '=', '<', '>', '&', '*', '!',
];

// Mostly what trainers write, so the fast reader takes many documents and is compared often;
// sometimes what it must leave to the full parser.
const key = fc.oneof(
  { arbitrary: fc.constantFrom('id', 'title', 'reply', 'next', 'a', 'b', 'moves', 'x-y', 'k1', 'n0', 'nodes', 'customer', 'k.2', 'p/q', 'ok_1'), weight: 8 },
  { arbitrary: fc.constantFrom('1', 'true', 'null', '__proto__', 'a b', '"q"', "'s'", 'c:d', '-x', '中文', '1e3'), weight: 1 },
);
const scalar = fc.oneof(
  {
    arbitrary: fc.constantFrom('hi', 'A good reply.', '先生您别着急啊，今天周五。', '12 号桌', '-5', '50', '0.5', '1e3', '0x1F', '0o17', '.inf', '-.5', 'null', '~', 'true', 'False', 'no', '', '"quoted: yes"', "'it''s'", '"\\u00e9 \\"x\\""', 'x # note', 'a#b', 'http://x.y/z', '（站定了）嗯，您说。', 'mood >= 30', '"mood >= 30"'),
    weight: 6,
  },
  { arbitrary: fc.constantFrom('hi', 'A good reply.', '先生您别着急啊，今天周五。', '12 号桌', '-5', '50', '0.5', '1e3', 'null', '~', 'true', 'no', '', 'a: b', 'x #y', '"q"', "'s'", '[a, b]', '{a: b}', '-', '- x', '#c', '*a', '&a x', '!t x', '"\\u0041\\n"', "'it''s'", '"\\e[2J"'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
);

interface Tree {
  readonly kind: 'map' | 'seq' | 'scalar';
  readonly entries?: readonly (readonly [string, Tree])[];
  readonly items?: readonly Tree[];
  readonly value?: string;
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar.map((value): Tree => ({ kind: 'scalar', value })),
    fc.uniqueArray(fc.tuple(key, tie('t')), { maxLength: 4, selector: ([k]) => k }).map((entries): Tree => ({ kind: 'map', entries })),
    fc.array(tie('t'), { maxLength: 4 }).map((items): Tree => ({ kind: 'seq', items })),
  ),
})).t;

/** A tree written as YAML, block or flow style chosen per collection. */
function write(t: Tree, indent: number, flow: (n: number) => boolean, n = { i: 0 }): string {
  const pad = ' '.repeat(indent);
  if (t.kind === 'scalar') return t.value!;
  const useFlow = flow(n.i++);
  if (t.kind === 'seq') {
    if (useFlow || t.items!.length === 0) return `[${t.items!.map((x) => write(x, 0, () => true, n)).join(', ')}]`;
    return t.items!.map((x) => `\n${pad}- ${write(x, indent + 2, flow, n).replace(/^\n\s*/, '')}`).join('');
  }
  if (useFlow || t.entries!.length === 0) return `{${t.entries!.map(([k, v]) => `${k}: ${write(v, 0, () => true, n)}`).join(', ')}}`;
  return t.entries!.map(([k, v]) => `\n${pad}${k}: ${write(v, indent + 2, flow, n)}`).join('');
}

/** A document: a tree written as YAML (its top level a mapping), with pieces spliced in here and there. */
export const yamlDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.uniqueArray(fc.tuple(key, tree), { minLength: 1, maxLength: 6, selector: ([k]) => k }),
    fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    fc.oneof(
      { arbitrary: fc.constant([] as [number, string][]), weight: 1 },
      { arbitrary: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 3 }), weight: 1 },
    ),
  )
  .map(([entries, flows, splices]) => {
    let text = write({ kind: 'map', entries }, 0, (i) => i > 0 && flows[i % flows.length]!).replace(/^\n/, '') + '\n';
    for (const [at, piece] of splices) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

/** Pieces alone, for documents that are mostly noise. */
export const yamlNoise: fc.Arbitrary<string> = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
