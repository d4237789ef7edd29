/** The plan as worksheets: export (plan → WorkbookSpec) and import (snapshot → plan JSON), lossless both ways. */
export { planWorkbook } from './export';
export { planFromSnapshot, type ImportedPlan, type SheetProblem } from './import';
export { PLAN_SHEETS } from './tables';
