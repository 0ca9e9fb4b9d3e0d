/**
 * Defines a custom element unless the tag is taken. Loading the kit twice, or two versions of it,
 * must never throw: the first definition wins.
 */
export const defineElement = (tag: string, constructor: CustomElementConstructor): void => {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
};
