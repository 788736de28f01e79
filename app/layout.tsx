import type { Metadata, Viewport } from "next";
import { hangulFont, siteFont } from "./fonts/site-fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "성과 — 진천군 주요 군정 성과", template: "%s | 진천군 주요 군정 성과" },
  description: "진천군의 주요 군정 성과와 2023년 기관표창 수상 실적, 인센티브를 한눈에 봅니다.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko" className={`${siteFont.variable} ${hangulFont.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          본문 바로가기
        </a>
        {children}
      </body>
    </html>
  );
}
