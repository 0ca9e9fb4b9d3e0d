/**
 * The header navigation on a phone is a strip that scrolls sideways (see demo.css): this brings
 * the current page's link into view, so a reader on the catalog sees where they are.
 */
const showCurrentPage = () => {
  const current = document.querySelector<HTMLElement>('.site-nav [aria-current="page"]');
  const strip = current?.closest('ul');
  if (!current || !strip || strip.scrollWidth <= strip.clientWidth) return;
  // Centred, and within the strip alone: scrollIntoView could scroll the page too.
  strip.scrollLeft = current.offsetLeft - (strip.clientWidth - current.offsetWidth) / 2;
};

showCurrentPage();
