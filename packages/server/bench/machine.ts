import { cpus, totalmem } from 'node:os';

/** The machine a benchmark ran on, as printed under its figures and written with them. */
export function readMachine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** One line: CPU, cores, memory, Node. */
export function describeMachine(m = readMachine()): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GiB, Node ${m.node}`;
}
