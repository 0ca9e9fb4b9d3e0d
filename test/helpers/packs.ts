import { languages, loadPack } from '../../src/kpi/index.js';

/**
 * Pure tests call the engine synchronously, in every language: each shipped locale pack is loaded
 * before they run. (Elements wait for their own pack before rendering; their tests need no help.)
 */
await Promise.all(languages().map(loadPack));
