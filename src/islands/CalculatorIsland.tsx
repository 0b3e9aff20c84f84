import type { AnyDeclaration } from '../calculators/model.ts';
import Calculator, { type CalculatorProps } from './Calculator.tsx';

/** Every declaration as a module of its own (`import.meta.glob`), fetched on demand. */
type Modules = Record<string, () => Promise<AnyDeclaration>>;

/**
 * The declarations an island will need, loaded before its entry module counts as loaded (and so
 * before Astro hydrates it): on the server all of them, in the browser those of the calculators
 * the page shows (each is in the server's HTML with its id). The build makes one file per
 * calculator and language, and a page downloads only the ones it shows.
 */
export async function loadDeclarations(modules: Modules): Promise<Map<string, AnyDeclaration>> {
  const byId = new Map(
    Object.entries(modules).map(([file, load]) => [file.replace(/^.*\/|\.ts(\?.*)?$/g, ''), load]),
  );
  const ids = import.meta.env.SSR
    ? [...byId.keys()]
    : [
        ...new Set(
          [...document.querySelectorAll<HTMLElement>('[data-calc]')].map((el) => el.dataset.calc!),
        ),
      ];
  const loaded = new Map<string, AnyDeclaration>();
  await Promise.all(
    ids.map(async (id) => {
      const load = byId.get(id);
      if (!load) throw new Error(`no calculator "${id}" in src/calculators/declarations`);
      loaded.set(id, await load());
    }),
  );
  return loaded;
}

/**
 * One island for every calculator: the page names it by id (a function cannot travel from the
 * server to the browser), and its entry loaded the declaration (`loadDeclarations`).
 */
export default function CalculatorIsland({
  id,
  declarations,
  ...props
}: CalculatorProps & { id: string; declarations: Map<string, AnyDeclaration> }) {
  const declaration = declarations.get(id);
  if (!declaration) throw new Error(`calculator "${id}" was not loaded before hydration`);
  return <Calculator declaration={declaration} {...props} />;
}
