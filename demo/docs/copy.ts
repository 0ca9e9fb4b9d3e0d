import { make } from './make.js';

/** How long the button shows "Copied" before it reads "Copy" again. */
const COPIED_FOR = 2000;

/** What a Copy button says, for a page in another language than the docs' English. */
export interface CopyWords {
  readonly copy: string;
  readonly copied: string;
  /** Announced when the code is on the clipboard. */
  readonly done: string;
  /** Read when copying failed and the code was selected instead. */
  readonly select: string;
  /** Read when copying failed and there was no code to select. */
  readonly blocked: string;
  /** What ends the button's name after `copy`, for a screen reader: ` code: ROAS`. */
  readonly what: (what: string) => string;
}

const ENGLISH: CopyWords = {
  copy: 'Copy',
  copied: 'Copied',
  done: 'Copied to the clipboard',
  select: 'Code selected: press Ctrl+C (⌘C on a Mac) to copy',
  blocked: 'Copying is blocked here',
  what: (what) => ` code: ${what}`,
};

const selectContents = (node: Node) => {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
};

/**
 * A "Copy" button for a piece of code, with a polite live region that announces the result.
 * `what` finishes the button's accessible name ("Copy code: ROAS"), so a list of buttons stays
 * distinguishable. Without the Clipboard API (an insecure origin, a denied permission) the code is
 * selected instead and the reader is told to press the copy shortcut.
 */
export const copyButton = (text: () => string, what: string, code?: Node, words: CopyWords = ENGLISH): HTMLElement => {
  const label = make('span', '', words.copy);
  const button = make('button', 'copy-button', label, make('span', 'visually-hidden', words.what(what)));
  button.type = 'button';
  const status = make('span', 'copy-status');
  status.setAttribute('role', 'status');

  let timer: number | undefined;
  const show = (message: string, copied: boolean) => {
    window.clearTimeout(timer);
    // Emptied first, so copying twice in a row is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = message;
    });
    label.textContent = copied ? words.copied : words.copy;
    button.classList.toggle('copied', copied);
    // The button itself shows success; what to do instead when copying failed must be read.
    status.classList.toggle('visually-hidden', copied);
    timer = window.setTimeout(() => {
      label.textContent = words.copy;
      button.classList.remove('copied');
      status.textContent = '';
    }, COPIED_FOR);
  };

  button.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard) throw new Error('No Clipboard API');
      await navigator.clipboard.writeText(text());
      show(words.done, true);
    } catch {
      if (code) selectContents(code);
      show(code ? words.select : words.blocked, false);
    }
  });

  return make('span', 'copy', button, status);
};

/**
 * A captioned code block with its Copy button: `<figure><figcaption>caption [Copy]</figcaption>
 * <pre><code>`. `text` is read again on every copy, so a block can be updated in place through the
 * returned `code` element.
 */
export const codeBlock = (
  caption: string,
  text: string,
  language = 'html',
  words?: CopyWords,
): { figure: HTMLElement; code: HTMLElement } => {
  const code = make('code', `language-${language}`, text);
  const figcaption = make(
    'figcaption',
    '',
    make('span', '', caption),
    copyButton(() => code.textContent ?? '', caption, code, words),
  );
  return { figure: make('figure', 'snippet', figcaption, make('pre', '', code)), code };
};
