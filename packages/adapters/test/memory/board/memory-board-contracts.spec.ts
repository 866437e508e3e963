import { boardContracts } from '../../../src/testing/index.js';
import { memoryBoardPorts } from './memory-board-ports.js';

boardContracts('memory', memoryBoardPorts);
