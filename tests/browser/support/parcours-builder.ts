// Builds a two-branch parcours through the editor as a coordinator would: toolbar, panels, drags and the rule builder.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { connectSteps, pick } from './ui.ts';

export async function createBlankParcours(page: Page, key: string, title: string): Promise<void> {
  await page.locator('a[href="#/parcours"]').click();
  await page.getByRole('link', { name: /créer/i }).click();
  await page.getByTestId('create-key').fill(key);
  await page.getByTestId('create-title').fill(title);
  await page.getByTestId('create-submit').click();
  await page.getByTestId('parcours-diagram').waitFor();
}

async function addStep(page: Page, type: string, id: string): Promise<void> {
  await page.getByTestId(`add-step-${type}`).click();
  await page.locator(`.react-flow__node[data-id="${id}"]`).waitFor();
}

async function setTitle(page: Page, title: string): Promise<void> {
  await page.getByTestId('step-title-fr').fill(title);
}

/** A screening task whose answer decides between two ends; eligibility on age. */
export async function buildTwoBranchParcours(page: Page): Promise<void> {
  await addStep(page, 'task', 'task-1');
  await setTitle(page, 'Repérage des chutes');
  await page.getByTestId('add-form-field').click();
  await page.getByTestId('field-0-label-fr').fill('Nombre de chutes dans l’année');

  await addStep(page, 'end', 'end-1');
  await setTitle(page, 'Orientation vers le médecin');
  await page.getByTestId('step-outcome').fill('referred');

  await addStep(page, 'end', 'end-2');
  await setTitle(page, 'Pas de risque repéré');

  // First drag = the default transition; the second is inserted before it, waiting for its condition.
  await connectSteps(page, 'task-1', 'end-2');
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
  await connectSteps(page, 'task-1', 'end-1');
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);

  await page.locator('.react-flow__node[data-id="task-1"]').click();
  await page.getByTestId('transition-task-1-0').click();
  const rules = page.getByTestId('transition-rules');
  await rules.getByRole('button', { name: /\+ condition/i }).click();
  await pick(page, rules.locator('.rule-fields [role=combobox]'), /nombre de chutes/i);
  await pick(page, rules.locator('.rule-operators [role=combobox]'), 'est supérieur à');
  await rules.locator('.rule-value input').fill('1');
  await page.getByTestId('transition-label-fr').fill('Chuteur');

  await page.getByTestId('tab-general').click();
  const eligibility = page.getByTestId('eligibility-rules');
  await eligibility.getByRole('button', { name: /\+ condition/i }).click();
  await pick(page, eligibility.locator('.rule-fields [role=combobox]'), /âge du patient/i);
  await pick(page, eligibility.locator('.rule-operators [role=combobox]'), 'est supérieur ou égal à');
  await eligibility.locator('.rule-value input').fill('65');
}
