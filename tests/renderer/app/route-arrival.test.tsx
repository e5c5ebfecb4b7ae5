// Review finding 18: a new page starts at the top with focus on its heading, also when the page
// draws its heading late (lazy routes); workspace tabs are one page and leave focus alone.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect, useRef, useState } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { pageKey, useRouteArrival } from '../../../src/renderer/app/useRouteArrival';

afterEach(cleanup);

function LateHeading({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 20);
    return () => clearTimeout(timer);
  }, []);
  return shown ? <h1>{text}</h1> : <p>lädt …</p>;
}

function Frame() {
  const main = useRef<HTMLElement>(null);
  useRouteArrival(main);
  return (
    <>
      <nav>
        <Link to="/results">Auswertung</Link>
        <Link to="/calendar">Kalender</Link>
        <Link to="/operations/a/timeline">Zeitablauf</Link>
        <Link to="/operations/a/targets">Objekte</Link>
      </nav>
      <main ref={main}>
        <Routes>
          <Route path="/results" element={<h1>Auswertung</h1>} />
          <Route path="/calendar" element={<LateHeading text="Kalender" />} />
          <Route path="/operations/a/*" element={<h1>Einsatz A</h1>} />
        </Routes>
      </main>
    </>
  );
}

describe('route arrival', () => {
  it('keys pages by section and operation, not by workspace tab', () => {
    expect(pageKey('/operations/a/timeline')).toBe(pageKey('/operations/a/targets'));
    expect(pageKey('/operations')).not.toBe(pageKey('/operations/a'));
  });

  it('moves focus to the new heading and to the top; a tab switch leaves focus', async () => {
    render(
      <MemoryRouter initialEntries={['/results']}>
        <Frame />
      </MemoryRouter>,
    );
    expect(document.activeElement).toBe(document.body); // the first page is not "arrived at"
    act(() => window.scrollTo(0, 400));
    const toCalendar = screen.getByRole('link', { name: 'Kalender' });
    toCalendar.focus();
    fireEvent.click(toCalendar);
    const heading = await screen.findByRole('heading', { name: 'Kalender' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(window.scrollY).toBe(0);

    fireEvent.click(screen.getByRole('link', { name: 'Zeitablauf' }));
    const opHeading = await screen.findByRole('heading', { name: 'Einsatz A' });
    await waitFor(() => expect(document.activeElement).toBe(opHeading));
    const tab = screen.getByRole('link', { name: 'Objekte' });
    tab.focus();
    fireEvent.click(tab);
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).toBe(tab);
  });

  it('leaves the focus where something else put it before a late heading arrived', async () => {
    render(
      <MemoryRouter initialEntries={['/results']}>
        <Frame />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Kalender' }));
    // The skip link (here any element outside main) takes the focus while the page still loads.
    const elsewhere = screen.getByRole('link', { name: 'Auswertung' });
    act(() => elsewhere.focus());
    await screen.findByRole('heading', { name: 'Kalender' });
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).toBe(elsewhere);
  });
});
