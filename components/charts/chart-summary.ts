/**
 * Korean sentences that say what a bar chart shows, for readers who cannot see it.
 * "충청북도가 23건으로 가장 많고, 다음은 행정안전부와 보건복지부 각 9건, 교육부 2건 순입니다."
 */
import { withParticle } from "@/lib/korean";

export type RankedItem = { label: string; value: number; display: string };

const MAX_NAMED = 3;

/** "A", "A와 B", "A, B와 C", or "A, B 등 12개" when many share a value. */
function joinNames(labels: string[]): string {
  if (labels.length > MAX_NAMED) return `${labels.slice(0, 2).join(", ")} 등 ${labels.length}개`;
  if (labels.length === 1) return labels[0];
  return `${labels
    .slice(0, -2)
    .map((l) => `${l}, `)
    .join("")}${withParticle(labels.at(-2)!, "과/와")} ${labels.at(-1)}`;
}

/** Items with the same value, largest value first, keeping the given order within a tie. */
function tiers(items: RankedItem[]): RankedItem[][] {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const result: RankedItem[][] = [];
  for (const item of sorted) {
    const last = result.at(-1);
    if (last && last[0].value === item.value) last.push(item);
    else result.push([item]);
  }
  return result;
}

function tierText(tier: RankedItem[]): { names: string; amount: string } {
  return { names: joinNames(tier.map((i) => i.label)), amount: `${tier.length > 1 ? "각 " : ""}${tier[0].display}` };
}

/** The leader and the next two values, in one sentence. */
export function describeRanking(items: RankedItem[]): string {
  const [first, ...rest] = tiers(items);
  if (!first) return "표시할 자료가 없습니다.";
  const lead = tierText(first);
  const head = `${withParticle(lead.names, "이/가")} ${withParticle(lead.amount, "으로/로")} 가장 많`;
  if (rest.length === 0) return `${head}습니다.`;
  const next = rest.slice(0, 2).map((tier) => {
    const t = tierText(tier);
    return `${t.names} ${t.amount}`;
  });
  return `${head}고, 다음은 ${next.join(", ")} 순입니다.`;
}
