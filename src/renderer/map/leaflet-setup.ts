// Leaflet as the app uses it: its CSS, and the default marker images imported through Vite
// (Leaflet guesses their URLs from its CSS path, which breaks in a bundle). protomaps-leaflet
// expects a global `L`; it is set here, before anything loads that library.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

L.Icon.Default.mergeOptions({ iconRetinaUrl, iconUrl, shadowUrl });
(globalThis as { L?: typeof L }).L = L;

export { L };
