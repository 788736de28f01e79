import { z } from "zod";
import { PERIOD_KINDS, type PeriodKind } from "@/db/schema";
import { emptyToUndefined } from "./text";
import { YEAR_MIN, yearField } from "./year";

/**
 * The one model of a figure's period, as sources give them: a year, a half, a quarter, a month, a
 * span between two of those, a date, or none ("출처에 기간 표시 없음"). The edition a figure was
 * published in is not its period: a source that names none gets "none", never the edition's year.
 *
 * A point is written "2023", "2023-H1", "2023-Q3", "2023-05" or "2023-05-03"; a span runs from one
 * point to another. The stored row keeps the shown label, the kind, both points and a sortable end.
 */
export type KpiPeriod =
  | { kind: "year"; year: number }
  | { kind: "half"; year: number; half: 1 | 2 }
  | { kind: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: "month"; year: number; month: number }
  | { kind: "date"; date: string }
  | { kind: "span"; from: string; to: string }
  | { kind: "none" };

/** How a period is stored, on a kpi_values row and in a proposal's payload. */
export type PeriodFields = {
  period: string;
  periodKind: PeriodKind;
  periodFrom: string | null;
  periodTo: string | null;
  periodEnd: string | null;
};

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  year: "연간",
  half: "반기",
  quarter: "분기",
  month: "월",
  span: "여러 해에 걸친 기간",
  date: "특정 날짜",
  none: "출처에 기간 표시 없음",
};

export const NO_PERIOD_LABEL = PERIOD_KIND_LABELS.none;

const POINT = /^(\d{4})(?:-(H[12]|Q[1-4]|(?:0[1-9]|1[0-2]))(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** "2023-H1" → "2023 상반기"; "2023-05" → "2023년 5월"; "2023-05-03" → "2023년 5월 3일". */
function pointLabel(point: string): string {
  const [, year, part, day] = POINT.exec(point) ?? [];
  if (!year) return point;
  if (!part) return year;
  if (part === "H1" || part === "H2") return `${year} ${part === "H1" ? "상반기" : "하반기"}`;
  if (part.startsWith("Q")) return `${year} ${part.slice(1)}분기`;
  return `${year}년 ${Number(part)}월${day ? ` ${Number(day)}일` : ""}`;
}

/** The last month a point covers, "YYYY-MM" (a date keeps its day), so periods sort by when they end. */
function pointEnd(point: string): string {
  const [, year, part, day] = POINT.exec(point) ?? [];
  if (!part) return `${year}-12`;
  if (part === "H1" || part === "H2") return `${year}-${part === "H1" ? "06" : "12"}`;
  if (part.startsWith("Q")) return `${year}-${String(Number(part.slice(1)) * 3).padStart(2, "0")}`;
  return day ? `${year}-${part}-${day}` : `${year}-${part}`;
}

function points(p: KpiPeriod): [string, string] | null {
  switch (p.kind) {
    case "year":
      return [String(p.year), String(p.year)];
    case "half":
      return [`${p.year}-H${p.half}`, `${p.year}-H${p.half}`];
    case "quarter":
      return [`${p.year}-Q${p.quarter}`, `${p.year}-Q${p.quarter}`];
    case "month": {
      const point = `${p.year}-${String(p.month).padStart(2, "0")}`;
      return [point, point];
    }
    case "date":
      return [p.date, p.date];
    case "span":
      return [p.from, p.to];
    case "none":
      return null;
  }
}

export function periodFields(p: KpiPeriod): PeriodFields {
  const pair = points(p);
  if (!pair) return { period: NO_PERIOD_LABEL, periodKind: "none", periodFrom: null, periodTo: null, periodEnd: null };
  const [from, to] = pair;
  const period = from === to ? pointLabel(from) : `${pointLabel(from)} ~ ${pointLabel(to)}`;
  return { period, periodKind: p.kind, periodFrom: from, periodTo: to, periodEnd: pointEnd(to) };
}

/** A stored period back as the model; null when a row's points do not read (its label still shows). */
export function periodFromFields(f: Pick<PeriodFields, "periodKind" | "periodFrom" | "periodTo">): KpiPeriod | null {
  if (f.periodKind === "none") return { kind: "none" };
  const from = f.periodFrom ? POINT.exec(f.periodFrom) : null;
  if (!from || !f.periodTo || !POINT.test(f.periodTo)) return null;
  const year = Number(from[1]);
  const part = from[2] ?? "";
  switch (f.periodKind) {
    case "year":
      return { kind: "year", year };
    case "half":
      return { kind: "half", year, half: part === "H1" ? 1 : 2 };
    case "quarter":
      return { kind: "quarter", year, quarter: Number(part.slice(1)) as 1 | 2 | 3 | 4 };
    case "month":
      return { kind: "month", year, month: Number(part) };
    case "date":
      return { kind: "date", date: f.periodFrom! };
    case "span":
      return { kind: "span", from: f.periodFrom!, to: f.periodTo };
  }
}

/** The calendar year a period ends in (the year whose closing locks it); null for none. */
export function periodYear(p: KpiPeriod): number | null {
  const pair = points(p);
  return pair ? Number(pair[1].slice(0, 4)) : null;
}

const choice = (max: number, message: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: message }).int({ error: message }).min(1, { error: message }).max(max, { error: message }),
  );
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The period part of a form: 기간 종류 (`periodKind`) and the fields that kind needs (`year`, `half`,
 * `quarter`, `month`, `date`, `fromYear`/`toYear`). Fields another kind would use are ignored.
 */
export const periodFormShape = {
  periodKind: z.enum(PERIOD_KINDS, { error: "기간 종류를 선택해 주세요." }),
  year: z.unknown().optional(),
  half: z.unknown().optional(),
  quarter: z.unknown().optional(),
  month: z.unknown().optional(),
  date: z.unknown().optional(),
  fromYear: z.unknown().optional(),
  toYear: z.unknown().optional(),
};

type PeriodFormFields = z.output<z.ZodObject<typeof periodFormShape>>;

/** Reads the period fields of a parsed form; problems become issues on the field they concern. */
export function readPeriodForm(f: PeriodFormFields, ctx: z.RefinementCtx): KpiPeriod {
  const read = <T>(field: string, schema: z.ZodType<T>, value: unknown): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [field], message: issue.message });
      return undefined as T;
    }
    return parsed.data;
  };
  switch (f.periodKind) {
    case "none":
      return { kind: "none" };
    case "date": {
      const date = read(
        "date",
        z.string({ error: "날짜를 입력해 주세요." }).regex(DATE, { error: "날짜를 2023-05-03처럼 입력해 주세요." }),
        f.date,
      );
      if (date && Number(date.slice(0, 4)) < YEAR_MIN)
        ctx.addIssue({ code: "custom", path: ["date"], message: `날짜는 ${YEAR_MIN}년 이후여야 합니다.` });
      return { kind: "date", date };
    }
    case "span": {
      const from = read("fromYear", yearField("시작 연도"), f.fromYear);
      const to = read("toYear", yearField("끝 연도"), f.toYear);
      if (from !== undefined && to !== undefined && from >= to)
        ctx.addIssue({ code: "custom", path: ["toYear"], message: "끝 연도는 시작 연도보다 뒤여야 합니다." });
      return { kind: "span", from: String(from), to: String(to) };
    }
    default: {
      const year = read("year", yearField("연도"), f.year);
      if (f.periodKind === "year") return { kind: "year", year };
      if (f.periodKind === "half")
        return {
          kind: "half",
          year,
          half: read("half", choice(2, "상반기나 하반기를 선택해 주세요."), f.half) as 1 | 2,
        };
      if (f.periodKind === "quarter")
        return {
          kind: "quarter",
          year,
          quarter: read("quarter", choice(4, "분기를 선택해 주세요."), f.quarter) as 1 | 2 | 3 | 4,
        };
      return { kind: "month", year, month: read("month", choice(12, "월을 선택해 주세요."), f.month) };
    }
  }
}

export const periodFormSchema = z.object(periodFormShape).transform(readPeriodForm);

/** A stored period as the form's fields, so correcting a value keeps its period exactly. */
export function periodFormValues(f: PeriodFields): Record<string, string> | null {
  const p = periodFromFields(f);
  if (!p) return null;
  switch (p.kind) {
    case "none":
      return { periodKind: "none" };
    case "date":
      return { periodKind: "date", date: p.date };
    case "span": {
      // The form writes spans of whole years; a span between halves is corrected by a planner in place.
      if (!/^\d{4}$/.test(p.from) || !/^\d{4}$/.test(p.to)) return null;
      return { periodKind: "span", fromYear: p.from, toYear: p.to };
    }
    case "year":
      return { periodKind: "year", year: String(p.year) };
    case "half":
      return { periodKind: "half", year: String(p.year), half: String(p.half) };
    case "quarter":
      return { periodKind: "quarter", year: String(p.year), quarter: String(p.quarter) };
    case "month":
      return { periodKind: "month", year: String(p.year), month: String(p.month) };
  }
}

export const PERIOD_KIND_OPTIONS = PERIOD_KINDS.map((value) => ({ value, label: PERIOD_KIND_LABELS[value] }));
