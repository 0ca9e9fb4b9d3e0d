import { renderApiReferences } from './api-reference.js';
import './language.js';
import { addSnippets } from './snippets.js';

/** What every element page adds to its live examples: their code, the API reference and the language switch. */
addSnippets();
renderApiReferences();
