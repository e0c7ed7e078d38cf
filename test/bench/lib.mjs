// What every benchmark suite shares: paired timing against a baseline from the same run, and
// one way to print a row, so every figure is read the same way on any machine.
import { spawnSync } from 'node:child_process';

/** The median of a list of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The interquartile range: how much the middle half of the runs spread. */
export function spread(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length < 4) return s.length ? s[s.length - 1] - s[0] : NaN;
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return q(0.75) - q(0.25);
}

/** Milliseconds one call of a synchronous or asynchronous function takes. */
export async function time(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Milliseconds a child process of node with these arguments takes, start to exit. */
export function spawnTime(args, options = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore', ...options });
  const elapsed = performance.now() - t0;
  if (options.expectStatus !== undefined && r.status !== options.expectStatus) {
    throw new Error(`node ${args.join(' ')} exited ${r.status}, expected ${options.expectStatus}`);
  }
  return elapsed;
}

/**
 * Times `subject` and `baseline` in alternation, `runs` times after one warm-up of each, so a
 * busy moment of the machine hits both alike. Returns the samples of each.
 */
export async function paired(subject, baseline, runs = 11) {
  await baseline();
  await subject();
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    b.push(await time(baseline));
    a.push(await time(subject));
  }
  return { subject: a, baseline: b };
}

let headerPrinted = false;

/**
 * Prints one figure beside its baseline: the medians, each with its spread (IQR), and their
 * ratio. `unit` 'ms' is a time (ratio = subject / baseline, lower is better); a rate such as
 * 'files/s' is given as samples in ms per `per` items and printed as a rate.
 */
export function row(label, samples, baselineLabel, baselineSamples, { unit = 'ms', per = 1, target } = {}) {
  if (!headerPrinted) {
    console.log(`  ${'measured'.padEnd(40)} ${'median'.padStart(12)} ${'± IQR'.padStart(9)}   ${'baseline'.padEnd(34)} ${'median'.padStart(12)} ${'± IQR'.padStart(9)}   ratio`);
    headerPrinted = true;
  }
  const m = median(samples);
  const mb = median(baselineSamples);
  const rate = unit !== 'ms';
  const show = (x) => (rate ? ((per * 1000) / x).toFixed(0) : x.toFixed(1)).padStart(8) + ` ${rate ? unit : 'ms'}`;
  const iqr = (xs, med) => (rate ? ((per * 1000) / med) * (spread(xs) / med) : spread(xs)).toFixed(1).padStart(9);
  const ratio = m / mb;
  const verdict = target === undefined ? '' : ratio <= target ? `  (target ≤ ×${target}: met)` : `  (target ≤ ×${target}: NOT met)`;
  console.log(
    `  ${label.padEnd(40)} ${show(m).padStart(12)} ${iqr(samples, m)}   ${baselineLabel.padEnd(34)} ${show(mb).padStart(12)} ${iqr(baselineSamples, mb)}   ×${ratio.toFixed(2)} ${rate ? 'time' : ''}${verdict}`,
  );
  return { median: m, baseline: mb, ratio };
}

/** A heading for a group of rows. */
export function section(title) {
  console.log(`\n${title}`);
}
