// Writes sessions turn by turn into a kefu database, as play does, from its own process:
// node test/store/writer.mjs <file> <trainee> <sessions> <turns per session>
// Needs the built code (npm run build).
import { Store } from '../../.build/store/store.js';

const [file, trainee, sessions, turns] = process.argv.slice(2);
const store = await Store.open(file, { create: true });
const method = { id: 'emotional-three-step', name: '情感三步曲', name_en: 'Emotional three-step', steps: [{ id: 'willingness', name: '表达服务意愿', name_en: 'Willingness' }] };
for (let s = 0; s < Number(sessions); s++) {
  const at = () => new Date().toISOString();
  const id = store.startSession({
    trainee,
    scenario: 'duck-blood-mini',
    title: '鸭血迟迟不上（小样）',
    file: '/lib/duck-blood-mini.yaml',
    fileHash: '00',
    mode: 'scripted',
    customerName: '王先生',
    personality: { id: 'arrogant', name: '傲慢型', name_en: 'Arrogant' },
    methods: [method],
    startMood: 25,
    startedAt: at(),
  });
  for (let t = 0; t < Number(turns); t++) {
    store.addTurn(id, { seq: t, node: `n${t}`, customer: '…', choice: 1, reply: `${trainee} ${s}.${t}`, moves: [], faults: [], moodBefore: 25, mood: 30, at: at() });
  }
  store.completeSession(id, { ending: 'end', outcome: 'satisfied', score: s % 101, grade: 'A', methods: [] }, at());
}
store.close();
