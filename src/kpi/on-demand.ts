/**
 * A module the kit downloads only when a widget needs it (a language's pack, its KPIs' notes, the
 * card's benchmark bar with d3's scales, the reader of `src` files): once, shared by every widget
 * of the page. A download that fails (the network) is forgotten, so the next widget that needs it
 * tries again; until then the widget renders without it.
 */
export interface OnDemand<Module> {
  /** The module, once it has loaded. */
  readonly module: Module | undefined;
  /** Loads the module, once; resolves with it, or `undefined` when it could not load. */
  load(): Promise<Module | undefined>;
}

export const onDemand = <Module>(importer: () => Promise<Module>): OnDemand<Module> => {
  let module: Module | undefined;
  let loading: Promise<Module | undefined> | undefined;
  return {
    get module() {
      return module;
    },
    load() {
      if (module) return Promise.resolve(module);
      loading ??= importer().then(
        (loaded) => (module = loaded),
        () => {
          loading = undefined;
          return undefined;
        },
      );
      return loading;
    },
  };
};
