// The end of an event-loop turn, in two steps: the grouped reads, then the grouped writes.
const reads: (() => void)[] = [];
const writes: (() => void)[] = [];
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // Two callbacks of one check phase: Node runs the promise continuations between them, so a request whose
  // read was answered in the first reaches its write in time for the second, and commits in this same turn.
  setImmediate(readStep);
  setImmediate(writeStep);
}

function readStep(): void {
  for (const flush of reads.splice(0)) flush();
}

function writeStep(): void {
  scheduled = false;
  for (const flush of writes.splice(0)) flush();
  if (reads.length > 0 || writes.length > 0) schedule(); // asked for between the two steps: next turn
}

/** Runs `flush` once at the end of this turn, reads before writes (sqlite-group-read.ts, sqlite-group-commit.ts). */
export function atTurnEnd(step: 'read' | 'write', flush: () => void): void {
  (step === 'read' ? reads : writes).push(flush);
  schedule();
}
