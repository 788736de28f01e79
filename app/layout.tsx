import type { Metadata, Viewport } from "next";
import { getOrganisation } from "@/lib/data/organisation";
import { siteTitle } from "@/lib/organisation";
import { hangulFont, rareHangulFont, siteFont } from "./fonts/site-fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const org = await getOrganisation();
  const title = siteTitle(org);
  return {
    title: { default: `성과 — ${title}`, template: `%s | ${title}` },
    description: `${org.name}의 주요 성과와 기관표창 수상 실적, 인센티브를 한눈에 봅니다.`,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko" className={`${siteFont.variable} ${hangulFont.variable} ${rareHangulFont.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          본문 바로가기
        </a>
        {children}
      </body>
    </html>
  );
}
