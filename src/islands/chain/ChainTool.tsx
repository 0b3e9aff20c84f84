import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { climateLink } from '../../analysis/handover.ts';
import { problemMessage } from '../../analysis/messages.ts';
import { resultsCsv } from '../../analysis/outputs.ts';
import { reading } from '../../analysis/reading.ts';
import type { Role } from '../../analysis/columns.ts';
import { CHAIN_SLUG, CHAIN_WORDS } from '../../i18n/chain.ts';
import { LOCALES, type Lang } from '../../i18n/lang.ts';
import ChainFigures from './ChainFigures.tsx';
import ColumnChoice from './ColumnChoice.tsx';
import DataTable from './DataTable.tsx';
import ScatterPlot from './ScatterPlot.tsx';
import { useChain } from './use-chain.ts';
import { words } from './words.ts';

/** What the page gives the island. */
export interface ChainToolProps {
  lang: Lang;
  /** Unique on the page: prefixes element ids. */
  uid: string;
  /** The synthetic sample of the page's language, as CSV text (no request to load it). */
  sample: string;
  /** The page's absolute URL, for the CSV and the print until the browser knows the real one. */
  pageUrl: string;
  /** The level of the results heading: 2 on the tool page, 3 inside an article. */
  level?: 2 | 3;
}

/**
 * "Measure your own chain": the reader's table in (pasted, a file, or the sample), the columns
 * recognised and open to change, then the link between employee and customer scores across
 * their units, in figures, words and a scatter plot, or every problem to fix. It all happens in
 * this page: no request is made with the data, nothing is stored.
 */
export default function ChainTool({ lang, uid, sample, pageUrl, level = 2 }: ChainToolProps) {
  const w = words(lang);
  const state = useChain();
  const message = useSignal('');
  const box = useRef<HTMLTextAreaElement>(null);
  // Text typed before the code arrived is kept, not replaced by the empty server render.
  useEffect(() => {
    const typed = box.current?.value ?? '';
    if (typed.trim()) state.paste(typed);
  }, []);
  const outcome = state.outcome.value;
  // Kept while the outcome stands, so the plot is not laid out again on unrelated renders.
  const plot = useMemo(
    () =>
      outcome.kind === 'analysis'
        ? {
            dots: outcome.units.map((u) => ({ name: u.name, x: u.employee, y: u.customer })),
            apart: new Set(outcome.analysis.outlying),
            thin: new Set(outcome.analysis.thin),
          }
        : { dots: [], apart: new Set<string>(), thin: new Set<string>() },
    [outcome],
  );
  const source = state.source.value;
  const shape = outcome.kind === 'none' ? null : outcome.shape;
  const columns = shape?.columns ?? null;
  const analysis = outcome.kind === 'analysis' ? outcome.analysis : null;
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumSignificantDigits: 2 });
  const score = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
  const format = (x: number) => number.format(x).replace('-', '\u2212');
  const header = (role: Role) => {
    const i = columns?.[role];
    return i == null ? undefined : shape?.headers[i];
  };
  const Heading = level === 3 ? 'h3' : 'h2';
  const href = typeof location === 'undefined' ? pageUrl : location.href;
  // Written once per outcome, not on every render (a status message, a busy flag).
  const [said, csv] = useMemo(
    () =>
      analysis
        ? [
            reading(analysis, lang),
            `data:text/csv;charset=utf-8,${encodeURIComponent(
              resultsCsv(analysis, lang, CHAIN_WORDS[lang].title, href),
            )}`,
          ]
        : [[], ''],
    [analysis],
  );
  const link = analysis ? climateLink(analysis, lang) : null;
  const status =
    source.kind === 'file' && source.reading
      ? w('reading', { name: source.name })
      : source.kind === 'sample'
        ? w('sampleLoaded')
        : source.kind === 'file' && shape
          ? w('fileLoaded', { name: source.name, rows: shape.rows + 1 })
          : '';
  const problemsId = `${uid}-problems`;
  return (
    <div class="chain-tool" id={uid} data-chain={outcome.kind}>
      <div class="chain-tool__input no-print">
        <div class="chain-tool__sources">
          <button
            type="button"
            class="button"
            onClick={() => {
              state.sample(sample);
              message.value = '';
            }}
          >
            {w('sample')}
          </button>
          <label class="chain-tool__file">
            <span>{w('file')}</span>
            <input
              type="file"
              name="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void state.file(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
        <label for={`${uid}-data`} class="chain-tool__paste-label">
          {w('paste')}
        </label>
        <p class="chain-tool__help" id={`${uid}-help`}>
          {w('pasteHelp')}
        </p>
        <textarea
          ref={box}
          id={`${uid}-data`}
          name="data"
          rows={8}
          spellcheck={false}
          autoComplete="off"
          value={state.text.value}
          aria-invalid={outcome.kind === 'problems' ? 'true' : undefined}
          aria-describedby={`${uid}-help ${uid}-privacy${outcome.kind === 'problems' ? ` ${problemsId}` : ''}`}
          onInput={(e) => state.paste(e.currentTarget.value)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            const file = e.dataTransfer?.files[0];
            if (!file) return;
            e.preventDefault();
            void state.file(file);
          }}
        />
        <p class="chain-tool__privacy" id={`${uid}-privacy`}>
          {w('privacy')}
        </p>
        <p class="chain-tool__status" role="status">
          {status}
        </p>
      </div>
      {shape && (
        <div class="no-print">
          <ColumnChoice
            uid={uid}
            lang={lang}
            headers={shape.headers}
            columns={shape.columns}
            onChoose={state.choose}
          />
        </div>
      )}
      <div id={problemsId} class="chain-tool__problems" role="alert">
        {outcome.kind === 'problems' && (
          <>
            <p class="chain-tool__problems-title">{w('problems')}</p>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>{problemMessage(p, lang, 'role' in p ? header(p.role) : undefined)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <section
        class="chain-tool__results"
        aria-labelledby={`${uid}-results`}
        aria-busy={state.busy.value ? 'true' : undefined}
      >
        <Heading id={`${uid}-results`} class="chain-tool__results-title">
          {w('results')}
        </Heading>
        {analysis?.period && (
          <p class="chain-tool__period">{w('period', { period: analysis.period })}</p>
        )}
        {outcome.kind === 'none' && <p class="chain-tool__period">{w('waiting')}</p>}
        <ChainFigures lang={lang} analysis={analysis} format={format} />
        {outcome.kind === 'analysis' && (
          <>
            <div class="chain-tool__reading">
              {said.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
            {link && 'href' in link && (
              <p class="chain-tool__handover no-print">
                <a class="button button--primary" href={link.href}>
                  {w('handover')}
                </a>
              </p>
            )}
            {link && 'reason' in link && link.reason === 'outOfRange' && (
              <p class="chain-tool__handover">{w('outOfRange')}</p>
            )}
            <ScatterPlot
              uid={uid}
              lang={lang}
              dots={plot.dots}
              apart={plot.apart}
              thin={plot.thin}
              format={(x) => score.format(x)}
            />
            <DataTable
              lang={lang}
              analysis={outcome.analysis}
              units={outcome.units}
              format={(x) => score.format(x)}
            />
            <div class="calc__toolbar no-print" role="group" aria-label={w('toolbar')}>
              <a class="button" download={`le-lien-${CHAIN_SLUG[lang]}.csv`} href={csv}>
                {w('csv')}
              </a>
              <button type="button" class="button" onClick={() => print()}>
                {w('print')}
              </button>
              <button
                type="button"
                class="button"
                onClick={() => {
                  state.clear();
                  message.value = w('cleared');
                  box.current?.focus();
                }}
              >
                {w('clear')}
              </button>
            </div>
          </>
        )}
        <p class="calc__message no-print" role="status">
          {message.value}
        </p>
        <p class="print-only chain-tool__print-note">
          {w('printNote', { date: new Date().toLocaleDateString(LOCALES[lang]) })}
        </p>
      </section>
    </div>
  );
}
