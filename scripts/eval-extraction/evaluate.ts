import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDirectives } from '../../src/extraction/directive-extractor';
import { extractIndicators } from '../../src/extraction/indicator-extractor';
import { UnitMatcher } from '../../src/extraction/unit-matcher';

export const FIELDS = [
  'directive',
  'leadUnit',
  'deadlineDate',
  'indicatorValue',
  'indicatorUnit',
  'changePct',
] as const;
export type Field = (typeof FIELDS)[number];
export type Split = 'tuning' | 'heldout';

interface LabelledDirective {
  anchor: string;
  lead: string | null;
  dueDate: string | null;
}
interface LabelledIndicator {
  anchor: string;
  value: number | null;
  unit: string | null;
  changeFromPreviousPct: number | null;
  changeFromLastYearPct: number | null;
  planPct: number | null;
}
export interface CorpusText {
  id: string;
  date: string;
  text: string;
  directives: LabelledDirective[];
  indicators: LabelledIndicator[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export const corpusDir = (root = process.cwd()) => join(root, 'test', 'fixtures', 'extraction');

export function loadCorpus(split: Split, root?: string): CorpusText[] {
  const dir = join(corpusDir(root), split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusText);
}

export function loadDepartments(root?: string): Array<{ id: number; name: string }> {
  const list = JSON.parse(readFileSync(join(corpusDir(root), 'departments.json'), 'utf8')) as Array<{ name: string }>;
  return list.map((d, i) => ({ id: i + 1, name: d.name }));
}

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const normUnit = (u: string | null) => (u ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Precision, recall and F1 per field. A prediction matches a label when its
 * source span covers the label's anchor (one to one, in order). A field counts
 * a true positive when both sides have the same non-empty value, a false
 * positive for a predicted value that is wrong or has no label, a false
 * negative for a labelled value not predicted.
 */
export function evaluate(texts: CorpusText[], departments: Array<{ id: number; name: string }>) {
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Field,
    { tp: number; fp: number; fn: number }
  >;
  const misses: string[] = [];
  const matcher = new UnitMatcher(departments);
  const nameOf = (id: number | null) => (id === null ? null : departments.find((d) => d.id === id)!.name);
  const field = (f: Field, predicted: unknown, labelled: unknown, eq: (a: any, b: any) => boolean, where: string) => {
    const c = counts[f];
    const has = (v: unknown) => v !== null && v !== undefined;
    if (has(predicted) && has(labelled) && eq(predicted, labelled)) c.tp++;
    else {
      if (has(predicted)) c.fp++;
      if (has(labelled)) c.fn++;
      if (has(predicted) || has(labelled))
        misses.push(`${where} ${f}: predicted ${JSON.stringify(predicted)}, labelled ${JSON.stringify(labelled)}`);
    }
  };

  for (const t of texts) {
    const drafts = extractDirectives(t.text, { departments, date: t.date, matcher });
    const usedDrafts = new Set<number>();
    for (const label of t.directives) {
      const at = t.text.indexOf(label.anchor);
      const i = drafts.findIndex((d, k) => !usedDrafts.has(k) && d.sourceSpan.start <= at && at < d.sourceSpan.end);
      const where = `${t.id} «${label.anchor}»`;
      if (i < 0) {
        counts.directive.fn++;
        misses.push(`${where} directive: not found`);
        field('leadUnit', null, label.lead, Object.is, where);
        field('deadlineDate', null, label.dueDate, Object.is, where);
        continue;
      }
      usedDrafts.add(i);
      counts.directive.tp++;
      field('leadUnit', nameOf(drafts[i].leadDepartmentId), label.lead, (a, b) => a === b, where);
      field('deadlineDate', drafts[i].dueDate, label.dueDate, (a, b) => a === b, where);
    }
    drafts.forEach((d, k) => {
      if (usedDrafts.has(k)) return;
      const where = `${t.id} «${t.text.slice(d.sourceSpan.start, d.sourceSpan.start + 40)}…»`;
      counts.directive.fp++;
      misses.push(`${where} directive: not labelled`);
      field('leadUnit', nameOf(d.leadDepartmentId), null, Object.is, where);
      field('deadlineDate', d.dueDate, null, Object.is, where);
    });

    const found = extractIndicators(t.text);
    const used = new Set<number>();
    const changes = (
      x: { changeFromPreviousPct: number | null; changeFromLastYearPct: number | null; planPct: number | null } | null,
    ) => (x ? [x.changeFromPreviousPct, x.changeFromLastYearPct, x.planPct] : [null, null, null]);
    for (const label of t.indicators) {
      const at = t.text.indexOf(label.anchor);
      const i = found.findIndex((x, k) => !used.has(k) && x.sourceSpan.start <= at && at < x.sourceSpan.end);
      const p = i >= 0 ? found[i] : null;
      if (i >= 0) used.add(i);
      const where = `${t.id} «${label.anchor}»`;
      field('indicatorValue', p?.value ?? null, label.value, same, where);
      field(
        'indicatorUnit',
        p ? p.unit : null,
        label.value === null ? null : label.unit,
        (a, b) => normUnit(a) === normUnit(b),
        where,
      );
      const [pc, lc] = [changes(p), changes(label)];
      for (let k = 0; k < 3; k++)
        field('changePct', pc[k], lc[k], same, `${where}[${['previous', 'lastYear', 'plan'][k]}]`);
    }
    found.forEach((x, k) => {
      if (used.has(k)) return;
      const where = `${t.id} «${x.name}»`;
      field('indicatorValue', x.value, null, same, where);
      field('indicatorUnit', x.value === null ? null : x.unit, null, Object.is, where);
      for (const v of changes(x)) field('changePct', v, null, same, where);
    });
  }
  const scores = Object.fromEntries(FIELDS.map((f) => [f, score(counts[f].tp, counts[f].fp, counts[f].fn)])) as Record<
    Field,
    Score
  >;
  return { scores, misses, texts: texts.length };
}
