// Shared test data and small helpers for the specs (content read from the app's own JSON).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { expectedScore } from './codes';

export const TESTS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_DIR = path.resolve(TESTS_DIR, '..', '..');
export const CONTENT_DIR = path.join(REPO_DIR, 'assets', 'content');

export type Lang = 'id' | 'en';
export type Bi = { id: string; en: string };
export const LANGS: Lang[] = ['en', 'id'];

/** The origin the release build is served from (E2E_PORT picks the port; 4173 by default). */
export const APP_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, name), 'utf8')) as T;
}

export type Finding = { slug: string; section: string; short: Bi; term: Bi; summary: Bi; body: Bi[]; quote?: { text: string } };
/** A finding's heading as the app builds it: its name, then Chapter V's term when that says something else. */
export const heading = (f: Finding, lang: Lang): string =>
  f.short[lang].toLowerCase() === f.term[lang].toLowerCase() ? f.short[lang] : `${f.short[lang]} · ${f.term[lang]}`;
export type Action = { slug: string; form: string; direction: 'one-way' | 'two-way'; label: Bi };
type FindingsFile = {
  families: { slug: string; title: Bi; section: string }[];
  findings: Finding[];
  actions: Action[];
  pages: { slug: string; title: Bi; section: string }[];
};
export const FINDINGS = readJson<FindingsFile>('findings.json');
export const finding = (slug: string): Finding => {
  const f = FINDINGS.findings.find((x) => x.slug === slug);
  if (!f) throw new Error(`no finding ${slug}`);
  return f;
};
export type Construct = {
  slug: string;
  family: string;
  label: Bi;
  items: { slug: string; part?: string }[];
  parts?: { slug: string; label: Bi }[];
};
export const QUIZ = readJson<{ version: number; constructs: Construct[] }>('quiz.json');
export const ITEM_COUNT = QUIZ.constructs.reduce((n, c) => n + c.items.length, 0);
/** The first statement of each part after the first: a run of constructs of one family is a
 * part, and a pause comes before each of these. */
export const PART_STARTS: number[] = (() => {
  const starts: number[] = [];
  let at = 0;
  QUIZ.constructs.forEach((c, i) => {
    if (i > 0 && QUIZ.constructs[i - 1].family !== c.family) starts.push(at);
    at += c.items.length;
  });
  return starts;
})();

/**
 * Expected scores of an answer pattern (0 unanswered, 1..5 a value, 6 skipped), by row id:
 * a construct's slug, or `construct/part` for each part of a construct reported as parts
 * (whose own entry is then its placing score, its highest part). `null`: not enough answers.
 */
export function expectedRowScores(bits: number[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  let offset = 0;
  const score = (values: number[], total: number) =>
    expectedScore(values.filter((v) => v >= 1 && v <= 5), total);
  for (const c of QUIZ.constructs) {
    const mine = bits.slice(offset, offset + c.items.length);
    offset += c.items.length;
    if (!c.parts?.length) {
      out[c.slug] = score(mine, c.items.length);
      continue;
    }
    const parts = c.parts.map((p) => {
      const of = c.items.map((it, i) => (it.part === p.slug ? mine[i] : -1)).filter((v) => v !== -1);
      const s = score(of, of.length);
      out[`${c.slug}/${p.slug}`] = s;
      return s;
    });
    const scored = parts.filter((s): s is number => s !== null);
    out[c.slug] = scored.length ? Math.max(...scored) : null;
  }
  return out;
}

/** Result codes made by the build that shipped `version`, with their answers. */
const frozenCodes = (version: number): { code: string; bits: number[] }[] =>
  fs
    .readFileSync(path.join(REPO_DIR, 'tests', 'fixtures', `v${version}-codes.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [code, digits] = line.split(' ');
      return { code, bits: [...digits].map(Number) };
    });
/** Version 1 result codes made by the build that shipped version 1. */
export const V1_CODES = frozenCodes(1);
/** Version 2 result codes made by the build that shipped version 2. */
export const V2_CODES = frozenCodes(2);
export const GLOSSARY = readJson<{ terms: { slug: string; term: Bi }[] }>('glossary.json');

export const APP_TITLE: Record<Lang, string> = {
  en: 'Why followers follow micro influencers',
  id: 'Mengapa follower mengikuti micro influencer',
};

/** The overview's heading: the first screen's hook, in a follower's voice. */
export const HOOK: Record<Lang, string> = {
  en: "I like their posts, comment, answer their stories. It feels like we're close.",
  id: 'Saya menyukai postingannya, berkomentar, membalas story-nya. Rasanya kami dekat.',
};

export const FAMILY_NODES: Record<string, string[]> = {
  motivations: ['emotional-arousal', 'attraction', 'bandwagon', 'role-model'],
  interactions: ['applause', 'conversation', 'amplification'],
  benefits: ['information', 'entertainment'],
};
export const FINDING_SLUGS = Object.values(FAMILY_NODES).flat();
export const familyOf = (node: string) =>
  Object.keys(FAMILY_NODES).find((f) => FAMILY_NODES[f].includes(node))!;

/** The reading order used by the pager, as route folders below the language ('' is the overview). */
export const READING_ORDER: string[] = [
  '',
  ...['motivations', 'interactions'].flatMap((f) => [f, ...FAMILY_NODES[f].map((n) => `${f}/${n}`)]),
  'parasocial',
  'benefits',
  ...FAMILY_NODES.benefits.map((n) => `benefits/${n}`),
  'recommendations',
  'about',
  'references',
  'glossary',
];

const familyTitle = (slug: string) => FINDINGS.families.find((f) => f.slug === slug)!.title;
const pageTitle = (slug: string) => FINDINGS.pages.find((p) => p.slug === slug)!.title;

/** The h1 of results opened by someone without those answers saved. */
export const RESULTS_SHARED: Bi = { id: 'Hasil refleksi yang dibagikan kepada Anda', en: 'Reflection results shared with you' };
/** The h1 of the reader's own results. */
export const RESULTS_OWN: Bi = { id: 'Hasil refleksi Anda', en: 'Your reflection results' };

/** The expected h1 of each stable route (`motivations/bandwagon`, `results/CODE`, '' for the overview). */
export function expectedH1(route: string, lang: Lang): string {
  const parts = route.split('/').filter(Boolean);
  const fixed: Record<string, Bi> = {
    about: { id: 'Tentang penelitian', en: 'About the study' },
    references: { id: 'Referensi', en: 'References' },
    glossary: { id: 'Glosarium', en: 'Glossary' },
    quiz: { id: 'Kuis refleksi: Anda dan micro influencer Anda', en: 'Reflection quiz: you and your micro influencer' },
    // A results page whose reader is not known (no JavaScript) or whose code cannot be read.
    results: { id: 'Hasil refleksi', en: 'Reflection results' },
    teach: {
      id: 'Untuk dosen: sematkan, tautkan, lihat profil kelas',
      en: 'For lecturers: embed, link, see your class profile',
    },
    parasocial: pageTitle('parasocial'),
    recommendations: pageTitle('recommendations'),
  };
  if (parts.length === 0) return HOOK[lang];
  // A full-length code (27 characters) opens, in a browser without those answers saved, as
  // results shared with the reader; a shorter one cannot be read.
  if (parts[0] === 'results' && (parts[1]?.length ?? 0) >= 27) return RESULTS_SHARED[lang];
  if (FAMILY_NODES[parts[0]]) return familyTitle(parts[0])[lang];
  const t = fixed[parts[0]];
  if (!t) throw new Error(`no h1 known for ${route}`);
  return t[lang];
}

/** Section label as the app prints it. */
export const sectionLabel = (section: string, lang: Lang) =>
  lang === 'en' ? `Chapter V, section ${section}` : `Bab V, subbab ${section}`;

/** Opens an app URL and waits until the app has mounted. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await appReady(page);
}

/** Opens an app URL as a fresh visit, a new document even where the address differs from the
 * current one only in its hash, and waits until the app has mounted. */
export async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await openApp(page, url);
}

/**
 * Waits until the app has mounted (`<html data-ready="true">`). The page itself watches for it
 * in every frame it paints, so the test goes on as soon as the app is ready, not at the next
 * retry of a web-first assertion, which backs off to half a second. The assertion then reports
 * a page that never gets ready.
 */
export async function appReady(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { polling: 'raf', timeout: 10_000 })
    .catch(() => {});
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/**
 * Waits until the whole of the results is shown: their first screen (the summary and the card)
 * is painted first and the rest in stages just after, the results marked `aria-busy` until the last.
 */
export async function resultsShown(where: Page | FrameLocator): Promise<void> {
  const results = where.getByTestId('results');
  await expect(results).toBeVisible();
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
}

/** Test ids for describe/test titles. */
export const routeName = (route: string) => route || '(overview)';

/**
 * The page URL of a route (`motivations/bandwagon` → `/en/motivations/bandwagon/`); a results
 * route carries its code in the fragment (`results/CODE` → `/en/results/#CODE`).
 */
export const pagePath = (route: string, lang: Lang): string => {
  const [folder, code] = route.startsWith('results/') ? ['results', route.slice('results/'.length)] : [route, ''];
  return `/${lang}/${folder ? folder + '/' : ''}${code ? '#' + code : ''}`;
};

/** The page's current path (`/en/motivations/`). */
export const pathnameOf = (page: Page): Promise<string> => page.evaluate(() => location.pathname);
