import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { seedKpis } from "@/db/seed/kpis";
import { JINCHEON } from "@/db/seed/organisation";
import { licenceOf } from "@/lib/organisation";

const LICENSE = licenceOf(JINCHEON);
import { seededDb } from "@/test/db";
import { GET } from "./route";

await seededDb();

async function get(query = "") {
  const res = await GET(new NextRequest(`http://localhost/api/v1/kpis${query}`));
  return { res, body: await res.json() };
}

type KpiJson = { slug: string; name: string; target: unknown; values: { value: string; formatted: string }[] };

describe("GET /api/v1/kpis", () => {
  it("lists every KPI with its values, exact and as printed", async () => {
    const { res, body } = await get();
    expect(res.status).toBe(200);
    expect(body.license).toEqual(LICENSE);
    expect(body.data).toHaveLength(seedKpis.length);
    const fertility = body.data.find((k: KpiJson) => k.name === "합계출산율");
    expect(fertility).toEqual({
      slug: "fertility-rate",
      name: "합계출산율",
      area: { slug: "population", title: expect.any(String) },
      unit: "명",
      moneyStyle: null,
      // The source names no owner: the county's assignment is not published as fact.
      department: null,
      source: "진천군 「주요 군정 성과」(2023)",
      headline: true,
      target: null,
      values: [
        {
          // The source names no year for it ("전국 0.778명" is 2022's national rate): no period, said plainly.
          period: "출처에 기간 표시 없음",
          periodKind: "none",
          periodFrom: null,
          periodTo: null,
          periodEnd: null,
          value: "1.107",
          formatted: "1.107명",
          notes: [
            { kind: "comparison", label: "도내 1위", value: null, unit: null },
            { kind: "reference", label: "전국", value: "0.778", unit: "명" },
            { kind: "reference", label: "충북도", value: "0.871", unit: "명" },
          ],
        },
      ],
    });
  });

  it("keeps money in integer won beside the printed form, targets included", async () => {
    const { body } = await get();
    const bySlug = new Map<string, KpiJson>(body.data.map((k: KpiJson) => [k.slug, k]));
    expect(bySlug.get("investment-2023")!.values[0]).toMatchObject({ value: "1219000000000", formatted: "12,190억원" });
    expect(bySlug.get("grdp")!.values[0].formatted).toBe("8조 1,054억원");
    expect(bySlug.get("grdp-per-farm")!.target).toEqual({
      value: "65000000",
      label: "민선 8기 목표",
      formatted: "6,500만원",
    });
  });

  it.each([
    ["year=2023", "year"],
    ["area=economy", "area"],
    ["%3Cscript%3E=1", "<script>"],
  ])("takes no parameters: ?%s → 400 naming %s", async (query, parameter) => {
    const { res, body } = await get(`?${query}`);
    expect(res.status).toBe(400);
    expect(body.error).toMatchObject({ code: "invalid_parameter", parameter });
  });
});
