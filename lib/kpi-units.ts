import type { MoneyStyle } from "@/db/schema";
import { shiftDecimal, unshiftDecimal } from "./money";

/** The unit a person types a KPI value in: money KPIs in 억원 or 만원, others as stored. */
export function inputUnit(unit: string, moneyStyle: MoneyStyle | null): { label: string; places: number } {
  if (unit === "원" && moneyStyle)
    return moneyStyle === "man" ? { label: "만원", places: 4 } : { label: "억원", places: 8 };
  return { label: unit, places: 0 };
}

/** Typed value → stored value (integer won for money). Null when the input is finer than a won. */
export function toStoredValue(typed: string, unit: string, moneyStyle: MoneyStyle | null): string | null {
  const { places } = inputUnit(unit, moneyStyle);
  return places ? shiftDecimal(typed, places) : typed;
}

export function toTypedValue(stored: string, unit: string, moneyStyle: MoneyStyle | null): string {
  const { places } = inputUnit(unit, moneyStyle);
  return places ? unshiftDecimal(stored, places) : stored;
}
