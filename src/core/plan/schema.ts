/**
 * The plan as data: agencies, indicators (targets, milestones, inputs, aggregation) and tasks of one year's
 * Decision. The zod schema is the single definition; `Plan` and friends are inferred from it.
 */
import { z } from 'zod';
import { FORMULA_KINDS, kindOperands, type FormulaKind, type IndicatorFormula } from './formulas';

/** Kinds of agencies (cơ quan/đơn vị) that appear in a plan. */
export const AGENCY_KINDS = [
  'department', // sở, ban, ngành
  'office', // văn phòng UBND tỉnh
  'inspectorate', // thanh tra
  'police', // công an
  'procuracy', // viện kiểm sát
  'court', // tòa án
  'bank', // ngân hàng nhà nước
  'military', // bộ chỉ huy quân sự
  'border-guard', // bộ đội biên phòng
  'front', // mặt trận tổ quốc, đoàn thể
  'locality', // UBND cấp huyện/xã
] as const;

/** How an indicator's figure behaves over the year (docs/verdicts.md, "Value kind"). */
export const VALUE_KINDS = ['cumulative', 'level'] as const;

/** Directions a target can have. */
const DIRECTIONS = ['atLeast', 'atMost', 'about'] as const;

/** How a province-wide value is formed from agency values. */
const AGGREGATIONS = ['lead', 'sum', 'ratioOfSums'] as const;

/** What an indicator measures: drives range and fraction checks. */
const MEASURES = ['percent', 'amount', 'count'] as const;

/** The values an amendment may change. */
export const AMENDABLE_FIELDS = ['target', 'tolerance'] as const;

/** Most inputs one derived indicator may have (a template row has a cell for each). */
export const MAX_INPUTS = 12;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'date');

const text = z.string().trim().min(1);
const agencyId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'agencyId');
/** An agency id, "*" (every agency with the monthly reporting duty) or "kind:<kind>". */
const agencyRef = z.string().regex(/^(\*|kind:[a-z-]+|[a-z0-9]+(-[a-z0-9]+)*)$/, 'agencyRef');
const inputId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'inputId');
const finite = z.number().refine(Number.isFinite, 'finite');

/**
 * One agency: stable id, Vietnamese name, kind, and whether the Decision's monthly report applies to it; for a unit
 * that exists only part of the year, the days it is in force and the units it replaces or is replaced by (docs/plan.md,
 * "Reporting units with dates").
 */
const AgencySchema = z.strictObject({
  id: agencyId,
  name: text,
  nameEn: text.optional(),
  kind: z.enum(AGENCY_KINDS),
  /** Điều 2: sends the monthly report to the recipient before the due day. Also what "*" selects. */
  reportsMonthly: z.boolean(),
  /** First day the unit is in force (absent: since before the plan year). */
  from: isoDate.optional(),
  /** Last day the unit is in force (absent: to after the plan year). */
  to: isoDate.optional(),
  /** Units that ended the day before `from`, whose area or duties this one took over. */
  replaces: z.array(agencyId).min(1).optional(),
  /** Units that took this one's area or duties over from the day after `to`. */
  replacedBy: z.array(agencyId).min(1).optional(),
  /** The legal basis of the unit or of its dates, in words (e.g. a resolution and its article). */
  basis: text.optional(),
  /** The id of the plan's source (`sources`) its name and dates come from. */
  source: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'sourceId')
    .optional(),
});

/** A public source the plan cites (the names of new communes, a target set by another body …). */
const SourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'sourceId'),
  title: text,
  publisher: text.optional(),
  url: text.optional(),
  date: text.optional(),
  note: text.optional(),
});

/** A value an agency enters for a derived indicator (e.g. baseline days, current days). */
const InputSchema = z.strictObject({
  id: inputId,
  name: text,
  nameEn: text.optional(),
  unit: text,
  min: finite.optional(),
  max: finite.optional(),
  integer: z.boolean().optional(),
  /** A running total since 1 January (capital disbursed, houses completed): it can only grow (docs/verdicts.md). */
  cumulative: z.boolean().optional(),
});

/** The schema of one formula kind: its name, and for each operand an input id or a list of them (see ./formulas). */
function formulaKindSchema(kind: FormulaKind) {
  const fields = kindOperands(kind).map(({ operand, arity }) => [
    operand,
    arity === 'many' ? z.array(inputId).min(1) : inputId,
  ]);
  return z.strictObject({ kind: z.literal(kind), ...Object.fromEntries(fields) });
}

type FormulaKindSchema = ReturnType<typeof formulaKindSchema>;

/** How a derived indicator is computed from its inputs, in percent: one shape per kind of the registry. */
const FormulaSchema = z.discriminatedUnion(
  'kind',
  FORMULA_KINDS.map(formulaKindSchema) as [FormulaKindSchema, ...FormulaKindSchema[]],
) as unknown as z.ZodType<IndicatorFormula>;

/** A dated checkpoint before year end (e.g. 50% disbursed by 30 June). */
const MilestoneSchema = z.strictObject({
  date: isoDate,
  value: finite,
  label: text,
  labelEn: text.optional(),
  /** The text does not state it as a checkpoint for this indicator: the plan reads it so (suy luận). */
  inferred: z.boolean().optional(),
});

/** One quantitative target of the Decision. */
const IndicatorSchema = z.strictObject({
  id: z.string().regex(/^[A-Z]{2}\d{2}$/, 'indicatorId'),
  name: text,
  nameEn: text.optional(),
  unit: text,
  measure: z.enum(MEASURES),
  /**
   * cumulative: a running total since 1 January, judged at its milestones and once it reaches the annual target;
   * level: a rate or state meaningful any month, judged against the annual target when no milestone applies
   * (docs/verdicts.md). Absent in plans written before the verdict model: level.
   */
  valueKind: z.enum(VALUE_KINDS).default('level'),
  direction: z.enum(DIRECTIONS),
  /**
   * atLeast: below target but within `tolerance` is "near"; atMost: above but within it is "near";
   * about: within ±tolerance is "met", within ±2×tolerance "near".
   */
  tolerance: finite.min(0),
  target: finite,
  milestones: z.array(MilestoneSchema),
  baseline: z.strictObject({ year: z.number().int(), value: finite, source: text }).optional(),
  /** Plausible range of values an agency can report (e.g. 0–100 for a share). */
  min: finite.optional(),
  max: finite.optional(),
  lead: agencyId,
  /** The clause names no lead for this indicator: the plan chose it (shown "suy luận" wherever the lead is shown). */
  leadInferred: z.boolean().optional(),
  reporters: z.array(agencyRef).min(1),
  /** The text does not say who reports the figure: the plan chose the reporters (suy luận). */
  reportersInferred: z.boolean().optional(),
  /** What agencies type: every input is read by the formula exactly once. */
  inputs: z.array(InputSchema).max(MAX_INPUTS),
  formula: FormulaSchema.optional(),
  aggregation: z.enum(AGGREGATIONS),
  clause: text,
  note: text.optional(),
});

/** A deadline stated in the Decision for a task. */
const DeadlineSchema = z.strictObject({ date: isoDate, label: text, labelEn: text.optional() });

/** One numbered assignment (1.1–12.2) or reporting duty. */
const TaskSchema = z.strictObject({
  id: z.string().regex(/^(NV\d{1,2}\.\d{1,2}|BC\d{1,2})$/, 'taskId'),
  kind: z.enum(['assignment', 'reporting']),
  title: text,
  titleEn: text.optional(),
  lead: z.array(agencyRef).min(1),
  /** The text does not name this lead: the plan chose it (suy luận). */
  leadInferred: z.boolean().optional(),
  collaborators: z.array(agencyRef),
  deadlines: z.array(DeadlineSchema),
  /** Due every month by `reporting.dueDay` (Điều 2). */
  monthly: z.boolean().optional(),
  clause: text,
});

/** Reporting settings: kept as data, not constants (Decree 09/2019/NĐ-CP data window; Điều 2 due day). */
const ReportingSchema = z.strictObject({
  recipient: agencyId,
  dueDay: z.number().int().min(1).max(28),
  /**
   * Whether the due day itself is on time: "chậm nhất ngày 18" (inclusive) or "trước ngày 18" (not: the 17th is the
   * last day on time, as the Decision's Điều 2 says). Absent in older plans: inclusive.
   */
  dueInclusive: z.boolean().default(true),
  /** Data window: from this day of the previous month … */
  windowStartDay: z.number().int().min(1).max(28),
  /** … to this day of the reporting month. */
  windowEndDay: z.number().int().min(1).max(28),
  basis: text,
  /** Form numbers printed on the templates; absent: "Biểu số 01/BC-KTXH" (indicators), "Biểu số 02/BC-KTXH" (tasks). */
  indicatorsForm: text.optional(),
  tasksForm: text.optional(),
  /**
   * How a form lists the tasks addressed to every agency ("*") that have no dated deadline: on one row for all
   * ("grouped", the default) or each on its own row ("separate"). Dated ones always have their own (docs/forms.md).
   */
  commonTasks: z.enum(['grouped', 'separate']).optional(),
});

/**
 * The Decision the plan comes from. Its number and date are absent where the text does not state them (shown
 * "không ghi trong văn bản nguồn"); `note` says where a candidate found elsewhere comes from.
 */
const DecisionSchema = z.strictObject({
  title: text.optional(),
  number: text.optional(),
  date: isoDate.optional(),
  source: text,
  note: text.optional(),
});

/** One amended value: an indicator's target or tolerance, from the amendment's date on. */
const ChangeSchema = z.strictObject({
  indicator: z.string().regex(/^[A-Z]{2}\d{2}$/, 'indicatorId'),
  field: z.enum(AMENDABLE_FIELDS),
  value: finite,
});

/**
 * A later decision that amends the plan: version 2, 3 … in order, in force from `date` (the periods whose data window
 * ends on or after it are judged against the amended values), its basis, and what it changes.
 */
const AmendmentSchema = z.strictObject({
  version: z.number().int().min(2),
  date: isoDate,
  basis: text,
  changes: z.array(ChangeSchema).min(1),
});

/** The whole plan file (seeds/<plan>/plan.json). */
export const PlanSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'planId'),
  year: z.number().int().min(2000).max(2100),
  title: text,
  titleEn: text.optional(),
  /** An illustration, not a plan anyone issued: shells say so wherever they name it. */
  example: z.boolean().optional(),
  issuer: text,
  decision: DecisionSchema,
  reporting: ReportingSchema,
  agencies: z.array(AgencySchema).min(1),
  indicators: z.array(IndicatorSchema),
  tasks: z.array(TaskSchema),
  /** Amendments, oldest first; the plan's version is 1 + their number. */
  amendments: z.array(AmendmentSchema).optional(),
  /** Public sources cited by agencies (`source`) and notes. */
  sources: z.array(SourceSchema).optional(),
});

/** A plan (validated). */
export type Plan = z.infer<typeof PlanSchema>;
/** An agency of a plan. */
export type Agency = z.infer<typeof AgencySchema>;
/** An indicator of a plan. */
export type Indicator = z.infer<typeof IndicatorSchema>;
/** An input a derived indicator is computed from. */
export type IndicatorInput = z.infer<typeof InputSchema>;
/** A dated milestone. */
export type Milestone = z.infer<typeof MilestoneSchema>;
/** A task of a plan. */
export type Task = z.infer<typeof TaskSchema>;
/** An amendment of a plan. */
export type Amendment = z.infer<typeof AmendmentSchema>;
/** A public source a plan cites. */
export type CitedSource = z.infer<typeof SourceSchema>;
/** A value an amendment may change. */
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];
/** Kind of agency. */
export type AgencyKind = (typeof AGENCY_KINDS)[number];
/** Target direction. */
export type Direction = (typeof DIRECTIONS)[number];
/** Aggregation rule. */
export type Aggregation = (typeof AGGREGATIONS)[number];
/** What an indicator measures. */
export type Measure = (typeof MEASURES)[number];
