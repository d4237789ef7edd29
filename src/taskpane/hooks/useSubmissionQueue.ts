/**
 * The files chosen in Tổng hợp and their reading: one at a time in one worker (services/workbookReader), files
 * added while reading join the queue, one file can be removed, and reading can be stopped — the file being read is
 * dropped at once (its worker is terminated) and the rest stay in the list as not read, to be read later. Nothing
 * chosen disappears unless the user removes it. Each file read keeps its snapshot, so that the date the officer says
 * it was received re-validates it at once (services/consolidation revalidateChosen), even while others are read.
 */
import { type MutableRefObject, useCallback, useRef, useState } from 'react';
import type { SubmissionInput } from '../../core/consolidate/types';
import type { PlanContext } from '../../app/plan';
import type { WorkbookSnapshot } from '../../core/snapshot/types';
import type { Timeliness } from '../../core/validate/types';
import { readChosenFile, revalidateChosen } from '../services/consolidation';
import { createWorkbookReader } from '../services/workbookReader';

/** One chosen file and how far it got. */
export interface ChosenFile {
  id: number;
  file: File;
  state: 'queued' | 'reading' | 'read' | 'notRead';
  input?: SubmissionInput;
  /** The workbook's values as read, kept to re-validate the file when its received date is set. */
  snapshot?: WorkbookSnapshot;
  /** The date the officer confirmed it was received (ISO); null or absent: the file's own date. */
  confirmed?: string | null;
}

/** How a reading run ended. */
export type RunEnd = { kind: 'done' } | { kind: 'stopped' } | { kind: 'failed'; error: unknown };

/** The queue and what can be done with it. */
export interface SubmissionQueue {
  files: readonly ChosenFile[];
  reading: boolean;
  /** Adds files (those already in the list — same name, size and date — are skipped); returns how many skipped. */
  add(files: readonly File[]): number;
  remove(id: number): void;
  clear(): void;
  stop(): void;
  /** Reads the files left unread by a stop. */
  resume(): void;
  /**
   * Sets the date a file read was received (null: back to the file's own date) and re-validates it; returns its new
   * timeliness, or null when the file has no report to judge (not read, unreadable).
   */
  setReceived(id: number, date: string | null): Timeliness | null;
}

const sameFile = (a: File, b: File) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** Setting a read file's received date re-validates it from its kept snapshot (kept apart: the queue hook is long). */
function useSetReceived(
  ctx: PlanContext,
  list: MutableRefObject<ChosenFile[]>,
  patch: (id: number, change: Partial<ChosenFile>) => void,
): SubmissionQueue['setReceived'] {
  return useCallback(
    (id: number, date: string | null) => {
      const f = list.current.find((x) => x.id === id);
      if (!f || f.state !== 'read' || !f.input || !f.snapshot) return null;
      const input = revalidateChosen(ctx, f.file, { input: f.input, snapshot: f.snapshot }, date);
      patch(id, { input, confirmed: date });
      return 'report' in input ? input.report.timeliness : null;
    },
    [ctx, list, patch],
  );
}

/** The queue; `onRunEnd` is called when a reading run ends (all read, stopped, or a bug). */
export function useSubmissionQueue(ctx: PlanContext, onRunEnd: (end: RunEnd) => void): SubmissionQueue {
  // The list lives in a ref (the reading loop needs the current one) and is mirrored to state for rendering.
  const list = useRef<ChosenFile[]>([]);
  const [files, setFiles] = useState<readonly ChosenFile[]>([]);
  const [reading, setReading] = useState(false);
  const nextId = useRef(1);
  const running = useRef<AbortController | null>(null);
  const ended = useRef(onRunEnd);
  ended.current = onRunEnd;

  const commit = useCallback((next: ChosenFile[]) => {
    list.current = next;
    setFiles(next);
  }, []);
  const patch = useCallback(
    (id: number, change: Partial<ChosenFile>) =>
      commit(list.current.map((f) => (f.id === id ? { ...f, ...change } : f))),
    [commit],
  );

  const pump = useCallback(async () => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setReading(true);
    const reader = createWorkbookReader();
    const stopped = new Promise<'stopped'>((resolve) =>
      controller.signal.addEventListener('abort', () => resolve('stopped')),
    );
    let end: RunEnd = { kind: 'done' };
    let current: number | null = null;
    try {
      for (;;) {
        const next = list.current.find((f) => f.state === 'queued');
        if (!next) break;
        current = next.id;
        patch(next.id, { state: 'reading' });
        const read = controller.signal.aborted
          ? 'stopped'
          : await Promise.race([readChosenFile(ctx, next.file, reader, next.confirmed), stopped]);
        if (read === 'stopped') {
          end = { kind: 'stopped' };
          break;
        }
        patch(next.id, {
          state: 'read',
          input: read.input,
          ...(read.snapshot ? { snapshot: read.snapshot } : {}),
        });
        current = null;
      }
    } catch (error) {
      end = { kind: 'failed', error };
    } finally {
      reader.close();
      running.current = null;
    }
    if (end.kind !== 'done')
      commit(
        list.current.map((f) => (f.id === current || f.state === 'queued' ? { ...f, state: 'notRead' } : f)),
      );
    setReading(false);
    ended.current(end);
  }, [commit, patch]);

  const add = useCallback(
    (chosen: readonly File[]) => {
      const fresh = chosen.filter((file) => !list.current.some((f) => sameFile(f.file, file)));
      commit([
        ...list.current,
        ...fresh.map((file): ChosenFile => ({ id: nextId.current++, file, state: 'queued' })),
      ]);
      if (fresh.length) void pump();
      return chosen.length - fresh.length;
    },
    [commit, pump],
  );

  const remove = useCallback(
    (id: number) => commit(list.current.filter((f) => f.id !== id || f.state === 'reading')),
    [commit],
  );
  const stop = useCallback(() => running.current?.abort(), []);
  const clear = useCallback(() => {
    running.current?.abort();
    commit([]);
  }, [commit]);
  const resume = useCallback(() => {
    commit(list.current.map((f) => (f.state === 'notRead' ? { ...f, state: 'queued' } : f)));
    void pump();
  }, [commit, pump]);

  const setReceived = useSetReceived(ctx, list, patch);

  return { files, reading, add, remove, clear, stop, resume, setReceived };
}
