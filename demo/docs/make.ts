/**
 * An element of the docs' own pages, with its class (none when empty) and its children: the one
 * builder the docs scripts share instead of createElement, className and append each time.
 */
export const make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (string | Node)[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
};
