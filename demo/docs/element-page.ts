import { renderApiReferences } from './api-reference.js';
import { addSnippets } from './snippets.js';

/** What every element page adds to its live examples: their code, and the element's API reference. */
addSnippets();
renderApiReferences();
