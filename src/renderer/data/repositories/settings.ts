// Settings repository: one record, created with defaults on first use.
import { defaultSettings, type Settings } from '@shared/domain';
import { updateEntity, WriteBatch, type RepoContext } from './base';
import { settingsSpec } from './specs';

export function settingsRepository(ctx: RepoContext) {
  async function get(): Promise<Settings> {
    return (await ctx.store.get<Settings>('settings', 'settings')) ?? defaultSettings(ctx.now());
  }

  async function update(patch: Partial<Omit<Settings, 'id' | 'rev'>>): Promise<Settings> {
    const existing = await ctx.store.get<Settings>('settings', 'settings');
    if (!existing) {
      const batch = new WriteBatch(ctx);
      const created = batch.insert(settingsSpec, { ...defaultSettings(batch.now), ...patch });
      await batch.commit();
      return created;
    }
    return updateEntity(ctx, settingsSpec, 'settings', (s) => ({ ...s, ...patch }));
  }

  return { get, update };
}
