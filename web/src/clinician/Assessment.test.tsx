// @vitest-environment happy-dom
/**
 * @module The clinician's assessment form in a DOM: an assessment with nothing entered beyond age and sex
 * cannot be saved, with the reason beside the button.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Assessment } from './Assessment';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const save = (): HTMLButtonElement => screen.getByRole('button', { name: 'Save the encounter' });

/** Marks one finding present or absent, as the clinician does in its row. */
async function mark(user: UserEvent, finding: string, value: 'present' | 'absent'): Promise<void> {
  const row = document.querySelector<HTMLElement>(`fieldset[data-finding="${finding}"]`);
  if (row === null) {
    throw new Error(`no row for ${finding}`);
  }
  await user.click(within(row).getByLabelText(value === 'present' ? 'present' : 'absent'));
}

async function typeAge(user: UserEvent): Promise<void> {
  await user.type(screen.getByLabelText(/^Age/), '45');
}

describe('an empty assessment is not an encounter', () => {
  test('saving waits for one entry beyond age and sex, and says why; then one POST is sent', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    // the server is outside the component: a stand-in answers as the real one does
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        sent.push(JSON.parse(init.body as string));
        return Promise.resolve(
          new Response(JSON.stringify({ id: 'e1' }), {
            status: 201,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }),
    );
    render(<Assessment patientId="p1" />);
    await typeAge(user);
    await user.selectOptions(screen.getByLabelText('Sex'), 'female');
    expect(save().disabled).toBe(true);
    const hint = document.getElementById(save().getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/^Enter at least one history item, symptom, sign or result/);
    await user.click(save());
    expect(sent).toHaveLength(0);
    await mark(user, 'paraspinal_tenderness', 'absent');
    expect(save().disabled).toBe(false);
    expect(save().getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(/^Enter at least one history item/)).toBeNull();
    await user.click(save());
    await screen.findByText('Encounter saved; the server ran the engine again.');
    expect(sent).toEqual([
      { patient: { ageYears: 45, sex: 'female' }, findings: { paraspinal_tenderness: false } },
    ]);
  });
});
