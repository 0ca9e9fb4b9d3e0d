import { oneEvent } from '@open-wc/testing';
import type { SourceLoad } from '../../src/shared/controllers/source-controller.js';
import { settle } from './screen-reader.js';

/** Waits until a `kpi-load` has come and the element has rendered what it brought. */
export const loaded = async (element: HTMLElement): Promise<SourceLoad> => {
  const { detail } = (await oneEvent(element, 'kpi-load')) as CustomEvent<SourceLoad>;
  await settle(element);
  return detail;
};
