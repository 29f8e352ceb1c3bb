import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { FindingList, FindingSink, ReportFinding } from "./model";

export type { FindingList, FindingSink } from "./model";

/** Findings held in memory before a spool starts writing them to disk. */
const IN_MEMORY = 20_000;
/** Findings sorted in memory at a time; longer lists are sorted in runs on disk and merged. */
const RUN = 50_000;
/** Bytes written or read at a time. */
const BLOCK = 1 << 20;

/** Findings from a file of newline-delimited JSON, read a block at a time. */
function* readLines(file: string): Generator<ReportFinding> {
  for (const line of readText(file)) yield JSON.parse(line) as ReportFinding;
}

/** The lines of a file, read a block at a time. */
function* readText(file: string): Generator<string> {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(BLOCK);
    // The decoder keeps a UTF-8 sequence cut by a block's end for the next block.
    const decoder = new StringDecoder("utf8");
    let rest = "";
    for (;;) {
      const read = readSync(fd, buffer, 0, BLOCK, null);
      if (read === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, read));
      let start = 0;
      for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
        yield text.slice(start, end);
        start = end + 1;
      }
      rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest !== "") yield rest;
  } finally {
    closeSync(fd);
  }
}

/** Appends lines to a file in blocks. */
class LineWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;
  constructor(readonly file: string) {
    this.fd = openSync(file, "wx", 0o600);
  }
  write(finding: ReportFinding): void {
    this.writeLine(JSON.stringify(finding));
  }
  /** A line of JSON text as it is. */
  writeLine(json: string): void {
    const line = `${json}\n`;
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= BLOCK) this.flush();
  }
  flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** A binary heap of the runs' current heads, smallest first (ties: the earlier run, so merging is stable). */
class RunHeap {
  private readonly items: { finding: ReportFinding; run: number; rest: Iterator<ReportFinding> }[] = [];
  constructor(private readonly compare: (a: ReportFinding, b: ReportFinding) => number) {}
  get size(): number {
    return this.items.length;
  }
  private less(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    if (a === undefined || b === undefined) return false;
    const order = this.compare(a.finding, b.finding);
    return order < 0 || (order === 0 && a.run < b.run);
  }
  private swap(i: number, j: number): void {
    const items = this.items;
    [items[i], items[j]] = [items[j] as (typeof items)[number], items[i] as (typeof items)[number]];
  }
  push(item: { finding: ReportFinding; run: number; rest: Iterator<ReportFinding> }): void {
    this.items.push(item);
    let at = this.items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.less(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }
  pop(): { finding: ReportFinding; run: number; rest: Iterator<ReportFinding> } | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (top === undefined || last === undefined || this.items.length === 0) return top;
    this.items[0] = last;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < this.items.length && this.less(left, smallest)) smallest = left;
      if (right < this.items.length && this.less(right, smallest)) smallest = right;
      if (smallest === at) break;
      this.swap(at, smallest);
      at = smallest;
    }
    return top;
  }
}

let created: Set<string> | undefined;
/** Spool folders still on disk are removed when the process ends, however it ends. */
function track(dir: string): void {
  if (created === undefined) {
    created = new Set();
    process.once("exit", () => {
      for (const left of created ?? []) rmSync(left, { recursive: true, force: true });
    });
  }
  created.add(dir);
}

export interface SpoolOptions {
  /** Findings kept in memory before the spool writes to disk (default 20,000). */
  readonly inMemory?: number;
  /** Findings sorted in memory at a time by `sorted` (default 50,000). */
  readonly run?: number;
  /** Where the temporary folder goes (default the system's). */
  readonly tmpdir?: string;
}

/**
 * Findings kept on disk as newline-delimited JSON once there are more than a few thousand, so an
 * audit of a million resources holds one state file in memory, not every finding it produced.
 * The folder is private to the user (0700, files 0600) and removed by `close` or at exit; it holds
 * what the report itself holds, already scrubbed of secret values.
 */
export class FindingSpool implements FindingSink {
  private readonly memory: ReportFinding[] = [];
  private writer: LineWriter | undefined;
  private dir: string | undefined;
  private count = 0;
  private runs = 0;
  private readonly inMemory: number;
  private readonly run: number;
  private readonly tmpdir: string;

  constructor(options: SpoolOptions = {}) {
    this.inMemory = options.inMemory ?? IN_MEMORY;
    this.run = Math.max(1, options.run ?? RUN);
    this.tmpdir = options.tmpdir ?? os.tmpdir();
  }

  get length(): number {
    return this.count;
  }

  /** True once findings went to disk. */
  get spilled(): boolean {
    return this.writer !== undefined;
  }

  private folder(): string {
    if (this.dir === undefined) {
      this.dir = mkdtempSync(path.join(this.tmpdir, "shared-responsibility-"));
      track(this.dir);
    }
    return this.dir;
  }

  push(finding: ReportFinding): number {
    this.count++;
    if (this.writer === undefined && this.memory.length < this.inMemory) {
      this.memory.push(finding);
      return this.count;
    }
    if (this.writer === undefined) {
      this.writer = new LineWriter(path.join(this.folder(), "findings.ndjson"));
      for (const kept of this.memory) this.writer.write(kept);
      this.memory.length = 0;
    }
    this.writer.write(finding);
    return this.count;
  }

  *[Symbol.iterator](): Iterator<ReportFinding> {
    if (this.writer === undefined) {
      yield* this.memory;
      return;
    }
    this.writer.flush();
    yield* readLines(this.writer.file);
  }

  /** Each finding as the JSON text `JSON.stringify` gives, in order, without parsing it again. */
  *json(): Generator<string> {
    if (this.writer === undefined) {
      for (const finding of this.memory) yield JSON.stringify(finding);
      return;
    }
    this.writer.flush();
    yield* readText(this.writer.file);
  }

  /**
   * The findings in `compare` order, stable (equal findings keep the order they were added in).
   * A spilled spool is sorted in runs written to disk and merged, so memory holds one run.
   */
  *sorted(compare: (a: ReportFinding, b: ReportFinding) => number): Generator<ReportFinding> {
    if (this.writer === undefined) {
      yield* [...this.memory].sort(compare);
      return;
    }
    const files: string[] = [];
    try {
      // Each finding keeps its JSON text, written to its run as it is rather than serialised again.
      let batch: { finding: ReportFinding; json: string }[] = [];
      const spill = (): void => {
        batch.sort((a, b) => compare(a.finding, b.finding));
        const writer = new LineWriter(path.join(this.folder(), `run-${this.runs++}.ndjson`));
        files.push(writer.file);
        for (const { json } of batch) writer.writeLine(json);
        writer.close();
        batch = [];
      };
      for (const json of this.json()) {
        batch.push({ finding: JSON.parse(json) as ReportFinding, json });
        if (batch.length >= this.run) spill();
      }
      if (batch.length > 0) spill();
      const heap = new RunHeap(compare);
      const readers = files.map((file) => readLines(file));
      readers.forEach((rest, run) => {
        const first = rest.next();
        if (!first.done) heap.push({ finding: first.value, run, rest });
      });
      try {
        for (let top = heap.pop(); top !== undefined; top = heap.pop()) {
          yield top.finding;
          const next = top.rest.next();
          if (!next.done) heap.push({ finding: next.value, run: top.run, rest: top.rest });
        }
      } finally {
        // A reader stopped early (a capped list) closes the files it still holds open.
        for (const reader of readers) reader.return(undefined);
      }
    } finally {
      for (const file of files) rmSync(file, { force: true });
    }
  }

  /** Removes the spool's files; the spool is empty afterwards. */
  close(): void {
    this.writer?.close();
    this.writer = undefined;
    this.memory.length = 0;
    this.count = 0;
    if (this.dir !== undefined) {
      rmSync(this.dir, { recursive: true, force: true });
      created?.delete(this.dir);
      this.dir = undefined;
    }
  }
}

/** `list` in `compare` order (stable): a spool sorts on disk, anything else in memory. */
export function sortedFindings(list: FindingList, compare: (a: ReportFinding, b: ReportFinding) => number): Iterable<ReportFinding> {
  return list instanceof FindingSpool ? list.sorted(compare) : [...list].sort(compare);
}

/**
 * The first `count` findings of `list` in `compare` order (stable), in one pass that holds only
 * them: a report that lists the best few of a million findings need not sort them all.
 */
export function firstFindings(list: FindingList, compare: (a: ReportFinding, b: ReportFinding) => number, count: number): ReportFinding[] {
  if (count <= 0) return [];
  // A max-heap of the best so far, the worst on top; ties go by arrival so the result is stable.
  const heap: { finding: ReportFinding; index: number }[] = [];
  const worse = (a: { finding: ReportFinding; index: number }, b: { finding: ReportFinding; index: number }): boolean => {
    const order = compare(a.finding, b.finding);
    return order > 0 || (order === 0 && a.index > b.index);
  };
  const swap = (i: number, j: number): void => {
    [heap[i], heap[j]] = [heap[j] as (typeof heap)[number], heap[i] as (typeof heap)[number]];
  };
  const siftDown = (from: number): void => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let top = at;
      if (left < heap.length && worse(heap[left] as (typeof heap)[number], heap[top] as (typeof heap)[number])) top = left;
      if (right < heap.length && worse(heap[right] as (typeof heap)[number], heap[top] as (typeof heap)[number])) top = right;
      if (top === at) return;
      swap(at, top);
      at = top;
    }
  };
  let index = 0;
  for (const finding of list) {
    const item = { finding, index: index++ };
    if (heap.length < count) {
      heap.push(item);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!worse(heap[at] as (typeof heap)[number], heap[parent] as (typeof heap)[number])) break;
        swap(at, parent);
        at = parent;
      }
    } else if (worse(heap[0] as (typeof heap)[number], item)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => compare(a.finding, b.finding) || a.index - b.index).map((item) => item.finding);
}
