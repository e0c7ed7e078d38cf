// Generated scenarios for the analysis tests and the benchmark. Plain JS so `npm run bench`
// can use it without a compiler; the shapes are described in generate.d.mts.

const OUTCOMES = ['satisfied', 'neutral', 'lost', 'escalated'];
const STEPS = ['willingness', 'empathy', 'responsibility'];

function header(id, methods, personality, mood) {
  return [
    `id: ${id}`,
    `title: Generated ${id}`,
    'summary: A generated scenario.',
    'locale: en',
    'difficulty: 3',
    `customer: { name: Test, personality: ${personality}, mood: ${mood} }`,
    `methods: [${methods.join(', ')}]`,
    'start: n0-0',
    'nodes:',
  ];
}

/**
 * A layered scenario: layer 0 is the start, layers 1..decisions-1 double up to `width` nodes, then
 * `endings` ending nodes. Every decision node has two replies into the next layer, so every
 * path makes exactly `decisions` choices and there are exactly 2^decisions paths. The first
 * three layers change the mood, one layer branches on it, and replies perform the emotional
 * three-step's steps at a few layers, so the analysis has real states to tell apart.
 */
export function layeredScenario({ id = 'layered', decisions = 60, width = 187, endings = 21, method = 'emotional-three-step', personality = 'easygoing', fault = 'cold' } = {}) {
  const lines = header(id, [method], personality, 50);
  // Short names and flow style keep 10,000 nodes under the 1 MiB file limit.
  // Layers double until they reach `width`, so every node is reachable.
  const widthOf = (layer) => (layer >= decisions ? endings : Math.min(2 ** layer, width));
  const offset = [0];
  for (let layer = 0; layer < decisions; layer++) offset.push(offset[layer] + widthOf(layer));
  const name = (layer, j) => (layer === 0 ? 'n0-0' : layer >= decisions ? `e${j}` : `n${offset[layer] + j}`);
  for (let layer = 0; layer < decisions; layer++) {
    const next = widthOf(layer + 1);
    for (let j = 0; j < widthOf(layer); j++) {
      const replies = [0, 1].map((c) => {
        const to = name(layer + 1, (2 * j + c) % next);
        const alt = name(layer + 1, (2 * j + c + 1) % next);
        const moves = layer % 20 < 3 && c === 0 ? `, moves: [${STEPS[layer % 20]}]` : '';
        const faults = layer % 15 === 7 && c === 1 ? `, faults: [${fault}]` : '';
        const mood = layer < 3 ? (c === 0 ? ', mood: 5' : ', mood: -5') : moves || faults ? ', mood: 0' : '';
        const target = layer === 30 ? `[{if: mood >= 55, goto: ${to}}, {goto: ${alt}}]` : to;
        return `{reply: r${c}${mood}${moves}${faults}, next: ${target}}`;
      });
      lines.push(`  ${name(layer, j)}: {customer: c, choices: [${replies.join(', ')}]}`);
    }
  }
  for (let j = 0; j < endings; j++) lines.push(`  e${j}: {customer: c, ending: ${j === 0 ? 'satisfied' : OUTCOMES[j % OUTCOMES.length]}}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A scenario of ordinary size (about `size` nodes), different for each `seed`: a chain of
 * decisions where one reply moves on and performs a step, one commits a fault and loops back
 * or ends, and the last decision reaches a satisfied ending. It always validates cleanly
 * against the bundled library.
 */
export function ordinaryScenario(seed, size = 16) {
  const id = `generated-${seed}`;
  const lines = header(id, ['emotional-three-step', 'objection-five-step'], ['easygoing', 'reserved', 'arrogant'][seed % 3], 40 + (seed % 20));
  const steps = [
    'emotional-three-step/willingness',
    'objection-five-step/pause',
    'emotional-three-step/empathy',
    'objection-five-step/restate',
    'objection-five-step/confirm',
    'emotional-three-step/responsibility',
    'objection-five-step/handle',
    'objection-five-step/check-satisfaction',
  ];
  const decisions = Math.max(steps.length, size - 3);
  const node = (i) => (i === 0 ? 'n0-0' : `step-${i}`);
  for (let i = 0; i < decisions; i++) {
    const move = i < steps.length ? `moves: [${steps[i]}]` : 'mood: 1';
    const next = i + 1 < decisions ? node(i + 1) : 'won';
    lines.push(`  ${node(i)}:`, `    customer: Customer line ${i} of scenario ${seed}.`, '    choices:');
    lines.push(`      - reply: A good reply ${i}.`, `        ${move}`, `        feedback: Why reply ${i} works.`, `        next: ${next}`);
    lines.push(`      - reply: A poor reply ${i}.`, '        faults: [cold]', `        next: [{ if: "mood >= 30", goto: ${node(Math.max(0, i - 1))} }, { goto: lost }]`);
  }
  lines.push('  won:', '    customer: Thank you.', '    ending: satisfied', '  lost:', '    customer: Forget it.', '    ending: lost');
  return `${lines.join('\n')}\n`;
}

/**
 * A compact chain of `nodes` nodes in flow style (one line each): `nodes - 2` decisions in a
 * row, each with a good reply that moves on (the first three perform the emotional three-step
 * in order) and a poor one that loses the customer, then the two endings. It validates with no
 * diagnostic at all against the bundled library, so it measures the work of a clean file.
 */
export function compactChain(nodes) {
  const id = `chain-${nodes}`;
  const lines = header(id, ['emotional-three-step'], 'easygoing', 50);
  const decisions = nodes - 2;
  const name = (i) => (i === 0 ? 'n0-0' : `n${i}`);
  for (let i = 0; i < decisions; i++) {
    const next = i + 1 < decisions ? name(i + 1) : 'won';
    const moves = i < STEPS.length ? `, moves: [${STEPS[i]}]` : '';
    lines.push(`  ${name(i)}: {customer: c${i}, choices: [{reply: good${moves}, next: ${next}}, {reply: poor, faults: [cold], next: lost}]}`);
  }
  lines.push('  won: {customer: thanks, ending: satisfied}', '  lost: {customer: bye, ending: lost}');
  return `${lines.join('\n')}\n`;
}

/**
 * `decisions` nodes of `replies` replies each, every reply changing the mood and performing a
 * step, leading on, back or to the ending: a file under 1 MiB whose states and edges multiply,
 * as a hostile contribution would. Validate must end it quickly with analysis-limit.
 */
export function wideScenario(decisions, replies) {
  const lines = header(`wide-${decisions}x${replies}`, ['emotional-three-step', 'objection-five-step'], 'easygoing', 50);
  const steps = ['willingness', 'empathy', 'responsibility', 'pause', 'restate'];
  for (let d = 0; d < decisions; d++) {
    lines.push(`  ${d === 0 ? 'n0-0' : `n${d}`}:`, '   customer: c', '   choices:');
    for (let r = 0; r < replies; r++) {
      const to = (k) => (k % decisions === 0 ? 'n0-0' : `n${k % decisions}`);
      const next = r % 3 === 0 ? to(d + 1) : r % 3 === 1 ? to(d + 2) : 'won';
      lines.push(`    - {reply: r, mood: ${(r % 41) - 20}, moves: [${steps[r % steps.length]}], next: ${next}}`);
    }
  }
  lines.push('  won: {customer: ok, ending: satisfied}');
  return `${lines.join('\n')}\n`;
}

/** A mapping of `keys` top-level keys, each a few bytes, so 100,000 fit under 1 MiB. */
export function manyKeys(keys) {
  return `${Array.from({ length: keys }, (_, i) => `k${i.toString(36)}: 0`).join('\n')}\n`;
}
