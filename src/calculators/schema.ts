import { z } from 'zod';
import { CHECKS } from '../articles/evidence.ts';
import type { AnyDeclaration } from './model.ts';
import { SCENARIOS } from './model.ts';
import { UNITS } from './unit.ts';

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.strictObject({ fr: text, en: text });
const sourceIds = z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be a source id'));
const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', {
  message: 'must be a function',
});
const name = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'must be a URL-safe name (camelCase)');

const input = z
  .strictObject({
    name,
    unit: z.enum(UNITS),
    default: z.number(),
    min: z.number(),
    max: z.number(),
    minExclusive: z.boolean().optional(),
    integer: z.boolean().optional(),
    step: z.number().positive(),
    slider: z.strictObject({ min: z.number(), max: z.number() }).optional(),
    label: bilingual,
    help: bilingual,
    sources: sourceIds,
    verified: z.enum(CHECKS).optional(),
    ours: z.boolean().optional(),
  })
  .refine((i) => i.min <= i.max, { message: 'min must not exceed max', path: ['max'] })
  .refine((i) => i.default <= i.max && (i.minExclusive ? i.default > i.min : i.default >= i.min), {
    message: 'the default must lie within min and max',
    path: ['default'],
  });

const coefficientValue = z.strictObject({
  value: z.union([z.number(), z.strictObject({ input: name })]),
  sources: sourceIds,
  verified: z.enum(CHECKS).optional(),
  ours: z.boolean().optional(),
  note: bilingual,
});

/** The shape every declaration must have; `declarationProblems` adds the cross-references. */
const declarationSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase words joined by hyphens'),
  order: z.number().int().positive(),
  slug: bilingual,
  title: bilingual,
  question: bilingual,
  formula: bilingual,
  inputs: z.array(input).min(1),
  rules: z.array(z.strictObject({ field: name, valid: fn, message: bilingual })).optional(),
  coefficients: z.array(
    z.strictObject({
      label: bilingual,
      unit: z.enum(UNITS),
      values: z.strictObject(
        Object.fromEntries(SCENARIOS.map((s) => [s, coefficientValue])) as Record<
          (typeof SCENARIOS)[number],
          typeof coefficientValue
        >,
      ),
    }),
  ),
  outputs: z
    .array(
      z.strictObject({
        name,
        unit: z.enum(UNITS),
        label: bilingual,
        digits: z.number().int().min(0).max(6).optional(),
      }),
    )
    .min(1),
  bands: z.array(z.strictObject({ central: name, low: name, high: name })).min(1),
  bandReason: bilingual,
  details: z.array(name),
  compute: fn,
  charts: fn,
});

/** The names a declaration refers to that it does not declare, as `path: message` lines. */
function crossReferences(d: z.infer<typeof declarationSchema>): string[] {
  const problems: string[] = [];
  const inputs = new Set(d.inputs.map((i) => i.name));
  const outputs = new Set(d.outputs.map((o) => o.name));
  const once = (names: string[], what: string) => {
    const seen = new Set<string>();
    names.forEach((n, i) => {
      if (seen.has(n)) problems.push(`${what}[${i}].name: "${n}" is declared twice`);
      seen.add(n);
    });
  };
  once(
    d.inputs.map((i) => i.name),
    'inputs',
  );
  once(
    d.outputs.map((o) => o.name),
    'outputs',
  );
  if (d.slug.fr !== d.slug.fr.toLowerCase() || /[^a-z0-9-]/.test(d.slug.fr + d.slug.en))
    problems.push('slug: must be lowercase words joined by hyphens in both languages');
  d.rules?.forEach((r, i) => {
    if (!inputs.has(r.field)) problems.push(`rules[${i}].field: no input is named "${r.field}"`);
  });
  d.coefficients.forEach((c, i) => {
    for (const s of SCENARIOS) {
      const v = c.values[s].value;
      if (typeof v === 'object' && !inputs.has(v.input))
        problems.push(`coefficients[${i}].values.${s}.value.input: no input is named "${v.input}"`);
    }
  });
  d.bands.forEach((b, i) => {
    for (const key of ['central', 'low', 'high'] as const)
      if (!outputs.has(b[key])) problems.push(`bands[${i}].${key}: no output is named "${b[key]}"`);
  });
  d.details.forEach((n, i) => {
    if (!outputs.has(n)) problems.push(`details[${i}]: no output is named "${n}"`);
  });
  return problems;
}

/** A zod issue's path as code would write it: `inputs[0].label.en`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

/**
 * Checks a declaration module's default export before the site uses it, so that a mistake in a
 * new calculator stops the build with a message naming the file and the field rather than
 * breaking a page in the reader's browser. The id must be the file's name.
 * Example: a declaration in `toy.ts` whose first input has no English label fails with
 * `src/calculators/declarations/toy.ts (calculator "toy"): inputs[0].label.en: …`.
 */
export function checkDeclaration(file: string, value: unknown): AnyDeclaration {
  const id = (value as { id?: unknown } | undefined)?.id;
  const where = `${file} (calculator ${typeof id === 'string' ? `"${id}"` : 'without an id'})`;
  const parsed = declarationSchema.safeParse(value);
  const problems = parsed.success
    ? crossReferences(parsed.data)
    : parsed.error.issues.map((i) => `${pathOf(i.path) || '(the export)'}: ${i.message}`);
  const stem = file.replace(/^.*\//, '').replace(/\.ts$/, '');
  if (parsed.success && parsed.data.id !== stem)
    problems.push(`id: "${parsed.data.id}" must be the file's name, "${stem}"`);
  if (problems.length) throw new Error(problems.map((p) => `${where}: ${p}`).join('\n'));
  return value as AnyDeclaration;
}
