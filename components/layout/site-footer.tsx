import { SOURCE_LINE } from "@/lib/labels";
import { IntentLink } from "./intent-link";
import { KoglMark } from "./kogl-mark";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.inner}`}>
        <KoglMark />
        <div className={styles.text}>
          <p>{SOURCE_LINE}</p>
          <p>
            <IntentLink href="/privacy" className={styles.privacy}>
              개인정보처리방침
            </IntentLink>
          </p>
        </div>
      </div>
    </footer>
  );
}
