import { InProcessCache } from '../../../src/memory/cache/in-process-cache.js';
import { SystemClock } from '../../../src/system/index.js';
import { boardContracts, cachedBoardPorts } from '../../../src/testing/index.js';
import { memoryBoardPorts } from './memory-board-ports.js';

boardContracts('memory behind the in-process view cache', async () =>
  cachedBoardPorts(await memoryBoardPorts(), new InProcessCache(new SystemClock())),
);
