import type { AnyDeclaration } from '../calculators/model.ts';
import { toCsv } from '../calculators/csv.ts';
import type { Currency } from '../calculators/numbers.ts';
import type { Lang } from '../i18n/lang.ts';
import { useWords } from './lib/words.ts';
import ChartFigure from './ChartFigure.tsx';
import Field from './Field.tsx';
import Results from './Results.tsx';
import Toolbar from './Toolbar.tsx';
import { useCalculator } from './lib/use-calculator.ts';

/** What every calculator island receives from the page; the declaration comes from its wrapper. */
export interface CalculatorProps {
  lang: Lang;
  /** Unique on the page: prefixes element ids. */
  uid: string;
  /** The declared defaults with the author's overrides. */
  defaults: Record<string, number>;
  currency: Currency;
  /** The page's absolute URL, printed as the link back until the browser knows the real one. */
  pageUrl: string;
}

/**
 * A calculator driven entirely by its declaration: the form, the results with their band, the
 * charts and the sharing tools. Rendered on the server with the defaults, hydrated in place.
 */
export default function Calculator({
  declaration,
  lang,
  uid,
  defaults,
  currency,
  pageUrl,
}: CalculatorProps & { declaration: AnyDeclaration }) {
  const t = useWords();
  const state = useCalculator(declaration, lang, defaults, currency);
  const outcome = state.evaluation.value;
  const shown = state.good.value;
  const money = state.currency.value;
  const href = typeof location === 'undefined' ? pageUrl : location.href;

  const csv = () =>
    toCsv(
      declaration,
      {
        values: outcome.ok ? outcome.values : {},
        results: outcome.ok ? outcome.results : null,
        currency: money,
        url: href,
      },
      lang,
    );
  return (
    <div class="calc" id={uid} data-calc={declaration.id}>
      <div class="calc__main">
        <fieldset class="calc__inputs">
          <legend>{t('calc.inputs')}</legend>
          {declaration.inputs.map((input) => (
            <Field
              key={input.name}
              uid={uid}
              input={input}
              lang={lang}
              currency={money}
              text={state.texts.value[input.name] ?? ''}
              measured={state.measuredNow(input.name)}
              error={outcome.ok ? undefined : outcome.errors[input.name]}
              onType={state.type}
              onCommit={state.commit}
            />
          ))}
        </fieldset>
        <Results declaration={declaration} lang={lang} currency={money} evaluation={outcome} />
      </div>
      {shown && (
        <div class="calc__charts" data-pagefind-ignore>
          {declaration.charts(shown.values, shown.results, lang).map((chart) => (
            <ChartFigure
              key={chart.id}
              uid={uid}
              chart={chart}
              lang={lang}
              currency={money}
              stale={!outcome.ok}
            />
          ))}
        </div>
      )}
      <div data-pagefind-ignore>
        <Toolbar
          uid={uid}
          currency={money}
          csv={csv}
          fileName={`le-lien-${declaration.slug[lang]}.csv`}
          onCurrency={state.setCurrency}
          onReset={state.reset}
        />
      </div>
      <p class="calc__link print-only">
        {t('calc.printLink')} <span>{href}</span>
      </p>
    </div>
  );
}
