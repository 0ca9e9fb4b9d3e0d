// The report's widgets, from the sources: the docs site builds them into the page. A client's own
// report loads the kit with one script tag instead (the README's quick start).
import '../src/index.js';
