// The layer stack decides which dialog or drawer answers Escape: only the top one, also when a
// parent and its nested dialog open in the same render, and again after the top one closes.
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useIsTopLayer } from '../../../src/renderer/ui/layer-stack';

const tops: Record<string, boolean> = {};

function Layer({ name, open, children }: { name: string; open: boolean; children?: ReactNode }) {
  tops[name] = useIsTopLayer(open);
  return <>{children}</>;
}

afterEach(() => {
  cleanup();
  for (const k of Object.keys(tops)) delete tops[k];
});

describe('layer stack', () => {
  it('the dialog opened from a drawer is on top; closing it gives the drawer back', () => {
    const view = render(
      <Layer name="drawer" open>
        <Layer name="confirm" open={false} />
      </Layer>,
    );
    expect(tops).toEqual({ drawer: true, confirm: true }); // a closed layer is never in the way
    view.rerender(
      <Layer name="drawer" open>
        <Layer name="confirm" open />
      </Layer>,
    );
    expect(tops).toMatchObject({ drawer: false, confirm: true });
    view.rerender(
      <Layer name="drawer" open>
        <Layer name="confirm" open={false} />
      </Layer>,
    );
    expect(tops.drawer).toBe(true);
  });

  it('a parent and its child opening in the same render keep parent below child', () => {
    render(
      <Layer name="drawer" open>
        <Layer name="confirm" open />
      </Layer>,
    );
    expect(tops).toMatchObject({ drawer: false, confirm: true });
  });

  it('a layer that unmounts while open leaves the stack', () => {
    const view = render(
      <Layer name="drawer" open>
        <Layer name="confirm" open />
      </Layer>,
    );
    view.rerender(<Layer name="drawer" open />);
    expect(tops.drawer).toBe(true);
  });
});
