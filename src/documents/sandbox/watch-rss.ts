// Resident memory of a process, read from /proc by the parent. A reading child that is stuck in a
// decode loop cannot report its own memory, and a hostile one must not be trusted to: the parent
// measures it and kills it. Off Linux (no /proc) there is no reading, and the child's heap limit
// and the time limit are what bound it.

import { readFileSync, readdirSync } from 'node:fs';

/** VmRSS of `pid` in bytes, or null when it cannot be read (gone, or no /proc). */
export function readRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The pids of the children of `pid` (every thread's children), or [] without /proc. */
export function readChildPids(pid: number): number[] {
  const pids: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'latin1').trim();
      if (text) pids.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // no /proc, or the process is gone
  }
  return pids;
}

/** Summed VmRSS of `pid` and all its descendants, in bytes. */
export function readTreeRss(pid: number): number {
  let total = readRss(pid) ?? 0;
  for (const child of readChildPids(pid)) total += readTreeRss(child);
  return total;
}

/** Calls `onSample` with the RSS of `pid` every `intervalMs` until the returned stop is called. */
export function watchRss(pid: number, intervalMs: number, onSample: (rss: number) => void): () => void {
  const timer = setInterval(() => {
    const rss = readRss(pid);
    if (rss !== null) onSample(rss);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
