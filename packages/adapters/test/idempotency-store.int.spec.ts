import { MemoryAdapters } from '../src/memory/index.js';
import { idempotencyStoreContract } from '../src/testing/index.js';
import { SQL_TARGETS } from './sequelize/sql-targets.js';

idempotencyStoreContract('memory', {
  open: () => {
    const adapters = new MemoryAdapters();
    return Promise.resolve({
      store: adapters.idempotency,
      uow: adapters.unitOfWork,
      dispose: () => Promise.resolve(),
    });
  },
});

for (const target of SQL_TARGETS) {
  idempotencyStoreContract(target.name, {
    async open() {
      const opened = await target.open();
      if (!opened) return null;
      return { store: opened.adapters.idempotency, uow: opened.adapters.unitOfWork, dispose: opened.dispose };
    },
  });
}
