/** File-system helpers for the CLI: inputs from files and folders, atomic writes. (Hashing is the app layer's.) */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileError, UsageError } from './errors';

/** Whether something exists at the path (a file the user has, which writing would replace). */
export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    (e: unknown) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw fileError(e, file, 'read');
    },
  );
}

/** Names in a folder that are read as workbooks: .xlsx and the spreadsheet files an agency may send instead. */
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|fods|csv)$/i;

/** Names that are never user content: Excel's "~$…" and LibreOffice's ".~lock.…#" lock files, hidden files. */
const NOT_CONTENT = /^(~\$|\.)/;

/** What a list of inputs expands to: the files to read, and what was in the folders but is not read. */
export interface ExpandedInputs {
  files: string[];
  /** Paths inside the given folders that are neither spreadsheets nor lock/hidden files (a PDF, a subfolder). */
  skipped: string[];
}

/**
 * Expands inputs: files as given; folders to the spreadsheet files directly inside them, sorted. An .ods, .xls or
 * .csv is read too, so it is refused with a reason ("save as .xlsx") instead of the agency silently counting as
 * missing; other entries are returned as skipped for the caller to list. A path that does not exist is a usage error.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch((e: unknown) => {
      throw fileError(e, input, 'read');
    });
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    const entries = await fs.readdir(input, { withFileTypes: true }).catch((e: unknown) => {
      throw fileError(e, input, 'read');
    });
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (NOT_CONTENT.test(entry.name)) continue;
      const full = path.join(input, entry.name);
      if (!entry.isDirectory() && SPREADSHEET.test(entry.name)) files.push(full);
      else skipped.push(entry.isDirectory() ? `${full}${path.sep}` : full);
    }
  }
  if (files.length === 0) {
    const list = skipped.length ? ` (${skipped.map((p) => path.basename(p)).join(', ')})` : '';
    throw new UsageError('noInputs', { inputs: inputs.join(', '), skipped: list });
  }
  return { files, skipped };
}

/**
 * Writes a file atomically (temp file in the same folder, then rename), creating the folder if needed. A failure
 * (no permission, file open in Excel, disk full) is a usage error naming the file; the temp file is removed and
 * an existing file at the path is left as it was.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  await writeFilesAtomic([{ file, data }]);
}

/**
 * Writes several files together: every temp file is written first, then all are renamed, so a failure while
 * writing (disk full, no permission) leaves none of them half-done or one new beside one old.
 */
export async function writeFilesAtomic(
  outputs: readonly { file: string; data: Uint8Array | string }[],
): Promise<void> {
  const temps = outputs.map((o) => `${o.file}.${process.pid}.tmp`);
  let current = '';
  try {
    for (const [i, o] of outputs.entries()) {
      current = o.file;
      await fs.mkdir(path.dirname(path.resolve(o.file)), { recursive: true });
      await fs.writeFile(temps[i] as string, o.data);
      // A folder in the way fails here, before any rename, so no output is replaced while another fails.
      const existing = await fs.stat(o.file).catch((e: unknown) => {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      });
      if (existing?.isDirectory())
        throw Object.assign(new Error(`${o.file} is a directory`), { code: 'EISDIR' });
    }
    for (const [i, o] of outputs.entries()) {
      current = o.file;
      await fs.rename(temps[i] as string, o.file);
    }
  } catch (e) {
    for (const tmp of temps) await removeTemp(tmp);
    throw fileError(e, current, 'write');
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
