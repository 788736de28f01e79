import { NextResponse, type NextRequest } from "next/server";

/** Where the dashboard's year form (GET ?year=) lands: on to that year's prerendered page. */
export function GET(request: NextRequest) {
  const year = request.nextUrl.searchParams.get("year") ?? "";
  const target = /^\d{4}$/.test(year) ? `/years/${year}` : "/";
  return NextResponse.redirect(new URL(target, request.nextUrl.origin), 303);
}
