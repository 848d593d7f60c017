import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDirectives } from '../../src/extraction/directive-extractor';
import { extractIndicators } from '../../src/extraction/indicator-extractor';
import { UnitMatcher } from '../../src/extraction/unit-matcher';
import { unitInfo } from '../../src/extraction/units';

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

type DirectiveKind = 'deadline' | 'standing' | 'recurring';
interface LabelledDirective {
  anchor: string;
  lead: string | null;
  dueDate: string | null;
  kind: DirectiveKind;
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
/** A unit as compared, in the spelling the unit table gives it ("tỉ đồng" is "tỷ đồng", see units.ts). */
const normUnit = (u: string | null) => {
  const written = (u ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return (unitInfo(written)?.unit ?? written).toLowerCase();
};

/** A directive as a reader proposes it: the text it covers, its lead unit's name and its due date. */
export interface ProposedDirective {
  sourceSpan: { start: number; end: number };
  lead: string | null;
  dueDate: string | null;
  /** A second labeller's directives carry no kind. */
  kind?: DirectiveKind;
}

/**
 * How the directives found are kinded against their labels: a draft "deadline" with no date asks the office for a
 * date, where standing work ("tăng cường …", "thường xuyên …") is counted apart in the tracking report.
 */
export interface KindTally {
  matched: number;
  agree: number;
  /** "labelled→drafted": count, for the pairs that differ. */
  confusion: Record<string, number>;
  misses: string[];
}

type FieldScorer = (
  f: Field,
  predicted: unknown,
  labelled: unknown,
  eq: (a: any, b: any) => boolean,
  where: string,
) => void;

/**
 * Scores the directives `proposed` for one text against its labels: a proposal
 * matches a label when its span covers the label's anchor (one to one, in
 * order); then its lead unit and due date are scored as fields.
 */
function scoreDirectives(
  t: CorpusText,
  proposed: ProposedDirective[],
  field: FieldScorer,
  found: { tp: number; fp: number; fn: number; merged: number },
  misses: string[],
  kinds?: KindTally,
): void {
  const used = new Set<number>();
  for (const label of t.directives) {
    const at = t.text.indexOf(label.anchor);
    const i = proposed.findIndex((d, k) => !used.has(k) && d.sourceSpan.start <= at && at < d.sourceSpan.end);
    const where = `${t.id} «${label.anchor}»`;
    if (i < 0) {
      found.fn++;
      // Covered by a draft another label took: two labelled directives read as one (where the labels split a
      // sentence the draft keeps whole), not a directive missed.
      if (proposed.some((d) => d.sourceSpan.start <= at && at < d.sourceSpan.end)) found.merged++;
      misses.push(`${where} directive: not found`);
      field('leadUnit', null, label.lead, Object.is, where);
      field('deadlineDate', null, label.dueDate, Object.is, where);
      continue;
    }
    used.add(i);
    found.tp++;
    field('leadUnit', proposed[i].lead, label.lead, (a, b) => a === b, where);
    field('deadlineDate', proposed[i].dueDate, label.dueDate, (a, b) => a === b, where);
    const kind = proposed[i].kind;
    if (kinds && kind) {
      kinds.matched++;
      if (kind === label.kind) kinds.agree++;
      else {
        const pair = `${label.kind}→${kind}`;
        kinds.confusion[pair] = (kinds.confusion[pair] ?? 0) + 1;
        kinds.misses.push(`${where} kind: predicted ${kind}, labelled ${label.kind}`);
      }
    }
  }
  proposed.forEach((d, k) => {
    if (used.has(k)) return;
    const where = `${t.id} «${t.text.slice(d.sourceSpan.start, d.sourceSpan.start + 40)}…»`;
    found.fp++;
    misses.push(`${where} directive: not labelled`);
    field('leadUnit', d.lead, null, Object.is, where);
    field('deadlineDate', d.dueDate, null, Object.is, where);
  });
}

/** Counts per field and the misses behind them, for one scoring run. */
function newTally() {
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0, merged: 0 }])) as Record<
    Field,
    { tp: number; fp: number; fn: number; merged: number }
  >;
  const misses: string[] = [];
  const field: FieldScorer = (f, predicted, labelled, eq, where) => {
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
  const scores = () =>
    Object.fromEntries(FIELDS.map((f) => [f, score(counts[f].tp, counts[f].fp, counts[f].fn)])) as Record<Field, Score>;
  return { counts, misses, field, scores };
}

/**
 * Precision, recall and F1 per field. A prediction matches a label when its
 * source span covers the label's anchor (one to one, in order). A field counts
 * a true positive when both sides have the same non-empty value, a false
 * positive for a predicted value that is wrong or has no label, a false
 * negative for a labelled value not predicted.
 */
export function evaluate(texts: CorpusText[], departments: Array<{ id: number; name: string }>) {
  const { counts, misses, field, scores } = newTally();
  const kinds: KindTally = { matched: 0, agree: 0, confusion: {}, misses: [] };
  const matcher = new UnitMatcher(departments);
  const nameOf = (id: number | null) => (id === null ? null : departments.find((d) => d.id === id)!.name);

  for (const t of texts) {
    const drafts = extractDirectives(t.text, { departments, date: t.date, matcher }).map((d) => ({
      sourceSpan: d.sourceSpan,
      lead: nameOf(d.leadDepartmentId),
      dueDate: d.dueDate,
      kind: d.kind,
    }));
    scoreDirectives(t, drafts, field, counts.directive, misses, kinds);

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
  return { scores: scores(), mergedDirectives: counts.directive.merged, misses, kinds, texts: texts.length };
}

/** A second labeller's directives of one corpus text, each with the whole text it covers (see agreement/README.md). */
export interface SecondLabels {
  id: string;
  directives: Array<{ span: string; lead: string | null; dueDate: string | null }>;
}

export const agreementDir = (root?: string) => join(corpusDir(root), 'agreement');

export function loadSecondLabels(root?: string): SecondLabels[] {
  const dir = agreementDir(root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SecondLabels);
}

/**
 * How far a second, independent labeller agrees with the corpus's labels on
 * directives, lead units and due dates, scored exactly as the extractor is
 * (the second labeller's spans in place of the drafts'): the F1 two careful
 * people reach, against which the extractor's aims can be read.
 */
export function agreement(texts: CorpusText[], second: SecondLabels[]) {
  const { counts, misses, field, scores } = newTally();
  for (const labels of second) {
    const t = texts.find((x) => x.id === labels.id);
    if (!t) throw new Error(`agreement: no corpus text ${labels.id}`);
    const proposed = labels.directives.map((d) => {
      const start = t.text.indexOf(d.span);
      if (start < 0 || t.text.indexOf(d.span, start + 1) >= 0)
        throw new Error(`agreement: ${t.id}: span not unique «${d.span.slice(0, 40)}»`);
      return { sourceSpan: { start, end: start + d.span.length }, lead: d.lead, dueDate: d.dueDate };
    });
    scoreDirectives(t, proposed, field, counts.directive, misses);
  }
  return { scores: scores(), mergedDirectives: counts.directive.merged, misses, texts: second.length };
}
