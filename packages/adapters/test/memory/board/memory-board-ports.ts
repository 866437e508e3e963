import { MemoryAdapters } from '../../../src/memory/index.js';
import type { BoardPorts } from '../../../src/testing/index.js';

export function memoryBoardPorts(): Promise<BoardPorts> {
  const adapters = new MemoryAdapters();
  return Promise.resolve({ ...adapters, queries: adapters.postQueries, uow: adapters.unitOfWork });
}
