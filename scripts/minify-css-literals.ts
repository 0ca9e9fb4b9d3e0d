import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

/** Every `css` tagged template; its text has no backticks, as in all of the kit's style sheets. */
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

const minifySheet = (text: string, id: string) =>
  transform({ filename: id, code: new TextEncoder().encode(text), minify: true }).code.toString();

/** Comments out, runs of white space folded: safe for declaration lists and interpolated text. */
const squeeze = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');

/**
 * Minifies the CSS inside Lit's `css` templates in the build. JavaScript minifiers leave template
 * text as written, so the style sheets' indentation and comments would otherwise ship: about a
 * sixth of the kit's own bytes. Whole style sheets go through Lightning CSS; templates that are
 * declaration lists or hold interpolations are only squeezed.
 */
export const minifyCssLiterals = (): Plugin => ({
  name: 'kpi-kit:minify-css-literals',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.styles\.ts$/.test(id)) return null;
    const minified = code.replace(CSS_TEMPLATE, (_, text: string) => {
      const sheet = text.includes('{') && !text.includes('${');
      return `css\`${sheet ? minifySheet(text, id) : squeeze(text)}\``;
    });
    return { code: minified, map: null };
  },
});
