import type { Check } from '../articles/evidence.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Chart } from '../charts/chart.ts';
import type { Unit } from './unit.ts';

/** A text in both site languages, so no calculator string can exist in one language only. */
export type Bilingual = Record<Lang, string>;

/** The three scenarios every calculator computes at once; the headline is `central`. */
export const SCENARIOS = ['low', 'central', 'high'] as const;

/** One of the three scenarios. */
export type Scenario = (typeof SCENARIOS)[number];

/**
 * One input of a calculator: its name is the URL parameter and the form field's `name`, and must
 * never be renamed once published. Bounds are inclusive unless `minExclusive` (for "> 0").
 */
export interface Input<N extends string = string> {
  name: N;
  unit: Unit;
  default: number;
  min: number;
  max: number;
  minExclusive?: boolean;
  integer?: boolean;
  step: number;
  /** The slider's range when a slider makes sense; open-ended inputs get a slider up to `max`. */
  slider?: { min: number; max: number };
  label: Bilingual;
  help: Bilingual;
  /** Source ids (content/sources) for the default value; empty for the reader's own data. */
  sources: string[];
  /** How the default was verified in its sources, when less than their records say. */
  verified?: Check;
  /** A default the site chose or derived itself (from `sources` when listed); `help` says how. */
  ours?: boolean;
}

/** A cross-field rule; when `valid` is false the message is shown on `field`. */
export interface Rule<N extends string = string> {
  field: N;
  valid(values: Record<N, number>): boolean;
  message: Bilingual;
}

/** The value a scenario gives a coefficient: a constant, or the reader's input of that name. */
export interface CoefficientValue<N extends string = string> {
  value: number | { input: N };
  /** The sources the value comes from, or is derived from when `ours`. */
  sources: string[];
  /** How the value was verified in its sources, when less than their records say. */
  verified?: Check;
  /** A value the site worked out or chose itself; `note` gives the derivation. */
  ours?: boolean;
  note: Bilingual;
}

/** A coefficient that differs between scenarios, listed with its sources in the assumptions table. */
export interface Coefficient<N extends string = string> {
  label: Bilingual;
  unit: Unit;
  values: Record<Scenario, CoefficientValue<N>>;
}

/** One result; `null` from `compute` means "undefined" (for example a payback never reached). */
export interface Output<O extends string = string> {
  name: O;
  unit: Unit;
  label: Bilingual;
  /** Fraction digits in the data table; headlines use 3 significant figures for money. */
  digits?: number;
}

/** A result shown with its band: the central output and its low and high scenario outputs. */
export interface Band<O extends string = string> {
  central: O;
  low: O;
  high: O;
}

/** What `compute` returns: every output, finite or `null`, never NaN or Infinity. */
export type Results<O extends string = string> = Record<O, number | null>;

/**
 * Everything about one calculator, declared once: the form, validation, URL, server render,
 * assumptions table, charts and tests are all derived from it.
 */
export interface Declaration<N extends string = string, O extends string = string> {
  /** The file's name in `declarations/` and the `<Calculator id="…" />` of articles. */
  id: string;
  /** Its place in the tool index, from 1. */
  order: number;
  slug: Bilingual;
  title: Bilingual;
  /** The question the calculator answers, in one line (tool index, search, print). */
  question: Bilingual;
  /** The formula in plain notation, shown on the tool page. */
  formula: Bilingual;
  inputs: readonly Input<N>[];
  rules?: readonly Rule<N>[];
  coefficients: readonly Coefficient<N>[];
  outputs: readonly Output<O>[];
  /** The headline band first, then secondary banded results. */
  bands: readonly Band<O>[];
  /** One line saying why the band is as wide as it is. */
  bandReason: Bilingual;
  /** Outputs shown as plain figures under the headline (not banded). */
  details: readonly O[];
  compute(values: Record<N, number>): Results<O>;
  charts(values: Record<N, number>, results: Results<O>, lang: Lang): Chart[];
}

/** A declaration with its name types erased, as registries and generic code hold it. */
export type AnyDeclaration = Declaration<string, string>;
