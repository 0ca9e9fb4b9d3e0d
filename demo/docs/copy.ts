/** How long the button shows "Copied" before it reads "Copy" again. */
const COPIED_FOR = 2000;

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
export const copyButton = (text: () => string, what: string, code?: Node): HTMLElement => {
  const wrapper = document.createElement('span');
  wrapper.className = 'copy';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  const label = document.createElement('span');
  label.textContent = 'Copy';
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` code: ${what}`;
  button.append(label, hidden);
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');

  let timer: number | undefined;
  const show = (message: string, copied: boolean) => {
    window.clearTimeout(timer);
    // Emptied first, so copying twice in a row is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => {
      status.textContent = message;
    });
    label.textContent = copied ? 'Copied' : 'Copy';
    button.classList.toggle('copied', copied);
    // The button itself shows success; what to do instead when copying failed must be read.
    status.classList.toggle('visually-hidden', copied);
    timer = window.setTimeout(() => {
      label.textContent = 'Copy';
      button.classList.remove('copied');
      status.textContent = '';
    }, COPIED_FOR);
  };

  button.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard) throw new Error('No Clipboard API');
      await navigator.clipboard.writeText(text());
      show('Copied to the clipboard', true);
    } catch {
      if (code) selectContents(code);
      show(code ? 'Code selected: press Ctrl+C (⌘C on a Mac) to copy' : 'Copying is blocked here', false);
    }
  });

  wrapper.append(button, status);
  return wrapper;
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
): { figure: HTMLElement; code: HTMLElement } => {
  const figure = document.createElement('figure');
  figure.className = 'snippet';
  const figcaption = document.createElement('figcaption');
  const title = document.createElement('span');
  title.textContent = caption;
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.className = `language-${language}`;
  code.textContent = text;
  pre.append(code);
  figcaption.append(
    title,
    copyButton(() => code.textContent ?? '', caption, code),
  );
  figure.append(figcaption, pre);
  return { figure, code };
};
