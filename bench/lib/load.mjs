// One fresh page load of one cell, measured: the page times itself (performance.now) and counts
// its nodes; the runner reads the heap and the detached nodes over CDP around `window.bench` calls.
import process from 'node:process';

// ApexCharts takes one to two minutes for S1b on a busy 2-core machine.
const TIMEOUT = 600_000;

/** The machine's Chromium (Debian's package): npm downloads no browser here. */
export const launch = async () => {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    // As root Chromium needs --no-sandbox; the rest keeps it off the network and quiet mid-run.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-extensions',
    ],
  });
};

const within = async (promise, what) => {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${TIMEOUT / 1000} s`)), TIMEOUT);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * The heap in use after two forced full collections (the second frees what the first's
 * finalizers released): V8's JS heap, and Blink's own (DOM nodes, styles, layout objects).
 */
const heapAfterGc = async (cdp) => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  return { js: usedSize, dom: embedderHeapUsedSize ?? 0 };
};

const treeSize = (node) =>
  1 + [...(node.children ?? []), ...(node.shadowRoots ?? [])].reduce((sum, child) => sum + treeSize(child), 0);

/**
 * Detached DOM still held after a collection, by CDP's `DOM.getDetachedDomNodes`: every node of
 * every detached tree that JavaScript keeps alive, shadow roots included. Empty `<template>`s are
 * counted apart: Lit keeps one per template literal it has rendered (its template cache), made on
 * first use and the same however many elements come and go.
 */
const detachedNodes = async (cdp) => {
  await cdp.send('DOM.enable');
  try {
    const { detachedNodes: trees } = await cdp.send('DOM.getDetachedDomNodes');
    const templates = trees.filter(({ treeNode }) => treeNode.nodeName === 'TEMPLATE' && !treeNode.childNodeCount);
    const nodes = trees.reduce((sum, { treeNode }) => sum + treeSize(treeNode), 0) - templates.length;
    return { nodes, templates: templates.length };
  } finally {
    await cdp.send('DOM.disable');
  }
};

export const measureLoad = async (browser, url, scenario) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await within(
      page.evaluate(() => window.bench.prepare()),
      'prepare',
    );
    const churn = scenario.page === 'churn';
    const detachedBefore = churn ? await detachedNodes(cdp) : undefined;
    const heapBefore = await heapAfterGc(cdp);
    const run = await within(
      page.evaluate(() => window.bench.run()),
      'run',
    );
    if (run.problems.length) throw new Error(run.problems.join('; '));
    const update = scenario.rounds
      ? await within(
          page.evaluate(() => window.bench.update()),
          'update',
        )
      : undefined;
    const heapAfter = await heapAfterGc(cdp);
    const detached = churn ? await detachedNodes(cdp) : undefined;
    if (errors.length) throw new Error(`page said: ${errors[0]}`);
    return {
      ms: update?.ms ?? run.ms,
      createMs: run.ms,
      createRenders: run.renders,
      renders: update?.renders,
      nodes: run.nodes,
      elements: run.elements,
      heapBefore,
      heapAfter,
      detachedBefore,
      detached,
    };
  } finally {
    await context.close();
  }
};
