// One process's reminder tick at a clock the test sets: `node fire-reminders.mjs ISO-TIME`.
// The store is the one the environment names (MAMORU_DATA_DIR or DATABASE_URL), as for `mamoru serve`.
import { readProcessConfig } from '../../dist/config/index.js';
import { openStore, queueDueReminders } from '../../dist/store/index.js';

const store = await openStore({ ...readProcessConfig().store, migrate: false });
try {
  const fired = await queueDueReminders(store.db, new Date(process.argv[2]));
  process.stdout.write(`${fired}\n`);
} finally {
  await store.close();
}
