// Gives the shared host page (host.html) the style sheet its address names: ?style=root-rem loads
// ./root-rem.css, so each kind of host page is one style sheet around the same widgets.
const style = new URLSearchParams(location.search).get('style');
if (style && /^[a-z-]+$/.test(style)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `./${style}.css`;
  document.head.append(link);
}
