import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/**
 * Reads a file the user named (a state file, the map, `--config`) with two guards `readFileSync`
 * lacks: only a regular file is read (a FIFO would block forever, `/dev/zero` never ends), and
 * at most `maxBytes` are read whatever `stat` says (it says 0 for devices and pipes).
 */
export class FileReadError extends Error {
  constructor(
    message: string,
    /** The errno code, or "ENOTREG" (not a regular file; the message says what it is) or "E2BIG" (over the byte limit). */
    readonly code: string,
    /** For E2BIG: the size stat gave, when that alone was over the limit. */
    readonly size?: number | undefined,
  ) {
    super(message);
    this.name = "FileReadError";
  }
}

/** What a non-regular file is, in words. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory, not a file",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  EIO: "input/output error",
};

export function errnoWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return String(error);
  return ERRNO_WORDS[code] === undefined ? code : `${ERRNO_WORDS[code]}, ${code}`;
}

const CHUNK = 1 << 20;

export function readRegularFile(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever. It changes
    // nothing for a regular file, which is all that is read past the fstat below.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileReadError(`cannot read the file (${errnoWords(error)})`, (error as NodeJS.ErrnoException).code ?? "EIO");
  }
  try {
    const stats = fstatSync(fd);
    // The message is what the file is ("a named pipe (FIFO)"); callers say what they expected.
    if (!stats.isFile()) throw new FileReadError(kindOf(stats), "ENOTREG");
    // A file that says it is too large is refused unread; one that says less is still counted below.
    if (stats.size > maxBytes) throw new FileReadError(`the file is ${stats.size} bytes`, "E2BIG", stats.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit tells a file of exactly maxBytes from a longer one.
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      let read: number;
      try {
        read = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        throw new FileReadError(`cannot read the file (${errnoWords(error)})`, (error as NodeJS.ErrnoException).code ?? "EIO");
      }
      if (read === 0) break;
      total += read;
      chunks.push(read === buffer.length ? buffer : buffer.subarray(0, read));
      if (total > maxBytes) throw new FileReadError(`the file is larger than ${maxBytes} bytes`, "E2BIG", undefined);
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * The offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates
 * and code points past U+10FFFF included), or -1. Only called once `isUtf8` has said no.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let code: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      code = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      code = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      code = b & 0x07;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
