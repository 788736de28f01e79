import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** An error page in the public frame: banner, header and footer around a heading and what to do next. */
export function ErrorFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container narrow">
        <h1>{title}</h1>
        {children}
        <p>
          <a href="/">대시보드로 가기</a>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
