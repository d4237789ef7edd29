/**
 * The open workbook's earlier months (its consolidation's "Dữ liệu"), read once per plan: the history Tổng hợp judges
 * with (docs/verdicts.md). A failure is handed to `onError` (shown as a notice); judging then goes on without history,
 * and writing reads the workbook again.
 */
import { useEffect, useState } from 'react';
import type { PlanContext } from '../../app/plan';
import type { DataRow } from '../../core/consolidate/types';
import { readEarlierData } from '../services/consolidation';

/** The earlier months' rows ([] until read, or when the workbook holds no consolidation). */
export function useEarlierData(ctx: PlanContext, onError: (e: unknown) => void): DataRow[] {
  const [rows, setRows] = useState<DataRow[]>([]);
  useEffect(() => {
    let live = true;
    readEarlierData(ctx).then(
      (r) => live && r.ok && setRows(r.rows),
      (e: unknown) => live && onError(e),
    );
    return () => {
      live = false;
    };
    // Once per plan: `onError` may be a fresh function every render, and is not a reason to read again.
  }, [ctx]);
  return rows;
}
