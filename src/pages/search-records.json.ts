import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { LANGS } from '../i18n/lang.ts';
import { sourceRecord, termRecord } from '../search/records.ts';

/**
 * The glossary terms and sources as search records, one per term or source and language. The
 * search integration reads this file after the build, indexes it and deletes it.
 */
export const GET: APIRoute = async () => {
  const terms = await getCollection('glossary');
  const sources = await getCollection('sources');
  const records = LANGS.flatMap((lang) => [
    ...terms.map((e) => termRecord(e.id, e.data[lang], lang)),
    ...sources.map(({ id, data }) =>
      sourceRecord(
        id,
        { ...data, supports: data.supports.map((s) => s[lang]), reason: data.reason[lang] },
        lang,
      ),
    ),
  ]);
  return new Response(JSON.stringify(records), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
