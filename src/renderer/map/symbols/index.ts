// Symbols on maps: tactical signs (DV 102) and labelled markers for places and targets.
export { placeIcon, targetIcon } from './icons';
export { layoutLabels, watchLabels, type LabelWatch } from './label-layout';
export { tacticalImage, type TacticalImage } from './tactical';
