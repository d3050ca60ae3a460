// Build step: validate every shipped pack and keep a snapshot for fast start-up (see load-pack.ts).
import { join } from 'node:path';
import { listPackIds, packsDir, writeSnapshot } from '../dist/policy/load-pack.js';

for (const id of listPackIds()) {
  const path = writeSnapshot(join(packsDir(), id));
  console.log(`policy pack ${id}: validated, snapshot ${path}`);
}
