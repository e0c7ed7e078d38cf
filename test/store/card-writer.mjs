// Answers one question again and again, as kefu quiz records an answer, from its own process:
// node test/store/card-writer.mjs <file> <answers> <start, ms since the epoch>
// Needs the built code (npm run build).
import { reviewCard } from '../../.build/quiz/review.js';
import { Store } from '../../.build/store/store.js';

const [file, answers, start] = process.argv.slice(2);
const store = await Store.open(file, { create: true });
// Writers started together begin together, so their answers interleave.
while (Date.now() < Number(start));
for (let i = 0; i < Number(answers); i++) {
  const now = new Date();
  const answer = { trainee: 'wang', quiz: 'mini', question: 'return-days', correct: true, credit: 1, answeredAt: now.toISOString() };
  store.recordAnswer(answer, (previous) => reviewCard(previous, 'wang', 'return-days', 1, now));
}
store.close();
