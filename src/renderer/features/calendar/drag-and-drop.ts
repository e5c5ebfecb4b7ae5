// react-big-calendar's drag-and-drop addon exists only as CommonJS (`lib/addons/dragAndDrop`,
// with `exports.default`); the bundler hands it over wrapped once more than Node does, so the
// function sits at `.default` or at `.default.default`. This picks whichever is the function,
// once, so the day view imports a plain `withDragAndDrop`.
import * as addon from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';

type WithDragAndDrop = typeof addon.default;

function pick(): WithDragAndDrop {
  const first: unknown = addon.default;
  if (typeof first === 'function') return first as WithDragAndDrop;
  const nested: unknown =
    typeof first === 'object' && first !== null && 'default' in first ? first.default : null;
  if (typeof nested === 'function') return nested as WithDragAndDrop;
  throw new Error('react-big-calendar drag-and-drop addon not found');
}

export const withDragAndDrop = pick();
export type { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
