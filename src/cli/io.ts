/** File-system helpers for the CLI: inputs from files and folders, hashing, atomic writes. */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors';

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
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) throw new UsageError('fileNotFound', { path: input });
    if (stat.isDirectory()) {
      const names = (await fs.readdir(input))
        .filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$'))
        .sort();
      out.push(...names.map((n) => path.join(input, n)));
    } else {
      out.push(input);
    }
  }
  if (out.length === 0) throw new UsageError('noInputs', { inputs: inputs.join(', ') });
  return out;
}

/** Writes a file atomically (temp file in the same folder, then rename), creating the folder if needed. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

/** Creates an output folder (and parents); a file in the way is a usage error. */
export async function ensureDir(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) throw new UsageError('notADirectory', { path: dir });
  await fs.mkdir(dir, { recursive: true });
}
