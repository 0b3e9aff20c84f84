import MagicString from 'magic-string';
import { parseSync, type Plugin } from 'vite';
import type { Lang } from '../i18n/lang.ts';
import { NNBSP, typeset } from '../text/typography.ts';

/** The part of an ESTree node this walk reads. */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** A node's child nodes, in source order, for the walks below. */
function* childrenOf(node: Node): Generator<Node> {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type') continue;
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield child;
  }
}

/** A module's syntax tree; the plugin runs after TypeScript is stripped, so it is JavaScript. */
function parseModule(code: string, file: string): Node {
  const parsed = parseSync('module.js', code);
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0]!.message}`);
  return parsed.program as unknown as Node;
}

/** Stands for a `${…}` between the parts of a template while its text is typeset whole. */
const HOLE = '\uE000';

/** `fr` or `en` when a condition reads "the language is French/English" (`fr`, `lang === 'fr'`). */
function languageTest(test: Node): { yes: Lang; no: Lang } | null {
  const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');
  if (test.type === 'Identifier' && (test.name === 'fr' || test.name === 'en'))
    return { yes: test.name, no: other(test.name) };
  if (test.type !== 'BinaryExpression' || !['===', '=='].includes(test.operator as string))
    return null;
  const sides = [test.left, test.right] as Node[];
  const lang = sides.find((s) => s.type === 'Literal' && (s.value === 'fr' || s.value === 'en'));
  return lang ? { yes: lang.value as Lang, no: other(lang.value as Lang) } : null;
}

/** A property's key when it names a language (`fr: …`, `'en': …`). */
function languageKey(property: Node): Lang | null {
  if (property.computed) return null;
  const key = property.key as Node;
  const name = key.type === 'Identifier' ? key.name : key.value;
  return name === 'fr' || name === 'en' ? name : null;
}

/** A template part written back as source: backslashes, backticks and `${` escaped. */
const rawTemplateText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * Applies the site's typography (`typeset` in src/text/typography.ts) to every string a module
 * writes in a known language, so declarations are typed with plain spaces and the reader still
 * gets `Pourquoi ?` with its no-break space, at no cost in the browser: a string is in French
 * when it is the value of an `fr:` property or the French branch of `fr ? … : …` (or of
 * `lang === 'fr' ? … : …`), and likewise in English. A template is typeset as one text, so
 * `` `${n} %` `` gets its narrow no-break space before `%` as `10 %` would.
 * Returns the edited source, or null when nothing needed typesetting.
 * Example: `{ fr: 'Quel gain ?' }` → `{ fr: "Quel gain ?" }` with U+202F before `?`.
 */
export function typesetStrings(code: string, file = 'module.js'): MagicString | null {
  const out = new MagicString(code);
  let changed = false;
  const write = (node: Node, lang: Lang) => {
    if (node.type === 'Literal' && typeof node.value === 'string') {
      const text = typeset(node.value, lang);
      if (text === node.value) return;
      out.overwrite(node.start, node.end, JSON.stringify(text));
      changed = true;
    } else if (node.type === 'TemplateLiteral') {
      const quasis = node.quasis as (Node & { value: { cooked: string } })[];
      const whole = quasis.map((q) => q.value.cooked).join(HOLE);
      const glued = lang === 'fr' ? whole.replace(/\uE000[ \t]*%/g, `${HOLE}${NNBSP}%`) : whole;
      const parts = typeset(glued, lang).split(HOLE);
      if (parts.length !== quasis.length) throw new Error(`typesetting broke a template: ${whole}`);
      quasis.forEach((q, i) => {
        if (parts[i] === q.value.cooked) return;
        out.overwrite(q.start, q.end, rawTemplateText(parts[i]!));
        changed = true;
      });
    }
  };
  const walk = (node: Node, lang: Lang | null): void => {
    if (lang) write(node, lang);
    if (node.type === 'Property') {
      walk(node.value as Node, languageKey(node) ?? lang);
      return;
    }
    if (node.type === 'ConditionalExpression') {
      const branch = languageTest(node.test as Node);
      walk(node.test as Node, null);
      walk(node.consequent as Node, branch?.yes ?? lang);
      walk(node.alternate as Node, branch?.no ?? lang);
      return;
    }
    for (const child of childrenOf(node)) walk(child, lang);
  };
  walk(parseModule(code, file), null);
  return changed ? out : null;
}

/**
 * The module with only `lang`'s strings: the value of every property named after the other
 * language, and the other language's branch of `fr ? … : …`, become `""`. The calculators'
 * island imports its declarations so (`?lang=fr`), so a page's bundle carries one language.
 * Example, for `fr`: `{ fr: 'Effectif', en: 'Headcount' }` → `{ fr: 'Effectif', en: "" }`.
 */
export function keepLanguage(code: string, lang: Lang, file = 'module.js'): string {
  const out = new MagicString(code);
  const drop = (node: Node) => out.overwrite(node.start, node.end, '""');
  const walk = (node: Node, parent?: Node): void => {
    const isValue = parent?.type === 'ObjectExpression' && !node.shorthand;
    if (node.type === 'Property' && isValue && languageKey(node) && languageKey(node) !== lang) {
      drop(node.value as Node);
      return;
    }
    if (node.type === 'ConditionalExpression') {
      const branch = languageTest(node.test as Node);
      if (branch) {
        walk(node.test as Node);
        const [kept, dropped] =
          branch.yes === lang
            ? [node.consequent, node.alternate]
            : [node.alternate, node.consequent];
        walk(kept as Node);
        drop(dropped as Node);
        return;
      }
    }
    for (const child of childrenOf(node)) walk(child, node);
  };
  walk(parseModule(code, file));
  return out.toString();
}

/**
 * The Vite plugin that runs `typesetStrings` over the calculators' modules (declarations and
 * their shared inputs), after TypeScript is stripped: the build, `astro dev` and the tests all
 * see the typeset strings, and the sources keep plain spaces. A module imported with
 * `?lang=fr` or `?lang=en` keeps that language only (`keepLanguage`).
 */
export function declarationTypography(): Plugin {
  return {
    name: 'lelien:declaration-typography',
    transform(code, id) {
      const match = /\/src\/calculators\/[^?]*\.ts(?:\?lang=(fr|en))?$/.exec(id);
      if (!match) return null;
      const lang = match[1] as Lang | undefined;
      const source = lang ? keepLanguage(code, lang, id) : code;
      const edited = typesetStrings(source, id);
      if (!edited) return lang ? { code: source, map: null } : null;
      return {
        code: edited.toString(),
        map: lang ? null : edited.generateMap({ hires: 'boundary' }),
      };
    },
  };
}
