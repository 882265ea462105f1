/** @module First paint of a page in Chromium (Debian's /usr/bin/chromium through playwright-core), in milliseconds. */
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export interface PaintTimes {
  /** Browser-reported first-contentful-paint, from navigation start. */
  readonly firstContentfulPaint: number[];
  /** DOMContentLoaded, from navigation start. */
  readonly domContentLoaded: number[];
  readonly bytes: number;
}

// A string, not a function: the transform that runs this file would add helpers the page does not have.
const READ_TIMINGS = `new Promise((resolve) => {
  const read = () => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const nav = performance.getEntriesByType("navigation")[0];
    if (!paint) return setTimeout(read, 20);
    resolve({ fcp: paint.startTime, dcl: nav ? nav.domContentLoadedEventEnd : -1, bytes: nav ? nav.transferSize : -1 });
  };
  read();
})`;

/** Opens `url` in a fresh page `runs` times and reads the paint timings; null when Chromium is absent. */
export async function measureFirstPaint(url: string, runs: number): Promise<PaintTimes | null> {
  if (!existsSync(CHROMIUM)) return null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const fcp: number[] = [];
  const dcl: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      const timing = (await page.evaluate(READ_TIMINGS)) as { fcp: number; dcl: number; bytes: number };
      fcp.push(timing.fcp);
      dcl.push(timing.dcl);
      bytes = timing.bytes;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { firstContentfulPaint: fcp, domContentLoaded: dcl, bytes };
}
