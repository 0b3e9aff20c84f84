import { getEntry, type CollectionEntry } from 'astro:content';

/**
 * The source records of `ids`, in the same order. An id with no file in content/sources/ fails
 * the build with a message naming `where` (the file or calculator that cites it) and the id.
 */
export async function sourceEntries(
  ids: readonly string[],
  where: string,
): Promise<CollectionEntry<'sources'>[]> {
  return Promise.all(
    ids.map(async (id) => {
      const entry = await getEntry('sources', id);
      if (!entry) throw new Error(`${where}: no source "${id}" in content/sources/`);
      return entry;
    }),
  );
}
