// Builds the compact word-vector table once after install (see src/nlp/wordVectors.ts).
// Failing here is harmless: the table is built on first use instead.
import { spawnSync } from 'node:child_process';
const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', "import('./src/nlp/wordVectors.ts').then(m => { const v = m.wordVectors(); console.log(v ? `archivist: word vectors ready (${v.size} words)` : 'archivist: word vectors unavailable'); })"], { stdio: 'inherit' });
process.exit(0);
