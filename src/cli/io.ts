/** File-system helpers for the CLI: inputs from files and folders, hashing, atomic writes. */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileError, UsageError } from './errors';

/** SHA-256 of bytes, lowercase hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Expands inputs: files as given, folders to the .xlsx files directly inside them (sorted; Office lock files
 * "~$…" skipped). A path that does not exist is a usage error naming it.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch((e: unknown) => {
      throw fileError(e, input, 'read');
    });
    if (stat.isDirectory()) {
      const entries = await fs.readdir(input).catch((e: unknown) => {
        throw fileError(e, input, 'read');
      });
      const names = entries.filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$')).sort();
      out.push(...names.map((n) => path.join(input, n)));
    } else {
      out.push(input);
    }
  }
  if (out.length === 0) throw new UsageError('noInputs', { inputs: inputs.join(', ') });
  return out;
}

/**
 * Writes a file atomically (temp file in the same folder, then rename), creating the folder if needed. A failure
 * (no permission, file open in Excel, disk full) is a usage error naming the file; the temp file is removed and
 * an existing file at the path is left as it was.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await removeTemp(tmp);
    throw fileError(e, file, 'write');
  }
}

/** Removes a temp file after a failed write; "it was never created" is fine, any other failure is reported. */
async function removeTemp(tmp: string): Promise<void> {
  await fs.rm(tmp, { force: true }).catch((e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fileError(e, tmp, 'write');
  });
}

/** Creates an output folder (and parents); a file in the way, or no permission, is a usage error. */
export async function ensureDir(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) throw new UsageError('notADirectory', { path: dir });
  await fs.mkdir(dir, { recursive: true }).catch((e: unknown) => {
    const failure = fileError(e, dir, 'write');
    throw failure instanceof UsageError && failure.key === 'writeDenied'
      ? new UsageError('folderDenied', failure.params)
      : failure;
  });
}

/** Reads a file the user named; a missing or unreadable file is a usage error naming it. */
export async function readUserFile(file: string): Promise<Buffer> {
  return fs.readFile(file).catch((e: unknown) => {
    throw fileError(e, file, 'read');
  });
}
