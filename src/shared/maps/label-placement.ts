// Where each map symbol's label goes so that no two labels overlap, none covers another symbol
// and none lies under a map control: beneath its symbol by default, else above, right or left
// of it, and hidden when no side is free (the map shows it on hover or selection, the list
// beside the map always). Pure screen geometry in pixels, so it is tested without a map.

export type LabelSide = 'below' | 'above' | 'right' | 'left';

/** The sides tried, in order: beneath reads first, as on a printed map. */
export const LABEL_SIDES: readonly LabelSide[] = ['below', 'above', 'right', 'left'];

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface LabelledSymbol {
  id: string;
  /** The symbol's centre. */
  x: number;
  y: number;
  symbol: Size;
  label: Size;
}

export interface PlacementArea {
  /** The labels must lie inside it (the map's box). */
  bounds: Box;
  /** What no label may cover besides the symbols (the map's controls). */
  obstacles?: readonly Box[];
  /** Space between a symbol and its label. */
  gap?: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (a: Box, b: Box): boolean =>
  a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

export function symbolBox(s: LabelledSymbol): Box {
  const w = s.symbol.width / 2;
  const h = s.symbol.height / 2;
  return { left: s.x - w, top: s.y - h, right: s.x + w, bottom: s.y + h };
}

/** The box a symbol's label takes on one side of it. */
export function labelBox(s: LabelledSymbol, side: LabelSide, gap = 3): Box {
  const { width: w, height: h } = s.label;
  const half = { w: s.symbol.width / 2, h: s.symbol.height / 2 };
  const [left, top] =
    side === 'below'
      ? [s.x - w / 2, s.y + half.h + gap]
      : side === 'above'
        ? [s.x - w / 2, s.y - half.h - gap - h]
        : side === 'right'
          ? [s.x + half.w + gap, s.y - h / 2]
          : [s.x - half.w - gap - w, s.y - h / 2];
  return { left, top, right: left + w, bottom: top + h };
}

/**
 * Each symbol's label side, or null where every side is taken. Symbols earlier in the list are
 * placed first (the caller puts the selected item and the targets ahead), so a crowded map
 * hides the labels of what matters least.
 */
export function placeLabels(
  symbols: readonly LabelledSymbol[],
  area: PlacementArea,
): Map<string, LabelSide | null> {
  const gap = area.gap ?? 3;
  const taken: Box[] = [...symbols.map(symbolBox), ...(area.obstacles ?? [])];
  const out = new Map<string, LabelSide | null>();
  for (const s of symbols) {
    const side = LABEL_SIDES.find((candidate) => {
      const box = labelBox(s, candidate, gap);
      return inside(box, area.bounds) && !taken.some((t) => overlaps(box, t));
    });
    out.set(s.id, side ?? null);
    if (side) taken.push(labelBox(s, side, gap));
  }
  return out;
}
