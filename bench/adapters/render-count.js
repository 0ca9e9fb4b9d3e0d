// Counts the `render()` calls of Lit element classes, for the "renders / element" column: shared by
// the kit's adapter and the Lit floor's. Each page bundles one library, so one count per page.

let renders = 0;
const counted = new Set();

/** Counts every `render()` of the class's elements, by wrapping the class's own `render` once. */
export const countRenders = (element) => {
  if (counted.has(element)) return;
  counted.add(element);
  const render = element.prototype.render;
  element.prototype.render = function () {
    renders += 1;
    return render.call(this);
  };
};

/** The `render()` calls counted so far on this page. */
export const rendersSoFar = () => renders;
