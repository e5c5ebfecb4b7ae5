// Leaflet-Geoman (drawing and editing shapes) for Leaflet 1.9 under Vite: the bundle reads a
// global `L`, which the map core sets; importing the core first keeps that order in the build.
import { L } from '../../../map';
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';

export { L };
