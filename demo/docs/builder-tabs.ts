/**
 * The KPI builder's code: a tab per way to paste the widget (ARIA tabs: arrow keys, Home and End
 * move between them, Tab goes on to the panel), each panel a code block with its Copy button.
 */
import type { BuilderWords } from './builder-words.js';
import { codeBlock } from './copy.js';
import { make } from './make.js';

export const SNIPPET_KINDS = ['html', 'shortcode', 'block', 'jsx'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

const LANGUAGE: Readonly<Record<SnippetKind, string>> = {
  html: 'html',
  shortcode: 'text',
  block: 'html',
  jsx: 'jsx',
};

export interface SnippetTabs {
  /** Writes the words of a language; the code blocks are made again, with Copy buttons in it. */
  readonly relabel: (words: BuilderWords) => void;
  /** Shows the snippets' new text. */
  readonly update: (texts: Readonly<Record<SnippetKind, string>>) => void;
}

/** Fills `root` with the tabs and their panels; the first tab is selected. */
export const snippetTabs = (root: HTMLElement, labelledBy: string): SnippetTabs => {
  const list = make('div', 'tabs');
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-labelledby', labelledBy);
  const tabs = SNIPPET_KINDS.map((kind) => {
    const tab = make('button', 'tab');
    tab.type = 'button';
    tab.id = `tab-${kind}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `panel-${kind}`);
    return tab;
  });
  const panels = SNIPPET_KINDS.map((kind) => {
    const panel = make('div', 'tab-panel');
    panel.id = `panel-${kind}`;
    panel.dataset.snippet = kind;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', `tab-${kind}`);
    panel.tabIndex = 0;
    return panel;
  });
  const select = (index: number, focus = false) => {
    tabs.forEach((tab, at) => {
      tab.setAttribute('aria-selected', String(at === index));
      tab.tabIndex = at === index ? 0 : -1;
      const panel = panels[at];
      if (panel) panel.hidden = at !== index;
    });
    if (focus) tabs[index]?.focus();
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(index));
    tab.addEventListener('keydown', (event) => {
      const last = tabs.length - 1;
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select((next + tabs.length) % tabs.length, true);
    });
  });
  list.append(...tabs);
  root.replaceChildren(list, ...panels);
  select(0);

  const codes = new Map<SnippetKind, HTMLElement>();
  let current: Readonly<Record<SnippetKind, string>> = { html: '', shortcode: '', block: '', jsx: '' };
  return {
    relabel: (words) => {
      SNIPPET_KINDS.forEach((kind, index) => {
        const tab = tabs[index];
        const panel = panels[index];
        if (!tab || !panel) return;
        tab.textContent = words.snippets[kind];
        const { figure, code } = codeBlock(words.snippets[kind], current[kind], LANGUAGE[kind], words.copy);
        codes.set(kind, code);
        panel.replaceChildren(make('p', 'tab-note', words.snippetNotes[kind]), figure);
      });
    },
    update: (texts) => {
      current = texts;
      for (const kind of SNIPPET_KINDS) {
        const code = codes.get(kind);
        if (code && code.textContent !== texts[kind]) code.textContent = texts[kind];
      }
    },
  };
};
