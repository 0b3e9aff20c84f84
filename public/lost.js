// The 404 page's search box, filled with the words of the lost address (numbers left out) as a
// first guess at what the reader wanted: /articles/chaine-sears-2024/ gives "chaine sears".
(() => {
  const field = document.getElementById('lost-q');
  try {
    const last = decodeURIComponent(location.pathname).split('/').filter(Boolean).pop() ?? '';
    const words = last
      .replace(/\.(html?|php)$/i, '')
      .split(/[-_.+\s]+/)
      .filter((w) => w && !/^\d+$/.test(w))
      .join(' ');
    if (field && !field.value) field.value = words;
  } catch {
    // A malformed address leaves the box empty.
  }
})();
