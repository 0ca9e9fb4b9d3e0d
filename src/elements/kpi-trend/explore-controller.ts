import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STEPS: Record<string, (current: number, last: number, page: number) => number> = {
  ArrowLeft: (current) => current - 1,
  ArrowDown: (current) => current - 1,
  ArrowRight: (current) => current + 1,
  ArrowUp: (current) => current + 1,
  PageUp: (current, _last, page) => current - page,
  PageDown: (current, _last, page) => current + page,
  Home: () => 0,
  End: (_current, last) => last,
};

/**
 * The period a key moves the focus marker to, or `undefined` for a key that does not explore.
 * The first arrow press lands on the latest period; Page Up and Page Down jump a tenth of the series.
 */
export const nextPeriod = (key: string, current: number | undefined, count: number): number | undefined => {
  const step = STEPS[key];
  if (!step || count === 0) return undefined;
  const last = count - 1;
  if (current === undefined && key.startsWith('Arrow')) return last;
  return Math.min(last, Math.max(0, step(current ?? last, last, Math.max(1, Math.round(count / 10)))));
};

/** What exploring needs of the chart: how many periods, and which one is under a horizontal position. */
export interface Periods {
  readonly count: number;
  readonly indexAt: (x: number) => number;
}

/** What the chart and the data table answer to. */
export interface ExploreHandlers {
  readonly key: (event: KeyboardEvent) => void;
  readonly blur: () => void;
  readonly pointer: (event: PointerEvent) => void;
  readonly leave: () => void;
  readonly toggle: (event: Event) => void;
}

/**
 * Exploring a chart's periods by keyboard and pointer, and opening its data table. It hands the
 * host the period in focus (under the pointer, else the keyboard's) and whether the table is open,
 * and renders the host again when either changes.
 */
export class ExploreController implements ReactiveController {
  private hover?: number;
  private cursor?: number;
  private open = false;

  /** `periods` gives the chart as last drawn, or nothing while there is none. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly periods: () => Periods | undefined,
  ) {
    host.addController(this);
  }

  /** The period in focus, if the chart has it. */
  get focus(): number | undefined {
    const focus = this.hover ?? this.cursor;
    return focus !== undefined && focus < (this.periods()?.count ?? 0) ? focus : undefined;
  }

  get tableOpen(): boolean {
    return this.open;
  }

  /** Moves the focus (and opens or closes the table), rendering the host again only for a change. */
  private move(hover: number | undefined, cursor: number | undefined, open = this.open) {
    if (hover === this.hover && cursor === this.cursor && open === this.open) return;
    [this.hover, this.cursor, this.open] = [hover, cursor, open];
    this.host.requestUpdate();
  }

  readonly handlers: ExploreHandlers = {
    key: (event) => {
      const next = nextPeriod(event.key, this.cursor, this.periods()?.count ?? 0);
      if (next === undefined) return;
      event.preventDefault();
      this.move(undefined, next);
    },
    blur: () => this.move(this.hover, undefined),
    pointer: (event) => {
      const svg = (event.currentTarget as Element).querySelector('svg');
      const periods = this.periods();
      if (periods && svg) this.move(periods.indexAt(event.clientX - svg.getBoundingClientRect().left), this.cursor);
    },
    leave: () => this.move(undefined, this.cursor),
    toggle: (event) => this.move(this.hover, this.cursor, (event.currentTarget as HTMLDetailsElement).open),
  };

  hostConnected(): void {}
}
