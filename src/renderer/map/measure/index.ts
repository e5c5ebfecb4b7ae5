export {
  addMeasureTool,
  isMeasuring,
  type MeasureLabels,
  type MeasureTool,
} from './measure-control';
export { useMeasureTool } from './useMeasureTool';
