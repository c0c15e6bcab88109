// CPU seconds of processes read from Linux /proc, for the enrolment figures: on a shared machine the wall-clock time of
// a phase depends on the other load, the CPU its processes spent per start much less.
import { readdirSync, readFileSync } from 'node:fs';

/** User+system CPU seconds of a process and its reaped children so far (NaN once it is gone). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The Temporal dev server the SDK's core spawned as a child of this process. */
export function devServerPid(): number | undefined {
  return readdirSync(`/proc/${process.pid}/task`)
    .flatMap((t) => readFileSync(`/proc/${process.pid}/task/${t}/children`, 'utf8').trim().split(/\s+/))
    .filter(Boolean)
    .map(Number)
    .find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start-dev'));
}
