// Sends the open plan to review and approves it through the dialog, writing a reason for each
// open mandatory item: the one way the journeys that need an approved plan get there.
import { expect, type Page } from '@playwright/test';

export async function approveWithReasons(page: Page): Promise<void> {
  await page.getByTestId('status-menu').click();
  await page.getByTestId('status-to-in_review').click();
  const review = page.getByRole('dialog');
  await review.getByTestId('status-confirm').click();
  await expect(review).toBeHidden();
  await page.getByTestId('status-menu').click();
  await page.getByTestId('status-to-approved').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('approve-review')).toBeVisible();
  const reasons = dialog.locator('[data-testid^="approve-reason-"]');
  const count = await reasons.count();
  for (let i = 0; i < count; i++) await reasons.nth(i).fill(`Begründung ${i + 1}: bewusst offen`);
  await dialog.getByTestId('approve-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
}
