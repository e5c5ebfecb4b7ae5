// Typed setters for nested operation fields, so edits stay type-checked without a path library.
import type { Framework, FrameworkPart, Operation, Place } from '@shared/domain';

export function setField<K extends keyof Operation>(key: K, value: Operation[K]) {
  return (o: Operation): Operation => ({ ...o, [key]: value });
}

export function setPartField<P extends FrameworkPart, K extends keyof Framework[P]>(
  part: P,
  key: K,
  value: Framework[P][K],
) {
  return (o: Operation): Operation => ({
    ...o,
    framework: { ...o.framework, [part]: { ...o.framework[part], [key]: value } },
  });
}

/** Places inside framework parts (assembly point, staging area, command post). */
export type PlaceRef =
  | { part: 'support'; key: 'assemblyPoint' | 'stagingArea' }
  | { part: 'command'; key: 'commandPost' };

export function getPlace(o: Operation, ref: PlaceRef): Place {
  return ref.part === 'support' ? o.framework.support[ref.key] : o.framework.command[ref.key];
}

export function setPlaceField<K extends keyof Place>(ref: PlaceRef, key: K, value: Place[K]) {
  return (o: Operation): Operation => {
    const place = { ...getPlace(o, ref), [key]: value };
    return ref.part === 'support'
      ? setPartField('support', ref.key, place)(o)
      : setPartField('command', ref.key, place)(o);
  };
}
