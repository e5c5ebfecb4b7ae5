// The operation workspace (placeholder until the workspace lands).
export function Workspace() {
  return null;
}
